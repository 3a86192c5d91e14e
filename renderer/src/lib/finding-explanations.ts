import { CUE_KIND_LABELS } from '../../../shared/engine/unverified/detect-unverified';
import type { Finding, StateMediaFinding, Typology } from '../../../shared/model/finding';
import { LAYER_INFO } from '../../../shared/model/layers';

/** The seven State Media Monitor typologies, in the order the settings list them. */
export const ALL_TYPOLOGIES: readonly Typology[] = ['SC', 'CaPu', 'CaPr', 'ISFM', 'ISF', 'ISM', 'IP'];

/** Plain names of the typologies, for the settings and the popovers. */
export const TYPOLOGY_NAMES: Readonly<Record<Typology, string>> = {
  SC: 'State-controlled',
  CaPu: 'Captured public media',
  CaPr: 'Captured private media',
  ISFM: 'Independent state-funded and state-managed',
  ISF: 'Independent state-funded',
  ISM: 'Independent state-managed',
  IP: 'Independent public media',
};

const STATE_MEDIA_RULES: Readonly<Record<string, string>> = {
  'state-media/named-outlet': 'a state outlet named as the source',
  'state-media/picture-credit': 'a picture credited to a state outlet',
  'state-media/dateline': 'a dateline from a state outlet',
  'state-media/headline': 'a state outlet named in the headline',
  'state-media/misspelling': 'a misspelt state outlet name',
  'state-media/generic': 'state media cited without naming an outlet',
  'state-media/back-reference': 'a reference back to a state outlet named earlier',
};

/** What a popover says about one finding: the layer, the rule in plain words, and the details that apply. */
export interface FindingExplanation {
  readonly layerLabel: string;
  readonly rule: string;
  /** Label and value pairs such as ["Outlet", "KCNA, North Korea"]. */
  readonly details: readonly (readonly [string, string])[];
}

let regionNames: Intl.DisplayNames | null | undefined;

/** The English name of a country from its ISO code, or the code itself where the runtime cannot say. */
export function countryName(code: string): string {
  if (regionNames === undefined) {
    try {
      regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
    } catch {
      regionNames = null;
    }
  }
  try {
    return regionNames?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** The outlet as a reader would want it named: "KCNA (North Korea, state-controlled)". */
export function describeOutlet(finding: StateMediaFinding): string {
  if (finding.outlet.includes('(generic)')) return 'unnamed state media';
  const about = [finding.country ? countryName(finding.country) : undefined, finding.typology ? TYPOLOGY_NAMES[finding.typology].toLowerCase() : undefined];
  const known = about.filter((part): part is string => part !== undefined);
  return known.length > 0 ? `${finding.outlet} (${known.join(', ')})` : finding.outlet;
}

/** Explains why a span is marked, in words a reader understands, e.g. "hearsay adverb 'reportedly'". */
export function explainFinding(finding: Finding): FindingExplanation {
  const layerLabel = LAYER_INFO[finding.layer].label;
  switch (finding.layer) {
    case 'state-media':
      return {
        layerLabel,
        rule: STATE_MEDIA_RULES[finding.ruleId] ?? 'an attribution to state media',
        details: [['Outlet', describeOutlet(finding)]],
      };
    case 'quote':
      return {
        layerLabel,
        rule: 'exact words in quotation marks',
        details: [['Speaker', finding.speaker ?? 'not named in the article']],
      };
    case 'unverified':
      return { layerLabel, rule: `${CUE_KIND_LABELS[finding.cueKind]} '${finding.cue}'`, details: [] };
  }
}
