import type { Span } from '../text/spans';
import { NAME_TITLES, NOUN_PHRASE_WORDS, PERSON_ROLES, REPORTING_VERBS, SPEAKING_THINGS, VERB_MODIFIERS } from './lexicon';

/** A word or punctuation mark of the analysed text, or a whole quotation collapsed to one token. */
export interface Token extends Span {
  readonly kind: 'word' | 'punct' | 'quote';
  readonly text: string;
  /** Lower case, with a trailing possessive removed, for lexicon look-ups. */
  readonly lower: string;
  /** Starts with a capital letter (always true in ALL-CAPS copy). */
  readonly cap: boolean;
  /** True when the token sits in an ALL-CAPS stretch, where capitals say nothing about names. */
  readonly caps: boolean;
  /** Index of the quotation the token lies in, or -1. */
  readonly quote: number;
}

const TOKEN = /[\p{L}\p{N}]+(?:[’'.\-&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const UPPER_START = /^\p{Lu}/u;
const POSSESSIVE = /['’]s$/;

/** Tokenises `text` once, tagging tokens inside quotations and tokens in ALL-CAPS units. */
export function tokenize(text: string, units: readonly Span[], quotes: readonly Span[]): Token[] {
  const tokens: Token[] = [];
  let unit = 0;
  let quote = 0;
  let capsUnit = units.length > 0 && isAllCaps(text, units[0]!);
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const start = match.index;
    const value = match[0];
    while (unit < units.length && units[unit]!.end <= start) {
      unit++;
      capsUnit = unit < units.length && isAllCaps(text, units[unit]!);
    }
    while (quote < quotes.length && quotes[quote]!.end <= start) quote++;
    const inQuote = quote < quotes.length && quotes[quote]!.start <= start ? quote : -1;
    const isWord = /[\p{L}\p{N}]/u.test(value[0]!);
    tokens.push({
      kind: isWord ? 'word' : 'punct',
      text: value,
      lower: value.toLowerCase().replace(POSSESSIVE, ''),
      cap: isWord && UPPER_START.test(value),
      caps: capsUnit,
      start,
      end: start + value.length,
      quote: inQuote,
    });
  }
  return tokens;
}

function isAllCaps(text: string, unit: Span): boolean {
  let upper = 0;
  let lower = 0;
  const end = Math.min(unit.end, unit.start + 2000);
  for (let i = unit.start; i < end; i++) {
    const ch = text[i]!;
    if (ch >= 'A' && ch <= 'Z') upper++;
    else if (ch >= 'a' && ch <= 'z') lower++;
  }
  return upper >= 12 && upper > 4 * lower;
}

/** Function words that never belong to a name, needed where ALL-CAPS copy hides which words are names. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  [
    'the', 'a', 'an', 'of', 'for', 'in', 'on', 'at', 'to', 'by', 'with', 'from', 'and', 'or', 'but', 'as', 'that', 'which', 'who', 'whom',
    'when', 'where', 'after', 'before', 'while', 'into', 'over', 'under', 'about', 'if', 'than', 'not', 'no',
    'be', 'been', 'being', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'there', 'this', 'these', 'those',
    'what', 'how', 'why', 'because', 'since', 'during', 'against', 'between', 'up', 'down', 'out', 'so',
    'said', 'says', 'told', 'according', 'whether', 'although', 'though', 'despite', 'until', 'unless', 'yet', 'then', 'now', 'here', 'meanwhile', 'however', 'instead', 'also', 'still', 'even', 'only', 'just', 'later', 'earlier', 'today', 'yesterday', 'tonight', 'last', 'next', 'both', 'each', 'every', 'all', 'some', 'any', 'many', 'most', 'such', 'more', 'less', 'very', 'its', 'his', 'her', 'their', 'our', 'my', 'your',
  ],
);

/** Whether a word can be part of a proper name. */
export function isNameWord(token: Token): boolean {
  if (token.kind !== 'word' || !token.cap || FUNCTION_WORDS.has(token.lower)) return false;
  // Sentence-initial capitals on ordinary words are handled by the word lists; in ALL-CAPS copy verbs look like names.
  return !token.caps || (!REPORTING_VERBS.has(token.lower) && !VERB_MODIFIERS.has(token.lower));
}

/** Whether a word can be part of a noun phrase naming a speaker. */
export function isSpeakerPhraseWord(token: Token): boolean {
  if (token.kind !== 'word') return false;
  const lower = token.lower;
  if (NOUN_PHRASE_WORDS.has(lower) || PERSON_ROLES.has(lower) || SPEAKING_THINGS.has(lower) || NAME_TITLES.has(lower)) return true;
  return isNameWord(token);
}

/** Whether a token is a reporting verb ("said", "warned", "told"). */
export function isReportingVerb(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && REPORTING_VERBS.has(token.lower);
}
