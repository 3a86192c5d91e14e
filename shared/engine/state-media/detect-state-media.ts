import type { StateMediaFinding, Typology } from '../../model/finding';
import type { Span } from '../text/spans';
import type { TextContext } from '../text/text-context';
import { compiledRegistry, type Mention } from './outlet-index';
import type { OutletRecord } from './outlet-types';
import { tokenize } from './phrase-index';
import {
  BACK_REFERENCE,
  BACK_REFERENCE_KINDS,
  GENERIC_REFERENCE,
  NEGATED_AFTER,
  PRODUCT_AFTER,
  SOURCE_BEFORE,
  SUBJECT_OF_VERB,
  TYPOLOGY_LABELS,
} from './lexicon';
import { expandNounPhrase, sourceFrame, type Frame } from './source-frames';

/** Options for the state-media detector. */
export interface StateMediaOptions {
  readonly typologies: readonly Typology[];
}

/** Canonical outlet name carried by generic references. */
export const GENERIC_OUTLET = 'state media (generic)';

interface OutletMention extends Span {
  readonly outlet: OutletRecord | undefined;
  readonly other: boolean;
}

function articleYear(text: string): number | undefined {
  const match = /\b(19[0-9]{2}|20[0-9]{2})\b/.exec(text.slice(0, 600));
  return match ? Number(match[1]) : undefined;
}

function inYears(outlet: OutletRecord, year: number | undefined): boolean {
  const years = outlet.stateControlled;
  if (!years || year === undefined) return true;
  return (years.from === undefined || year >= years.from) && (years.to === undefined || year <= years.to);
}

function outletMessage(outlet: OutletRecord): string {
  return `${outlet.name} is ${outlet.description} (${TYPOLOGY_LABELS[outlet.typology] ?? outlet.typology}).`;
}

const FRAME_RULES: Readonly<Record<Frame, string>> = {
  verb: 'state-media/named-outlet',
  before: 'state-media/named-outlet',
  product: 'state-media/named-outlet',
  credit: 'state-media/picture-credit',
  dateline: 'state-media/dateline',
  headline: 'state-media/headline',
};

/** Finds attributions to state-controlled media: named outlets, generic references, back-references and misspellings. */
export function detectStateMedia(context: TextContext, options: StateMediaOptions): StateMediaFinding[] {
  const { text } = context;
  if (text.length === 0) return [];
  const registry = compiledRegistry();
  const enabled = new Set<string>(options.typologies);
  const tokens = tokenize(text);
  const found = registry.mentions.findAll(text, tokens);
  const year = articleYear(text);

  // Country context: how often each country is named, used to resolve shared names and generic references.
  const countryCounts = new Map<string, number>();
  const bump = (code: string, by = 1): void => void countryCounts.set(code, (countryCounts.get(code) ?? 0) + by);
  for (const m of found) {
    if (m.value.kind === 'country') bump(m.value.country);
    else if (m.value.kind === 'outlet' && !m.value.needsContext) bump(m.value.candidates[0]!.country, 2);
  }
  const resolve = (value: Extract<Mention, { kind: 'outlet' }>): OutletRecord | undefined => {
    if (!value.needsContext) return value.candidates[0];
    let best: OutletRecord | undefined;
    let bestCount = 0;
    for (const candidate of value.candidates) {
      const count = countryCounts.get(candidate.country) ?? 0;
      if (count > bestCount) [best, bestCount] = [candidate, count];
    }
    return best;
  };

  const findings: StateMediaFinding[] = [];
  const mentions: OutletMention[] = [];
  for (const m of found) {
    if (m.value.kind === 'country') continue;
    if (m.value.kind === 'other-news') {
      mentions.push({ start: m.start, end: m.end, outlet: undefined, other: true });
      continue;
    }
    const outlet = resolve(m.value);
    mentions.push({ start: m.start, end: m.end, outlet, other: outlet === undefined || !enabled.has(outlet.typology) });
    if (!outlet || !enabled.has(outlet.typology) || !inYears(outlet, year)) continue;
    const phrase = expandNounPhrase(context, m, registry.countryTokens);
    const frame = sourceFrame(context, phrase, m);
    if (!frame) continue;
    findings.push(named(text, frame === 'credit' || frame === 'dateline' ? m : phrase, outlet, FRAME_RULES[frame]));
  }

  // Misspelled acronyms ("KNCA"), only in a reporting context and with the real outlet's country in the article.
  for (let i = 0; i < tokens.starts.length; i++) {
    const start = tokens.starts[i]!;
    const end = tokens.ends[i]!;
    if (end - start < 4 || end - start > 9) continue;
    const outlet = registry.misspellings.get(text.slice(start, end));
    if (!outlet || !enabled.has(outlet.typology) || !(countryCounts.get(outlet.country) ?? 0)) continue;
    if (!/[a-z]/.test(text.slice(Math.max(0, start - 40), Math.min(text.length, end + 40)))) continue;
    const span = { start, end };
    if (!sourceFrame(context, span, span)) continue;
    mentions.push({ start, end, outlet, other: false });
    findings.push({ ...named(text, span, outlet, 'state-media/misspelling'), message: `"${text.slice(start, end)}" looks like a misspelling of ${outlet.name}; ${outletMessage(outlet)}` });
  }
  mentions.sort((a, b) => a.start - b.start);

  findings.push(...genericReferences(context, registry.countryTokens, countryCounts, mentions));
  findings.push(...backReferences(context, mentions, findings));
  return dropOverlaps(findings);
}

