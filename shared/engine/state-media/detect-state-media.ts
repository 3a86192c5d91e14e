import type { StateMediaFinding, Typology } from '../../model/finding';
import { TYPOLOGY_LABELS } from '../../model/typology';
import type { Span } from '../text/spans';
import type { TextContext } from '../text/text-context';
import { compiledRegistry, type CompiledRegistry, type Mention } from './outlet-index';
import type { OutletRecord } from './outlet-types';
import { prefixKey, tokenize, tokenRange } from './phrase-index';
import {
  ALL_MEDIA_STATE_COUNTRIES,
  BACK_REFERENCE,
  COMMUNIST_ERA_COUNTRIES,
  FAMILY_OF_KIND,
  FAMILY_OF_WORD,
  GENERIC_REFERENCE,
  MEDIA_MODIFIERS,
  NEGATED_AFTER,
  NOT_BROADCASTER_AFTER,
  PRODUCT_AFTER,
  SOURCE_BEFORE,
  STATE_BROADCAST_CAPITALS,
  STATE_BROADCAST_COUNTRIES,
  SUBJECT_OF_VERB,
  type OutletFamily,
} from './lexicon';
import { expandNounPhrase, sourceFrame, type Frame } from './source-frames';
import { lowerBound } from '../../util/lower-bound';

/** Options for the state-media detector. */
export interface StateMediaOptions {
  readonly typologies: readonly Typology[];
  /** Outlets the user added to the registry (see `parseUserOutlets`). */
  readonly extraOutlets?: readonly OutletRecord[];
}

/** Canonical outlet name carried by generic references. */
export const GENERIC_OUTLET = 'state media (generic)';

/** Something a back-reference can point to: a named outlet (state or not) or a generic reference used as a source. */
interface Antecedent extends Span {
  /** The outlet, or undefined for a generic reference. */
  readonly outlet: OutletRecord | undefined;
  /** Set for independent or foreign-typology outlets: a back-reference to them is not marked. */
  readonly other: boolean;
  readonly families: ReadonlySet<OutletFamily>;
  /** The finding a back-reference copies its outlet and country from. */
  readonly finding?: StateMediaFinding;
}

/** A state-media phrase found in the text, used as a source (`frame`) or not yet known to be. */
interface Candidate {
  readonly finding: StateMediaFinding;
  readonly frame: Frame | undefined;
  /** The registry outlet, absent for generic references. */
  readonly outlet?: OutletRecord;
}

const SUB_UNIT = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:service|edition|channel|website|arm|bureau)\b/u;

const ERA_YEAR = /\b(19[0-9]{2}|20[0-9]{2})\b/;

