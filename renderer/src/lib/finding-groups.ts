import { CUE_KIND_PLAIN } from '../../../shared/model/cue-kind';
import { speakerName } from '../../../shared/model/speaker';
import type { Finding } from '../../../shared/model/finding';
import { LAYER_IDS, LAYER_INFO, type LayerId } from '../../../shared/model/layers';
import { describeOutlet } from './finding-explanations';

/** One finding as the panel lists it: its index in the analysis and a short excerpt. */
export interface FindingEntry {
  readonly index: number;
  readonly excerpt: string;
}

/** Findings of one layer that share an outlet, a speaker or a kind of cue. */
export interface FindingSubgroup {
  readonly label: string;
  readonly entries: readonly FindingEntry[];
}

/** One layer's findings, grouped. */
export interface LayerGroup {
  readonly layer: LayerId;
  readonly label: string;
  readonly count: number;
  readonly subgroups: readonly FindingSubgroup[];
}

const EXCERPT_LENGTH = 90;

/** A finding's text on one line, cut at a word boundary when long. */
export function excerptOf(finding: Finding, maxLength = EXCERPT_LENGTH): string {
  const flat = finding.text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

function subgroupLabel(finding: Finding): string {
  switch (finding.layer) {
    case 'state-media': {
      const outlet = describeOutlet(finding);
      return outlet.charAt(0).toUpperCase() + outlet.slice(1);
    }
    case 'quote':
      // One person, one group, under the name the card and the exports use.
      return speakerName(finding) ?? 'Speaker not named';
    case 'unverified': {
      const label = CUE_KIND_PLAIN[finding.cueKind];
      return label.charAt(0).toUpperCase() + label.slice(1);
    }
  }
}

/**
 * Groups findings by layer in legend order, then by outlet (state media), speaker (quotes) or kind
 * of cue (unverified claims); subgroups are ordered by size, entries by position in the text.
 */
export function groupFindings(findings: readonly Finding[]): LayerGroup[] {
  return LAYER_IDS.map((layer) => {
    const byLabel = new Map<string, FindingEntry[]>();
    findings.forEach((finding, index) => {
      if (finding.layer !== layer) return;
      const label = subgroupLabel(finding);
      const list = byLabel.get(label) ?? [];
      list.push({ index, excerpt: excerptOf(finding) });
      byLabel.set(label, list);
    });
    const subgroups = [...byLabel]
      .map(([label, entries]) => ({ label, entries }))
      .sort((a, b) => b.entries.length - a.entries.length || a.entries[0]!.index - b.entries[0]!.index);
    const count = subgroups.reduce((sum, group) => sum + group.entries.length, 0);
    return { layer, label: LAYER_INFO[layer].label, count, subgroups };
  });
}