function named(text: string, span: Span, outlet: OutletRecord, ruleId: string): StateMediaFinding {
  return {
    layer: 'state-media',
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    ruleId,
    message: outletMessage(outlet),
    outlet: outlet.name,
    country: outlet.country,
    typology: outlet.typology,
  };
}

function dominantCountry(counts: ReadonlyMap<string, number>): string | undefined {
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < 2) return undefined;
  return !second || first[1] >= second[1] * 1.5 ? first[0] : undefined;
}

function genericReferences(
  context: TextContext,
  countryTokens: ReadonlySet<string>,
  counts: ReadonlyMap<string, number>,
  mentions: readonly OutletMention[],
): StateMediaFinding[] {
  const { text } = context;
  const registry = compiledRegistry();
  const out: StateMediaFinding[] = [];
  const fallback = dominantCountry(counts);
  const namedCountries = new Set(mentions.filter((x) => x.outlet && !x.other).map((x) => x.outlet!.country));
  GENERIC_REFERENCE.lastIndex = 0;
  for (let m = GENERIC_REFERENCE.exec(text); m; m = GENERIC_REFERENCE.exec(text)) {
    const core = { start: m.index, end: m.index + m[0].length };
    const phrase = expandNounPhrase(context, core, countryTokens);
    // "state media KCNA" is the named outlet's phrase, found above.
    if (/^\s+\p{Lu}{2,}/u.test(text.slice(phrase.end, phrase.end + 12)) && mentions.some((x) => x.start > phrase.end && x.start <= phrase.end + 2)) continue;
    const frame = sourceFrame(context, phrase, core);
    if (!frame || frame === 'credit' || frame === 'dateline') continue;
    const modifier = text.slice(phrase.start, core.start);
    let country: string | undefined;
    for (const x of registry.mentions.findAll(modifier, tokenize(modifier))) if (x.value.kind === 'country') country = x.value.country;
    if (!country) {
      const previous = lastMentionBefore(mentions, phrase.start, (x) => x.outlet !== undefined && !x.other);
      country = namedCountries.size === 1 ? [...namedCountries][0] : (previous?.outlet?.country ?? fallback);
    }
    const where = country ? registry.countryNames[country] ?? country : undefined;
    out.push({
      layer: 'state-media',
      start: phrase.start,
      end: phrase.end,
      text: text.slice(phrase.start, phrase.end),
      ruleId: 'state-media/generic',
      message: `"${text.slice(core.start, core.end)}" cites state-controlled media${where ? ` (${where})` : ''} as a source.`,
      outlet: 'state media (generic)',
      ...(country ? { country } : {}),
    });
  }
  return out;
}