/** The article's year, from its dateline or first lines, where wire copy and web pages put it. */
function articleYear(text: string): number | undefined {
  const match = ERA_YEAR.exec(text.slice(0, 600));
  return match ? Number(match[1]) : undefined;
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

function outletMessage(outlet: OutletRecord): string {
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
function phraseFamilies(phrase: string, base: OutletFamily | undefined): Set<OutletFamily> {
  const families = new Set<OutletFamily>(base ? [base] : []);
  FAMILY_NOUN.lastIndex = 0;
  for (let m = FAMILY_NOUN.exec(phrase); m; m = FAMILY_NOUN.exec(phrase)) families.add(FAMILY_OF_WORD[m[1]!.toLowerCase().replace(/\s+/g, ' ')] ?? 'any');
  if (families.size === 0) families.add('any');
  return families;
}

function compatible(noun: OutletFamily, families: ReadonlySet<OutletFamily>): boolean {
  return noun === 'any' || families.has('any') || families.has(noun) || (noun === 'print' && families.has('web'));
}

/** Finds attributions to state-controlled media: named outlets, generic references, back-references and misspellings. */
export function detectStateMedia(context: TextContext, options: StateMediaOptions): StateMediaFinding[] {
  const { text } = context;
  if (text.length === 0) return [];
  const registry = compiledRegistry(options.extraOutlets);
  const enabled = new Set<string>(options.typologies);
  const tokens = tokenize(text);
  const found = registry.mentions.findAll(text, tokens);
  const year = articleYear(text);

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
    const frame = sourceFrame(context, phrase, m, FAMILY_OF_KIND[outlet.kind] === 'broadcast');
    let span: Span = frame === 'credit' || frame === 'dateline' ? m : phrase;
    // "Khovar's English-language service quoted": an outlet's own service speaks as the outlet.
    const unit = frame === 'product' ? SUB_UNIT.exec(text.slice(phrase.end, phrase.end + 60)) : null;
    if (unit) span = { start: phrase.start, end: phrase.end + unit[0].length };
    const finding = named(text, span, ofItsTime(outlet, year, communistEra), FRAME_RULES[frame ?? 'before']);
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
  candidates.push(...misspellings(context, registry, tokens, enabled, countryCounts));
  candidates.push(...genericReferences(context, registry, tokens, found, countryCounts, antecedents, year));

  const sourced: StateMediaFinding[] = [];
  for (const { finding: f, outlet } of coordinated(text, candidates)) {
    sourced.push(f);
    if (f.ruleId === 'state-media/misspelling' || f.ruleId === 'state-media/generic') {
      antecedents.push({
        start: f.start,
        end: f.end,
        outlet,
        other: false,
        families: phraseFamilies(f.text, outlet && FAMILY_OF_KIND[outlet.kind]),
        finding: f,
      });
    }
  }
  antecedents.sort((a, b) => a.start - b.start || a.end - b.end);
  sourced.push(...backReferences(context, antecedents, sourced));
  return dropOverlaps(sourced);
}

/** The outlet as it was when the article was written: TASS in a 1987 story is the Soviet agency. */
function ofItsTime(outlet: OutletRecord, year: number | undefined, communistEra: boolean): OutletRecord {
  const former = outlet.formerly;
  if (!former || !(year !== undefined ? year <= former.until : communistEra)) return outlet;
  return { ...outlet, country: former.country, description: former.description };
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

/** Misspelled acronyms ("KNCA"), only in a reporting context and with the real outlet's country in the article. */
function misspellings(
  context: TextContext,
  registry: CompiledRegistry,
  tokens: ReturnType<typeof tokenize>,
  enabled: ReadonlySet<string>,
  countryCounts: ReadonlyMap<string, number>,
): Candidate[] {
  const { text } = context;
  const out: Candidate[] = [];
  const { starts, ends } = tokens;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!;
    const end = ends[i]!;
    const first = text.charCodeAt(start);
    // Registered names start with a capital A-Z and a misspelling keeps the first letter: most words stop here.
    if (first < 65 || first > 90 || end - start < 4 || end - start > 16) continue;
    if (!registry.misspellingKeys.has(prefixKey(text, start, end - start)) || !lowercaseNear(text, tokens, i)) continue;
    const outlet = registry.misspellings.get(text.slice(start, end));
    if (!outlet || !enabled.has(outlet.typology) || !(countryCounts.get(outlet.country) ?? 0)) continue;
    const span = { start, end };
    const phrase = expandNounPhrase(context, span, registry.countryTokens);
    const frame = sourceFrame(context, phrase, span);
    if (!frame) continue;
    const finding = named(text, frame === 'credit' || frame === 'dateline' ? span : phrase, outlet, 'state-media/misspelling');
    out.push({ finding: { ...finding, message: `"${finding.text}" looks like a misspelling of ${outlet.name}; ${outletMessage(outlet)}` }, frame, outlet });
  }
  return out;
}

/**
 * Whether a neighbouring word (three either side) ends in a lower-case letter: in ALL-CAPS copy every
 * capitalised word looks like an acronym, so misspellings are only trusted in mixed-case text.
 */
function lowercaseNear(text: string, tokens: ReturnType<typeof tokenize>, i: number): boolean {
  const { starts, ends } = tokens;
  for (let j = Math.max(0, i - 3); j <= i + 3 && j < starts.length; j++) {
    if (j === i) continue;
    const last = text.charCodeAt(ends[j]! - 1);
    if ((last >= 97 && last <= 122) || text.charCodeAt(starts[j]!) >= 97) return true;
  }
  return false;
}

function dominantCountry(counts: ReadonlyMap<string, number>): string | undefined {
  let first: [string, number] | undefined;
  let second = 0;
  for (const entry of counts) {
    if (!first || entry[1] > first[1]) [second, first] = [first?.[1] ?? 0, entry];
    else if (entry[1] > second) second = entry[1];
  }
  if (!first || (first[1] < 2 && counts.size > 1)) return undefined;
  return first[1] >= second * 1.5 ? first[0] : undefined;
}

/** Whether any state-outlet mention starts within `gap` characters after `offset` (antecedents sorted by start). */
function mentionStartsJustAfter(antecedents: readonly Antecedent[], offset: number, gap: number): boolean {
  const next = antecedents[lowerBound(antecedents.length, (index) => antecedents[index]!.start <= offset)];
  return next !== undefined && next.start <= offset + gap && !next.other;
}

const NATIONAL_MEDIUM =
  /^[ \t\n]+(?:television|TV|radio|news[ \t\n]+agency|Television|Radio|News[ \t\n]+Agency|TELEVISION|RADIO|NEWS[ \t\n]+AGENCY|(media|newspapers|MEDIA|NEWSPAPERS))\b/;

/** "State media", "Iranian state TV", "the party daily", and "<nationality> television" where all broadcasting is the state's. */
/** Whether an outlet mention lies inside `phrase`; `from` is the first antecedent not ending before it. */
function namesOutletWithin(antecedents: readonly Antecedent[], from: number, phrase: Span): boolean {
  for (let i = from; i < antecedents.length && antecedents[i]!.start < phrase.end; i++) {
    const a = antecedents[i]!;
    if (a.outlet !== undefined && a.start >= phrase.start && a.end <= phrase.end) return true;
  }
  return false;
}

function genericReferences(
  context: TextContext,
  registry: CompiledRegistry,
  tokens: ReturnType<typeof tokenize>,
  found: ReturnType<CompiledRegistry['mentions']['findAll']>,
  counts: ReadonlyMap<string, number>,
  antecedents: readonly Antecedent[],
  year: number | undefined,
): Candidate[] {
  const { text } = context;
  const out: Candidate[] = [];
  const fallback = dominantCountry(counts);
  const namedCountries = new Set<string>();
  for (const a of antecedents) if (a.outlet && !a.other) namedCountries.add(a.outlet.country);
  const generic = (phrase: Span, core: Span, country: string | undefined, frame: Frame | undefined): Candidate => {
    const where = country ? (registry.countryNames[country] ?? country) : undefined;
    const finding: StateMediaFinding = {
      layer: 'state-media',
      start: phrase.start,
      end: phrase.end,
      text: text.slice(phrase.start, phrase.end),
      ruleId: 'state-media/generic',
      message: `"${text.slice(core.start, core.end)}" cites state-controlled media${where ? ` (${where})` : ''} as a source.`,
      outlet: GENERIC_OUTLET,
      ...(country ? { country } : {}),
    };
    return { finding, frame };
  };

  // Another language's generic references ("los medios estatales", "die Staatsmedien") are read the same way.
  const genericPatterns = context.pack ? [GENERIC_REFERENCE, context.pack.stateMedia.genericReference] : [GENERIC_REFERENCE];
  for (const pattern of genericPatterns) {
    pattern.lastIndex = 0;
    let previousIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const core = { start: m.index, end: m.index + m[0].length };
      const phrase = withUnlistedName(text, core, expandNounPhrase(context, core, registry.countryTokens));
      // "state media KCNA" is the named outlet's phrase, found above.
      if (/^\s+\p{Lu}{2,}/u.test(text.slice(phrase.end, phrase.end + 12)) && mentionStartsJustAfter(antecedents, phrase.end, 2)) continue;
      // A phrase that names an outlet ("the state news agency KCNA") is decided by that outlet, typology filter included.
      while (previousIndex < antecedents.length && antecedents[previousIndex]!.end <= phrase.start) previousIndex++;
      if (namesOutletWithin(antecedents, previousIndex, phrase)) continue;
      const broadcast =
        /tele|tv|radio|broadcast|channel/i.test(m[0]) || (pattern !== GENERIC_REFERENCE && context.pack?.stateMedia.familyOf(m[0]) === 'broadcast');
      const frame = sourceFrame(context, phrase, core, broadcast);
      if (frame === 'credit' || frame === 'dateline') continue;
      // A nationality inside the phrase ("Iranian state TV", "State-run Syrian television") names the country.
      const words = text.slice(phrase.start, phrase.end);
      let country: string | undefined;
      const range = tokenRange(tokens, phrase);
      const inPhrase = range ? registry.mentions.findAll(text, tokens, range.from, range.to) : registry.mentions.findAll(words, tokenize(words));
      for (const x of inPhrase) if (x.value.kind === 'country') country = x.value.country;
      if (!country) {
        while (previousIndex < antecedents.length && antecedents[previousIndex]!.end <= phrase.start) previousIndex++;
        let previous: Antecedent | undefined;
        for (let i = previousIndex - 1; i >= 0 && i >= previousIndex - 50 && !previous; i--)
          if (antecedents[i]!.outlet && !antecedents[i]!.other) previous = antecedents[i];
        country = namedCountries.size === 1 ? [...namedCountries][0] : (previous?.outlet?.country ?? fallback);
      }
      out.push(generic(phrase, core, country, frame));
    }
  }

  // "East German television", "Iraqi radio", "the Soviet news agency", "North Korean media": a nationality before a broadcast medium, where the state held all broadcasting.
  for (const m of found) {
    if (m.value.kind !== 'country') continue;
    const rule = STATE_BROADCAST_COUNTRIES[m.value.country];
    if (!rule || (rule.to !== undefined && year !== undefined && year > rule.to)) continue;
    const medium = NATIONAL_MEDIUM.exec(text.slice(m.end, m.end + 20));
    if (!medium || (medium[1] !== undefined && !ALL_MEDIA_STATE_COUNTRIES.has(m.value.country))) continue;
    const core = { start: m.start, end: m.end + medium[0].length };
    if (NOT_BROADCASTER_AFTER.test(text.slice(core.end, core.end + 20))) continue;
    const phrase = expandNounPhrase(context, core, registry.countryTokens);
    const frame = sourceFrame(context, phrase, core, true);
    if (frame === 'credit' || frame === 'dateline') continue;
    out.push(generic(phrase, core, m.value.country, frame));
  }
  out.push(...capitalBroadcasters(context, registry, year, generic));
  return out;
}

// "the state-run newspaper Al-Thawra said": an outlet the registry does not list, named right after its descriptor.
const SINGLE_OUTLET_NOUN = /(?:newspaper|daily|agency|broadcaster|channel|television|TV|radio|tabloid|outlet|network|website|paper|station|weekly)$/i;
const UNLISTED_NAME =
  /^ ((?:(?:[Aa]l|[Ee]l|[Aa]n|[Aa]r|[Aa]s|[Aa]d)-)?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?(?: \p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?){0,2})(?=[ ,])/u;
const NOT_AN_OUTLET_NAME =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|On|In|On|At|As|But|And|The|This|That|It|He|She|They|Last|Earlier|Later)\b/;

