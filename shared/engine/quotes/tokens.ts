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
  /** Index of the quotation a `quote` token stands for, or -1. */
  readonly quote: number;
}

const TOKEN = /[\p{L}\p{N}]+(?:[’'".\-&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const UPPER_START = /^\p{Lu}/u;
const POSSESSIVE = /['’"]s$/;
const WORD_START = /^[\p{L}\p{N}]/u;

/**
 * Tokenises `text` from `start` to `end`; each of the (sorted) quotations becomes one `quote` token, so its
 * words are neither scanned nor read as cues.
 */
export function tokenizeRange(text: string, start: number, end: number, caps: boolean, quotes: readonly Span[]): Token[] {
  const tokens: Token[] = [];
  let quote = firstQuoteEndingAfter(quotes, start);
  const pushQuote = (index: number): void => {
    const span = quotes[index]!;
    tokens.push({ kind: 'quote', text: '', lower: '', cap: false, caps, start: span.start, end: span.end, quote: index });
    TOKEN.lastIndex = span.end;
  };
  if (quote < quotes.length && quotes[quote]!.start < start) pushQuote(quote++);
  else TOKEN.lastIndex = start;
  for (let match = TOKEN.exec(text); match && match.index < end; match = TOKEN.exec(text)) {
    let at = match.index;
    let value = match[0];
    const next = quote < quotes.length ? quotes[quote]! : undefined;
    if (next && next.start <= at) {
      pushQuote(quote++);
      continue;
    }
    if (next && next.start < at + value.length) value = value.slice(0, next.start - at);
    const code = value.charCodeAt(0);
    const ascii = code < 128;
    const isWord = ascii ? (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) : WORD_START.test(value);
    const lower = value.toLowerCase();
    tokens.push({
      kind: isWord ? 'word' : 'punct',
      text: value,
      lower: lower.endsWith('s') && POSSESSIVE.test(lower) ? lower.slice(0, -2) : lower,
      cap: isWord && (ascii ? code >= 65 && code <= 90 : UPPER_START.test(value)),
      caps,
      start: at,
      end: at + value.length,
      quote: -1,
    });
    at += value.length;
    if (TOKEN.lastIndex > at) TOKEN.lastIndex = at;
  }
  return tokens;
}

function firstQuoteEndingAfter(quotes: readonly Span[], offset: number): number {
  let low = 0;
  let high = quotes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (quotes[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Whether a unit is written in capitals throughout, as old wire copy and headlines are. */
export function isAllCaps(text: string, unit: Span): boolean {
  let upper = 0;
  let lower = 0;
  const end = Math.min(unit.end, unit.start + 2000);
  for (let i = unit.start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) upper++;
    else if (code >= 97 && code <= 122) lower++;
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

/** Lower-case particles inside names ("Hassan el-Tohamy", "Vicente de la O Levy"). */
const NAME_PARTICLE = /^(?:(?:al|el|ad|ash|as|an|ibn|bin|abu)-[\p{L}]+|bin|ibn|de|del|della|da|di|du|van|von|der|den|dos|das|le|la)$/u;

/** Whether a word, by its spelling alone, can be part of a name in ALL-CAPS copy (no function word or verb). */
export function couldBeNameInCaps(lower: string): boolean {
  return !FUNCTION_WORDS.has(lower) && !REPORTING_VERBS.has(lower) && !VERB_MODIFIERS.has(lower);
}

/** Whether a word is a preposition, conjunction, pronoun or other function word. */
export function isFunctionWord(token: Token): boolean {
  return FUNCTION_WORDS.has(token.lower);
}

/** Whether a word can be part of a proper name. */
export function isNameWord(token: Token): boolean {
  if (token.kind === 'word' && !token.cap && NAME_PARTICLE.test(token.lower)) return true;
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