function backReferences(
  context: TextContext,
  mentions: readonly OutletMention[],
  findings: readonly StateMediaFinding[],
): StateMediaFinding[] {
  const { text } = context;
  const out: StateMediaFinding[] = [];
  BACK_REFERENCE.lastIndex = 0;
  for (let m = BACK_REFERENCE.exec(text); m; m = BACK_REFERENCE.exec(text)) {
    const span = { start: m.index, end: m.index + m[0].length };
    const noun = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    const after = text.slice(span.end, span.end + 160);
    const before = text.slice(Math.max(0, span.start - 80), span.start);
    if (/^\s+\p{Lu}/u.test(after) || NEGATED_AFTER.test(after)) continue;
    if (!SUBJECT_OF_VERB.test(after) && !SOURCE_BEFORE.test(before) && !(noun !== 'report' && PRODUCT_AFTER.test(after))) continue;
    const previous = lastMentionBefore(mentions, span.start);
    if (!previous?.outlet || previous.other || span.start - previous.end > 1500) continue;
    const kinds = BACK_REFERENCE_KINDS[noun] ?? 'any';
    if (kinds !== 'any' && !kinds.includes(previous.outlet.kind)) continue;
    const between = text.slice(previous.end, span.start);
    if (noun.includes('agency') && /\b\p{Lu}[\p{L}-]*\s+Agency\b/u.test(between)) continue;
    if (noun === 'report' && !findings.some((f) => f.end <= span.start && span.start - f.end < 600 && f.outlet === previous.outlet!.name)) continue;
    const outlet = previous.outlet;
    out.push({
      layer: 'state-media',
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      ruleId: 'state-media/back-reference',
      message: `"${m[0]}" refers back to ${outlet.name}; ${outletMessage(outlet)}`,
      outlet: outlet.name,
      country: outlet.country,
      typology: outlet.typology,
    });
  }
  return out;
}

/** Keeps one finding per stretch of text: named outlets first, then generic references, then back-references. */
function dropOverlaps(findings: StateMediaFinding[]): StateMediaFinding[] {
  const priority = (f: StateMediaFinding): number => (f.ruleId === 'state-media/generic' ? 1 : f.ruleId === 'state-media/back-reference' ? 2 : 0);
  let kept: StateMediaFinding[] = [];
  for (const level of [0, 1, 2]) {
    const candidates = findings.filter((f) => priority(f) === level).sort((a, b) => a.start - b.start || a.end - b.end);
    const merged: StateMediaFinding[] = [];
    let k = 0;
    let lastEnd = -1;
    for (const f of candidates) {
      while (k < kept.length && kept[k]!.end <= f.start) merged.push(kept[k++]!);
      const blocked = (k < kept.length && kept[k]!.start < f.end) || f.start < lastEnd;
      if (blocked) continue;
      merged.push(f);
      lastEnd = f.end;
    }
    while (k < kept.length) merged.push(kept[k++]!);
    kept = merged.sort((a, b) => a.start - b.start || a.end - b.end);
  }
  return kept;
}

/** The last mention ending at or before an offset (mentions are sorted by start and do not overlap). */
function lastMentionBefore(mentions: readonly OutletMention[], offset: number, accept: (m: OutletMention) => boolean = () => true): OutletMention | undefined {
  let low = 0;
  let high = mentions.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (mentions[mid]!.end <= offset) [found, low] = [mid, mid + 1];
    else high = mid - 1;
  }
  for (let i = found; i >= 0 && i > found - 50; i--) if (accept(mentions[i]!)) return mentions[i];
  return undefined;
}