function withUnlistedName<T extends Span>(text: string, core: Span, phrase: T): T {
  if (phrase.end !== core.end || !SINGLE_OUTLET_NOUN.test(text.slice(core.start, core.end))) return phrase;
  const name = UNLISTED_NAME.exec(text.slice(phrase.end, phrase.end + 40));
  if (!name || NOT_AN_OUTLET_NAME.test(name[1]!)) return phrase;
  const end = phrase.end + name[0].length;
  return { ...phrase, end, ...('clauseEnd' in phrase ? { clauseEnd: end } : {}) };
}

const CAPITAL_NAMES = Object.keys(STATE_BROADCAST_CAPITALS).join('|');
// "Radio Tirana", "Hanoi radio", "Baghdad Television": a capital standing for its state broadcaster.
const CAPITAL_BROADCASTER = new RegExp(
  `\\b(?:(?:Radio|RADIO)[ \\t]+(${CAPITAL_NAMES})|(${CAPITAL_NAMES})[ \\t]+(?:radio|Radio|RADIO|television|Television|TELEVISION|TV))\\b`,
  'g',
);

/** "Radio Tirana", "Hanoi radio": a capital's broadcaster, in the years its country's broadcasting was the state's. */
function capitalBroadcasters(
  context: TextContext,
  registry: CompiledRegistry,
  year: number | undefined,
  generic: (phrase: Span, core: Span, country: string | undefined, frame: Frame | undefined) => Candidate,
): Candidate[] {
  const { text } = context;
  const out: Candidate[] = [];
  CAPITAL_BROADCASTER.lastIndex = 0;
  for (let m = CAPITAL_BROADCASTER.exec(text); m; m = CAPITAL_BROADCASTER.exec(text)) {
    const country = STATE_BROADCAST_CAPITALS[m[1] ?? m[2]!]!;
    const rule = STATE_BROADCAST_COUNTRIES[country];
    if (!rule || (rule.to !== undefined && year !== undefined && year > rule.to)) continue;
    const core = { start: m.index, end: m.index + m[0].length };
    // "Moscow radio station Ekho Moskvy", "Havana television presenters": another station or people, not the state's.
    if (NOT_BROADCASTER_AFTER.test(text.slice(core.end, core.end + 20)) || /^[ \t]+stations?[ \t]+\p{Lu}/u.test(text.slice(core.end, core.end + 20))) continue;
    const phrase = expandNounPhrase(context, core, registry.countryTokens);
    const frame = sourceFrame(context, phrase, core, true);
    if (frame === 'credit' || frame === 'dateline') continue;
    out.push(generic(phrase, core, country, frame));
  }
  return out;
}

