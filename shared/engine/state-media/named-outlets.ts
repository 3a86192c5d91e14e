/** Named outlets: registry mentions resolved by country and era to the outlet of their time. */
import type { StateMediaFinding } from '../../model/finding';
import { TYPOLOGY_LABELS } from '../../model/typology';
import type { Span } from '../text/spans';
import type { TextContext } from '../text/text-context';
import type { CompiledRegistry, Mention } from './outlet-index';
import type { OutletRecord } from './outlet-types';
import {
  CCTV_FOOTAGE_AFTER,
  COMMUNIST_ERA_COUNTRIES,
  FAMILY_OF_KIND,
  FAMILY_OF_WORD,
  FORMER_COUNTRY_WORDS,
  NOT_OUTLET_AFTER,
  NOT_OUTLET_AFTER_NAME,
  SOURCE_BEFORE,
  type OutletFamily,
} from './lexicon';
import { expandNounPhrase, inQuotes, sourceFrame, type Frame } from './source-frames';
import type { Antecedent, Candidate } from './state-media-types';

const SUB_UNIT = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:service|edition|channel|website|arm|bureau)\b/u;

const PRODUCT_HEAD = /^ (?:reports|dispatches|footage|photos|photographs|pictures|images)(?=\s*[,.;)]|\s*$)/;

const ERA_YEAR = /\b(19[0-9]{2}|20[0-9]{2})\b/;

/**
 * The article's year, from its dateline or first lines, where wire copy and web pages put it; an undated article is
 * read in the latest year it mentions, since news reaches back to past years far more than ahead to coming ones.
 */
export function articleYear(text: string): number | undefined {
  const match = ERA_YEAR.exec(text.slice(0, 600));
  if (match) return Number(match[1]);
  let latest: number | undefined;
  for (const mentioned of text.matchAll(new RegExp(ERA_YEAR.source, 'g'))) latest = Math.max(latest ?? 0, Number(mentioned[1]));
  return latest;
}

function inYears(outlet: OutletRecord, year: number | undefined): boolean {
  const years = outlet.stateControlled;
  if (!years || year === undefined) return true;
  return (years.from === undefined || year >= years.from) && (years.to === undefined || year <= years.to);
}

/** Whether an outlet record stands for a communist-era outlet whose name lives on in an independent one. */
function isCommunistEra(outlet: OutletRecord): boolean {
  return outlet.stateControlled?.to !== undefined && outlet.stateControlled.to < 1992;
}

export function outletMessage(outlet: OutletRecord): string {
  return `${outlet.name} is ${outlet.description} (${TYPOLOGY_LABELS[outlet.typology].toLowerCase()}).`;
}

const FRAME_RULES: Readonly<Record<Frame, string>> = {
  verb: 'state-media/named-outlet',
  before: 'state-media/named-outlet',
  product: 'state-media/named-outlet',
  'quoted-subject': 'state-media/named-outlet',
  credit: 'state-media/picture-credit',
  dateline: 'state-media/dateline',
  headline: 'state-media/headline',
};

const FAMILY_NOUN =
  /\b(news\s+agency|wire\s+service|agency|broadcaster|television|tv|channel|network|station|radio|newspaper|paper|daily|weekly|tabloid|website|site|portal|wire|newswire|media|outlet)\b/gi;

/** Families named by the nouns of a phrase ("broadcaster NTV" is a broadcaster whatever the registry says). */
export function phraseFamilies(phrase: string, base: OutletFamily | undefined): Set<OutletFamily> {
  const families = new Set<OutletFamily>(base ? [base] : []);
  FAMILY_NOUN.lastIndex = 0;
  for (let m = FAMILY_NOUN.exec(phrase); m; m = FAMILY_NOUN.exec(phrase)) families.add(FAMILY_OF_WORD[m[1]!.toLowerCase().replace(/\s+/g, ' ')] ?? 'any');
  if (families.size === 0) families.add('any');
  return families;
}

