/** Generic references: unnamed state media used as a source ("state media", "Iranian state TV", "Iraqi radio"). */
import type { StateMediaFinding } from '../../model/finding';
import type { Span } from '../text/spans';
import type { TextContext } from '../text/text-context';
import { lowerBound } from '../../util/lower-bound';
import { capitalBroadcasters } from './capital-broadcasters';
import { ALL_MEDIA_STATE_COUNTRIES, GENERIC_REFERENCE, NOT_BROADCASTER_AFTER, STATE_BROADCAST_COUNTRIES } from './lexicon';
import type { CompiledRegistry } from './outlet-index';
import { tokenize, tokenRange } from './phrase-index';
import { expandNounPhrase, sourceFrame, type Frame } from './source-frames';
import type { Antecedent, Candidate } from './state-media-types';

/** Canonical outlet name carried by generic references. */
export const GENERIC_OUTLET = 'state media (generic)';

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

// "Vietnam's national radio", "Iraqi official television": a possessive and a modifier may come between.
const NATIONAL_MEDIUM =
  /^(?:['’]s)?[ \t\n]+(?:(?:national|official|state|government)[ \t\n]+)?(?:television|TV|radio|news[ \t\n]+agency|Television|Radio|News[ \t\n]+Agency|TELEVISION|RADIO|NEWS[ \t\n]+AGENCY|(media|newspapers|MEDIA|NEWSPAPERS))\b/;

/** Whether an independent outlet's name follows within two characters of `offset` (antecedents sorted by start). */
function independentNamedAfter(antecedents: readonly Antecedent[], offset: number): boolean {
  const next = antecedents[lowerBound(antecedents.length, (index) => antecedents[index]!.start <= offset)];
  return next !== undefined && next.start <= offset + 2 && next.other;
}

const APPOSITIVE_LEAD = /,\s+(?:(?:another|a|an|the|its|one)\s+)?$/;

/** Whether `start` opens an appositive right after a state outlet's name; `from` is the first antecedent not ending before it. */
function describesOutletBefore(text: string, antecedents: readonly Antecedent[], from: number, start: number): boolean {
  const lead = APPOSITIVE_LEAD.exec(text.slice(Math.max(0, start - 14), start));
  if (!lead) return false;
  const comma = start - lead[0].length;
  const previous = antecedents[from - 1];
  return previous !== undefined && !previous.other && previous.outlet !== undefined && previous.end >= comma - 1 && previous.end <= comma;
}

/** Whether an outlet mention lies inside `phrase`; `from` is the first antecedent not ending before it. */
function namesOutletWithin(antecedents: readonly Antecedent[], from: number, phrase: Span): boolean {
  for (let i = from; i < antecedents.length && antecedents[i]!.start < phrase.end; i++) {
    const a = antecedents[i]!;
    if (a.outlet !== undefined && a.start >= phrase.start && a.end <= phrase.end) return true;
  }
  return false;
}

/** "State media", "Iranian state TV", "the party daily", and "<nationality> television" where all broadcasting is the state's. */
export function genericReferences(
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
      const phrase = withPlaceAfter(text, found, withUnlistedName(text, core, expandNounPhrase(context, core, registry.countryTokens)));
      // "state media KCNA" is the named outlet's phrase, found above.
      if (/^\s+\p{Lu}{2,}/u.test(text.slice(phrase.end, phrase.end + 12)) && mentionStartsJustAfter(antecedents, phrase.end, 2)) continue;
      // A phrase that names an outlet ("the state news agency KCNA") is decided by that outlet, typology filter included.
      while (previousIndex < antecedents.length && antecedents[previousIndex]!.end <= phrase.start) previousIndex++;
      if (namesOutletWithin(antecedents, previousIndex, phrase)) continue;
      // "RIA Novosti, another state-run outlet, reported": an appositive describing the outlet just named.
      if (describesOutletBefore(text, antecedents, previousIndex, phrase.start)) continue;
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
    // "Russian News Agency Interfax": the words describe an independent outlet named right after them.
    if (independentNamedAfter(antecedents, phrase.end)) continue;
    const frame = sourceFrame(context, phrase, core, true);
    if (frame === 'credit' || frame === 'dateline') continue;
    out.push(generic(phrase, core, m.value.country, frame));
  }
  out.push(...capitalBroadcasters(context, registry, year, generic));
  out.push(...controllerMedia(context, registry, antecedents, generic));
  return out;
}

const CONTROLLER = /\b(\p{Lu}[\p{Ll}]{2,})-(?:run|controlled|owned|operated)\b/u;

/**
 * "Houthi media": the media of whoever the article says runs a state outlet it names ("the Houthi-run
 * Saba news agency"), so a de facto authority's media count as that outlet's country's state media.
 */
function controllerMedia(
  context: TextContext,
  registry: CompiledRegistry,
  antecedents: readonly Antecedent[],
  generic: (phrase: Span, core: Span, country: string | undefined, frame: Frame | undefined) => Candidate,
): Candidate[] {
  const controllers = new Map<string, string>();
  for (const a of antecedents) {
    const m = a.finding && a.outlet && !a.other ? CONTROLLER.exec(a.finding.text) : null;
    if (m) controllers.set(m[1]!, a.outlet!.country);
  }
  const out: Candidate[] = [];
  const { text } = context;
  for (const [word, country] of controllers) {
    const pattern = new RegExp(`\\b${word}(?:-(?:run|controlled))?\\s+(?:media|television|TV|radio)\\b`, 'g');
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const core = { start: m.index, end: m.index + m[0].length };
      const phrase = expandNounPhrase(context, core, registry.countryTokens);
      const frame = sourceFrame(context, phrase, core, !/media$/.test(m[0]));
      if (frame === 'credit' || frame === 'dateline') continue;
      out.push(generic(phrase, core, country, frame));
    }
  }
  return out;
}

/** "in the" / "of" right after a generic reference, before the place it names. */
const PLACE_LEAD = /^\s+(?:in|of)\s+(?:the\s+)?/;

/**
 * "state media in the Islamic Republic announced", "state television of Iran said": the place after a generic reference
 * says whose media they are and belongs to its phrase, as a nationality before it does.
 */
function withPlaceAfter<T extends Span & { readonly clauseEnd: number }>(
  text: string,
  found: ReturnType<CompiledRegistry['mentions']['findAll']>,
  phrase: T,
): T {
  const lead = PLACE_LEAD.exec(text.slice(phrase.end, phrase.end + 12));
  if (!lead) return phrase;
  const at = phrase.end + lead[0].length;
  const place = found[lowerBound(found.length, (index) => found[index]!.start < at)];
  if (!place || place.start !== at || place.value.kind !== 'country') return phrase;
  return { ...phrase, end: place.end, clauseEnd: Math.max(phrase.clauseEnd, place.end) };
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