const COMMA_GAP = /^\s*,\s*$/;
const AND_GAP = /^\s*,?\s*(?:and|or|as\s+well\s+as|&)\s+$/i;

/**
 * Keeps the candidates used as a source, plus those coordinated with one: "according to KCNA and the
 * Rodong Sinmun" (the frame before the first conjunct covers the next), "VTV and Telesur showed" (the
 * verb after the last conjunct covers the ones before). A bare comma joins only inside such a list
 * ("KCNA, KCTV and Rodong Sinmun said"), so "According to KCNA, Xinhua opened a bureau" stays apart.
 */
function coordinated(text: string, all: Candidate[]): Candidate[] {
  all.sort((a, b) => a.finding.start - b.finding.start || b.finding.end - a.finding.end);
  // A candidate inside another ("Kuwait News Agency" inside "the Kuwait News Agency KUNA") lends it its frame and goes.
  const candidates: Candidate[] = [];
  for (const c of all) {
    const outer = candidates[candidates.length - 1];
    if (!outer || c.finding.end > outer.finding.end) candidates.push(c);
    else if (outer.finding.ruleId === 'state-media/generic' && c.finding.ruleId !== 'state-media/generic') {
      // "The party's official newspaper, the People's Daily": the whole phrase, credited to the named outlet.
      const finding = { ...c.finding, start: outer.finding.start, end: outer.finding.end, text: outer.finding.text };
      candidates[candidates.length - 1] = { finding, frame: outer.frame ?? c.frame, ...(c.outlet ? { outlet: c.outlet } : {}) };
    } else if (outer.frame === undefined && c.frame !== undefined && c.finding.ruleId !== 'state-media/generic') {
      candidates[candidates.length - 1] = { ...outer, frame: c.frame };
    }
  }
  const accepted = candidates.map((c) => c.frame !== undefined);
  const frames: (Frame | undefined)[] = candidates.map((c) => c.frame);
  const gap = (i: number): string => {
    const [left, right] = [candidates[i]!.finding, candidates[i + 1]!.finding];
    return right.start >= left.end && right.start - left.end <= 14 ? text.slice(left.end, right.start) : '.';
  };
  // joins[i] says how candidate i is joined to the next: 2 by "and"/"or", 1 by a comma inside an "A, B and C" list.
  const joins = new Uint8Array(candidates.length);
  for (let i = candidates.length - 2; i >= 0; i--) {
    const between = gap(i);
    if (AND_GAP.test(between)) joins[i] = 2;
    else if (COMMA_GAP.test(between) && joins[i + 1]! > 0) joins[i] = 1;
  }
  for (let i = 1; i < candidates.length; i++) {
    const frame = frames[i - 1];
    if (accepted[i] || !accepted[i - 1] || (frame !== 'before' && frame !== 'product')) continue;
    if (joins[i - 1]! > 0) [accepted[i], frames[i]] = [true, 'before'];
  }
  for (let i = candidates.length - 2; i >= 0; i--) {
    if (accepted[i] || !accepted[i + 1] || frames[i + 1] !== 'verb') continue;
    if (joins[i]! > 0) [accepted[i], frames[i]] = [true, 'verb'];
  }
  // "The party's official newspaper, the People's Daily, said": the name in apposition is the source marked.
  for (let i = 0; i + 1 < candidates.length; i++) {
    const [left, right] = [candidates[i]!.finding, candidates[i + 1]!.finding];
    if (!accepted[i] || accepted[i + 1] || left.ruleId !== 'state-media/generic' || right.ruleId === 'state-media/generic') continue;
    if (!COMMA_GAP.test(text.slice(left.end, right.start)) || !/^\s*,/.test(text.slice(right.end, right.end + 3))) continue;
    // The description before the name is part of its noun phrase (an appositive after a name is not).
    const finding = { ...right, start: left.start, text: text.slice(left.start, right.end) };
    candidates[i + 1] = { ...candidates[i + 1]!, finding };
    [accepted[i], accepted[i + 1], frames[i + 1]] = [false, true, frames[i]];
  }
  return candidates.filter((_, i) => accepted[i]);
}