/** Named outlets used as a source (`candidates`), every outlet mention as an antecedent, and how often each country is named. */
export function namedOutlets(
  context: TextContext,
  registry: CompiledRegistry,
  found: ReturnType<CompiledRegistry['mentions']['findAll']>,
  enabled: ReadonlySet<string>,
  year: number | undefined,
): { candidates: Candidate[]; antecedents: Antecedent[]; countryCounts: Map<string, number> } {
  const { text } = context;
  // Country context: how often each country is named, used to resolve shared names and generic references.
  const countryCounts = new Map<string, number>();
  const bump = (code: string, by = 1): void => void countryCounts.set(code, (countryCounts.get(code) ?? 0) + by);
  let eraMentions = 0;
  for (const m of found) {
    if (m.value.kind === 'country') {
      bump(m.value.country);
      if (COMMUNIST_ERA_COUNTRIES.has(m.value.country)) eraMentions++;
    } else if (m.value.kind === 'outlet' && !m.value.needsContext) bump(m.value.candidates[0]!.country, 2);
  }
  // Undated archive copy ("PRAGUE, Czechoslovakia (AP) --") is placed in the communist era by repeated mentions of its states.
  const communistEra = year !== undefined ? year < 1990 : eraMentions >= 2;
  const resolve = (value: Extract<Mention, { kind: 'outlet' }>): OutletRecord | undefined => {
    if (!value.needsContext) return value.candidates[0];
    let best: OutletRecord | undefined;
    let bestRank = 0;
    for (const candidate of value.candidates) {
      const count = countryCounts.get(candidate.country) ?? 0;
      if (count === 0 || !inYears(candidate, year)) continue;
      // A communist-era record wins in its era and loses to today's namesake otherwise.
      const era = isCommunistEra(candidate) ? (communistEra ? 1 : -1) : 0;
      const rank = (era + 1) * 1e6 + count;
      if (rank > bestRank) [best, bestRank] = [candidate, rank];
    }
    return best;
  };

  const candidates: Candidate[] = [];
  const antecedents: Antecedent[] = [];
  let previousOutlet: { readonly end: number; readonly outlet: OutletRecord } | undefined;
  for (const match of found) {
    // A dotted acronym ("K.C.N.A.") keeps its closing dot, so the verb after it is read as usual.
    const m =
      match.end - match.start > 2 && text.charCodeAt(match.end - 2) === 46 && text.charCodeAt(match.end) === 46 ? { ...match, end: match.end + 1 } : match;
    if (m.value.kind === 'country') continue;
    if (m.value.kind === 'other-news') {
      antecedents.push({ start: m.start, end: m.end, outlet: undefined, other: true, families: new Set(['any']) });
      continue;
    }
    const outlet = resolve(m.value);
    // "the Korean Central News Agency (KCNA)": the acronym in brackets is the same name again, framed with it.
    const restated =
      outlet !== undefined && previousOutlet !== undefined && previousOutlet.outlet === outlet && /^\s*\(\s*$/.test(text.slice(previousOutlet.end, m.start));
    if (outlet) previousOutlet = { end: m.end, outlet };
    if (restated) continue;
    const state = outlet !== undefined && enabled.has(outlet.typology) && inYears(outlet, year);
    if (!outlet || !state) {
      antecedents.push({ start: m.start, end: m.end, outlet, other: true, families: new Set(['any']) });
      continue;
    }
    const phrase = expandNounPhrase(context, m, registry.countryTokens);
    if (notThisOutlet(text, m, outlet)) {
      antecedents.push({ start: m.start, end: m.end, outlet: undefined, other: true, families: new Set(['any']) });
      continue;
    }
    const frame = sourceFrame(context, phrase, m, FAMILY_OF_KIND[outlet.kind] === 'broadcast');
    let span: Span = frame === 'credit' || frame === 'dateline' ? m : withGuillemets(text, phrase, m);
    // "Khovar's English-language service quoted": an outlet's own service speaks as the outlet.
    const unit = frame === 'product' ? SUB_UNIT.exec(text.slice(phrase.end, phrase.end + 60)) : null;
    if (unit) span = { start: phrase.start, end: phrase.end + unit[0].length };
    // "according to Saba reports": with no article or possessive, the product noun heads the phrase the frame governs.
    const head =
      (frame === 'before' || frame === 'verb') && SOURCE_BEFORE.test(text.slice(Math.max(0, phrase.start - 90), phrase.start))
        ? PRODUCT_HEAD.exec(text.slice(phrase.end, phrase.end + 40))
        : null;
    if (head && span === phrase) span = { start: phrase.start, end: phrase.end + head[0].length };
    const finding = named(text, span, ofItsTime(outlet, year, communistEra, text.slice(phrase.start, phrase.end)), FRAME_RULES[frame ?? 'before']);
    candidates.push({ finding, frame, outlet });
    antecedents.push({
      start: m.start,
      end: Math.max(m.end, finding.end),
      outlet,
      other: false,
      families: phraseFamilies(finding.text, FAMILY_OF_KIND[outlet.kind]),
      finding,
    });
  }
  return { candidates, antecedents, countryCounts };
}

/**
 * A name in guillemets keeps both marks ("«Известия»", "телеканал «Россия 1»"): the registry matches its words only,
 * which would leave a phrase that opens before the name ending on its opening mark.
 */
function withGuillemets(text: string, phrase: Span, name: Span): Span {
  const inside = text.slice(phrase.start, phrase.end);
  if (text[phrase.end] === '»' && inside.split('«').length > inside.split('»').length) return { start: phrase.start, end: phrase.end + 1 };
  // The same with straight quotes ("РИА "Новости""): an odd count inside leaves the closing one outside.
  if (text[phrase.end] === '"' && inside.split('"').length % 2 === 0 && /[\s(]"/.test(inside)) return { start: phrase.start, end: phrase.end + 1 };
  if (!inQuotes(text, name)) return phrase;
  // Single quotes join the noun before the name ("la agencia 'Sputnik'"); a bare name keeps them outside ("por 'TASS'").
  if ((text[name.start - 1] === "'" || text[name.start - 1] === '‘') && phrase.start >= name.start - 1) return name;
  return { start: Math.min(phrase.start, name.start - 1), end: Math.max(phrase.end, name.end + 1) };
}

/** Whether the words after a name make it something else ("CCTV cameras"; "CCTV footage" outside a story about China). */
function notThisOutlet(text: string, mention: Span, outlet: OutletRecord): boolean {
  const after = text.slice(mention.end, mention.end + 24);
  if (NOT_OUTLET_AFTER[outlet.name]?.test(after) || NOT_OUTLET_AFTER_NAME[text.slice(mention.start, mention.end)]?.test(after)) return true;
  return outlet.name === 'CCTV' && CCTV_FOOTAGE_AFTER.test(after) && !CHINA_NAMED.test(text);
}

const CHINA_NAMED = /\b(?:China|Chinese|Beijing)\b/;

/** The outlet as it was when the article was written: TASS in a 1987 story is the Soviet agency. */
function ofItsTime(outlet: OutletRecord, year: number | undefined, communistEra: boolean, phrase: string): OutletRecord {
  const former = outlet.formerly;
  if (!former) return outlet;
  // The phrase itself may say so ("the Soviet news agency Tass") when the article carries no date.
  const namedFormer = year === undefined && FORMER_COUNTRY_WORDS[former.country]?.test(phrase) === true;
  if (!namedFormer && !(year !== undefined ? year <= former.until : communistEra)) return outlet;
  return { ...outlet, country: former.country, description: former.description };
}

export function named(text: string, span: Span, outlet: OutletRecord, ruleId: string): StateMediaFinding {
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