/** "the agency said", "The Qatar-based network reported": a noun pointing back to the last outlet named. */
function backReferences(context: TextContext, antecedents: readonly Antecedent[], findings: readonly StateMediaFinding[]): StateMediaFinding[] {
  const { text } = context;
  const out: StateMediaFinding[] = [];
  // "the report" needs a finding of its outlet shortly before; a sweep over findings by end keeps this linear.
  const byEnd = [...findings].sort((a, b) => a.end - b.end);
  const lastEndOf = new Map<string, number>();
  let swept = 0;
  let next = 0;
  // Another language's back-references ("la agencia", "die Agentur", "агентство") are read the same way.
  const pack = context.pack?.stateMedia;
  for (const pattern of pack ? [BACK_REFERENCE, pack.backReference] : [BACK_REFERENCE]) {
    const local = pattern !== BACK_REFERENCE ? pack : undefined;
    swept = 0;
    next = 0;
    lastEndOf.clear();
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const span = { start: m.index, end: m.index + m[0].length };
      while (next < antecedents.length && antecedents[next]!.end <= span.start) next++;
      while (swept < byEnd.length && byEnd[swept]!.end <= span.start) lastEndOf.set(byEnd[swept]!.outlet, byEnd[swept++]!.end);
      const written = m[1]!;
      const caps = written === written.toUpperCase();
      // "the Agency" in mixed-case text is part of a name; in ALL-CAPS copy every word is capitalised.
      // German capitalises every noun, so another language's nouns are taken as written.
      if (!local && !caps && written !== written.toLowerCase()) continue;
      const noun = written.toLowerCase().replace(/\s+/g, ' ');
      const after = text.slice(span.end, span.end + 160);
      if ((!caps && /^\s+\p{Lu}/u.test(after)) || NEGATED_AFTER.test(after) || local?.negatedAfter.test(after)) continue;
      const before = text.slice(Math.max(0, span.start - 80), span.start);
      const framed = local
        ? local.subjectOfVerb.test(after) || local.sourceBefore.test(before)
        : SUBJECT_OF_VERB.test(after) || SOURCE_BEFORE.test(before) || (noun !== 'report' && PRODUCT_AFTER.test(after));
      if (!framed) continue;
      // The most recent antecedent not inside this phrase.
      let previous: Antecedent | undefined;
      for (let i = next - 1; i >= 0 && i >= next - 5 && !previous; i--) if (antecedents[i]!.end <= span.start) previous = antecedents[i];
      if (!previous || previous.other || !previous.finding || span.start - previous.end > 1500) continue;
      if (!compatible(local ? local.familyOf(noun) : (FAMILY_OF_WORD[noun] ?? 'any'), previous.families)) continue;
      const between = text.slice(previous.end, span.start);
      if (noun.includes('agency') && /\b\p{Lu}[\p{L}-]*\s+Agency\b/u.test(between)) continue;
      if (local ? otherNamedLocally(between, written) : otherThingNamed(between, noun)) continue;
      const antecedent = previous.finding;
      if (noun === 'report') {
        const lastEnd = lastEndOf.get(antecedent.outlet);
        if (lastEnd === undefined || span.start - lastEnd >= 600) continue;
      }
      const outletName = previous.outlet?.name ?? text.slice(antecedent.start, antecedent.end);
      out.push({
        layer: 'state-media',
        start: span.start,
        end: span.end,
        text: text.slice(span.start, span.end),
        ruleId: 'state-media/back-reference',
        message: previous.outlet
          ? `"${m[0]}" refers back to ${outletName}; ${outletMessage(previous.outlet)}`
          : `"${m[0]}" refers back to "${outletName}", state-controlled media cited as a source.`,
        outlet: antecedent.outlet,
        ...(antecedent.country ? { country: antecedent.country } : {}),
        ...(antecedent.typology ? { typology: antecedent.typology } : {}),
      });
    }
  }
  return out;
}

const HEAD_PATTERNS = new Map<string, RegExp>();

/** Whether text names another thing with the same head noun ("the UN nuclear agency", "a power station") that the noun could mean. */
function otherThingNamed(between: string, noun: string): boolean {
  const head = noun.slice(noun.lastIndexOf(' ') + 1);
  if (head === 'report' || head === 'outlet') return false;
  let pattern = HEAD_PATTERNS.get(head);
  if (!pattern) HEAD_PATTERNS.set(head, (pattern = new RegExp(`([\\p{L}.-]+)\\s+${head}s?\\b`, 'giu')));
  pattern.lastIndex = 0;
  // Hyphenated modifiers ("English-language daily", "state-owned paper") still describe an outlet.
  for (let m = pattern.exec(between); m; m = pattern.exec(between)) if (!m[1]!.includes('-') && !MEDIA_MODIFIERS.has(m[1]!.toLowerCase())) return true;
  return false;
}

/** Whether another organisation with the same noun is named in between ("la Agencia Internacional de Energía Atómica"). */
function otherNamedLocally(between: string, written: string): boolean {
  const capitalised = written.charAt(0).toUpperCase() + written.slice(1);
  const at = between.indexOf(capitalised);
  return at >= 0 && /^\s+(?:de\s+|für\s+|du\s+|des\s+)?\p{Lu}/u.test(between.slice(at + capitalised.length, at + capitalised.length + 12));
}

const PRIORITY: Readonly<Record<string, number>> = { 'state-media/back-reference': 1, 'state-media/generic': 2 };

/**
 * Keeps one finding per stretch of text: named outlets first, then back-references (a definite "the
 * state channel" after Rossiya 1 is Rossiya 1), then generic references. One sort, then a sweep per level.
 */
function dropOverlaps(findings: StateMediaFinding[]): StateMediaFinding[] {
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  let kept: StateMediaFinding[] = [];
  for (const level of [0, 1, 2]) {
    const merged: StateMediaFinding[] = [];
    let k = 0;
    let lastEnd = -1;
    for (const f of findings) {
      if ((PRIORITY[f.ruleId] ?? 0) !== level) continue;
      while (k < kept.length && kept[k]!.end <= f.start) merged.push(kept[k++]!);
      if ((k < kept.length && kept[k]!.start < f.end) || f.start < lastEnd) continue;
      merged.push(f);
      lastEnd = f.end;
    }
    while (k < kept.length) merged.push(kept[k++]!);
    kept = merged;
  }
  return kept;
}
