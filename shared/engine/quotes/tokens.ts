import type { Span } from '../text/spans';
import { isRoleNoun, NAME_TITLES, NOUN_PHRASE_WORDS, REPORTING_VERBS, SPEAKING_THINGS, VERB_MODIFIERS } from './lexicon';
import { lowerBound } from '../../util/lower-bound';

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

const UPPER_START = /^\p{Lu}/u;
const POSSESSIVE = /['’"]s$/;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/** Per UTF-16 code unit: 0 not yet known, 1 letter or digit, 2 white space, 3 anything else. */
const CHAR_CLASS = new Uint8Array(65536);
const WORD = 1;
const BLANK = 2;

function charClass(code: number): number {
  let kind = CHAR_CLASS[code]!;
  if (kind === 0) {
    const ch = String.fromCharCode(code);
    kind = LETTER_OR_NUMBER.test(ch) ? WORD : SPACE.test(ch) ? BLANK : 3;
    CHAR_CLASS[code] = kind;
  }
  return kind;
}

function isJoiner(code: number): boolean {
  // ’ ' " . - & join two runs of letters into one word ("Kim’s", "U.S", "al-Assad", "AT&T").
  return code === 0x2019 || code === 39 || code === 34 || code === 46 || code === 45 || code === 38;
}

/**
 * Tokenises `text` from `start` to `end`; each of the (sorted) quotations becomes one `quote` token, so its
 * words are neither scanned nor read as cues. A hand-written scanner: this runs around every quote.
 */
/**
 * Speech verbs of the analysed language written in several words ("met en garde", "fait savoir", "dio a conocer"),
 * word lists by their first word; empty for English. The tokenizer joins each into one word token, which the
 * pack also lists among its reporting verbs.
 */
export const PHRASAL_VERBS = new Map<string, (readonly string[])[]>();

/** Joins the words of a phrasal speech verb ending at the last token into one token. */
function joinPhrasalVerb(tokens: Token[], text: string): void {
  const last = tokens[tokens.length - 1]!;
  for (let n = 2; n <= 4 && n <= tokens.length; n++) {
    const first = tokens[tokens.length - n]!;
    const candidates = PHRASAL_VERBS.get(first.lower);
    if (!candidates) continue;
    const words = tokens.slice(tokens.length - n);
    if (!candidates.some((phrase) => phrase.length === n && words.every((token, i) => token.kind === 'word' && token.lower === phrase[i]))) continue;
    const joined = text.slice(first.start, last.end);
    tokens.splice(tokens.length - n, n, { ...first, text: joined, lower: words.map((token) => token.lower).join(' '), end: last.end });
    return;
  }
}

export function tokenizeRange(text: string, start: number, end: number, caps: boolean, quotes: readonly Span[]): Token[] {
  const tokens: Token[] = [];
  let quote = firstQuoteEndingAfter(quotes, start);
  let at = start;
  if (quote < quotes.length && quotes[quote]!.start < start) {
    const span = quotes[quote++]!;
    tokens.push({ kind: 'quote', text: '', lower: '', cap: false, caps, start: span.start, end: span.end, quote: quote - 1 });
    at = span.end;
  }
  const length = text.length;
  while (at < end) {
    const code = text.charCodeAt(at);
    const kind = charClass(code);
    if (kind === BLANK) {
      at++;
      continue;
    }
    const next = quote < quotes.length ? quotes[quote]! : undefined;
    if (next && next.start <= at) {
      tokens.push({ kind: 'quote', text: '', lower: '', cap: false, caps, start: next.start, end: next.end, quote });
      quote++;
      at = next.end;
      continue;
    }
    const limit = next ? Math.min(next.start, length) : length;
    let stop = at + 1;
    if (kind === WORD) {
      for (;;) {
        while (stop < limit && charClass(text.charCodeAt(stop)) === WORD && !gluedCapital(text, at, stop)) stop++;
        if (stop + 1 < limit && isJoiner(text.charCodeAt(stop)) && charClass(text.charCodeAt(stop + 1)) === WORD && !gluedStop(text, stop)) stop += 2;
        else break;
      }
    } else if (code >= 0xd800 && code <= 0xdbff && stop < limit) {
      stop++;
    }
    const value = text.slice(at, stop);
    const lower = kind === WORD ? value.toLowerCase() : value;
    tokens.push({
      kind: kind === WORD ? 'word' : 'punct',
      text: value,
      lower: lower.length > 2 && POSSESSIVE.test(lower) ? lower.slice(0, -2) : lower,
      cap: kind === WORD && (code < 128 ? code >= 65 && code <= 90 : UPPER_START.test(value)),
      caps,
      start: at,
      end: stop,
      quote: -1,
    });
    if (PHRASAL_VERBS.size > 0 && kind === WORD) joinPhrasalVerb(tokens, text);
    at = stop;
  }
  return tokens;
}

function isLowerAscii(code: number): boolean {
  return code >= 97 && code <= 122;
}

/**
 * A stop that glues two sentences of a page that lost its markup ("she said.Most replies"): two lower-case letters
 * before it, a capital and a lower-case letter after it. It ends a word, as the sentence splitter ends a sentence
 * there; "U.S", "Ph.D" and "hikorea.go.kr" keep their stops.
 */
function gluedStop(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 46) return false;
  const capital = text.charCodeAt(at + 1);
  return (
    isLowerAscii(text.charCodeAt(at - 1)) && isLowerAscii(text.charCodeAt(at - 2)) && capital >= 65 && capital <= 90 && isLowerAscii(text.charCodeAt(at + 2))
  );
}

/**
 * A heading run into the next sentence ("the final hurdleRosa Lee said"): a word of four or more lower-case letters
 * directly followed by a capital and a lower-case letter; "iPhone", "McDonald" and "LeBron" stay whole.
 */
function gluedCapital(text: string, start: number, at: number): boolean {
  const capital = text.charCodeAt(at);
  if (capital < 65 || capital > 90 || at - start < 4 || !isLowerAscii(text.charCodeAt(at + 1))) return false;
  for (let k = start; k < at; k++) if (!isLowerAscii(text.charCodeAt(k))) return false;
  return true;
}

function firstQuoteEndingAfter(quotes: readonly Span[], offset: number): number {
  return lowerBound(quotes.length, (index) => quotes[index]!.end <= offset);
}

/** Whether a unit is written in capitals throughout, as old wire copy and headlines are. */
export function isAllCaps(text: string, unit: Span): boolean {
  let upper = 0;
  let lower = 0;
  const end = Math.min(unit.end, unit.start + 2000);
  for (let i = unit.start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) upper++;
    else if (code >= 97 && code <= 122 && ++lower > 16 && 4 * lower >= upper) return false;
  }
  return upper >= 12 && upper > 4 * lower;
}

/** Function words that never belong to a name, needed where ALL-CAPS copy hides which words are names; a language pack adds its own. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'of',
  'for',
  'in',
  'on',
  'at',
  'to',
  'by',
  'with',
  'from',
  'and',
  'or',
  'but',
  'as',
  'that',
  'which',
  'who',
  'whom',
  'when',
  'where',
  'after',
  'before',
  'while',
  'into',
  'over',
  'under',
  'about',
  'if',
  'than',
  'not',
  'no',
  'be',
  'been',
  'being',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'there',
  'this',
  'these',
  'those',
  'what',
  'how',
  'why',
  'because',
  'since',
  'during',
  'against',
  'between',
  'up',
  'down',
  'out',
  'so',
  'said',
  'says',
  'told',
  'according',
  'whether',
  'although',
  'though',
  'despite',
  'until',
  'unless',
  'yet',
  'then',
  'now',
  'here',
  'meanwhile',
  'meantime',
  'however',
  'instead',
  'also',
  'still',
  'even',
  'only',
  'just',
  'later',
  'earlier',
  'today',
  'yesterday',
  'tonight',
  'last',
  'next',
  'both',
  'each',
  'every',
  'all',
  'some',
  'any',
  'many',
  'most',
  'such',
  'more',
  'less',
  'very',
  'its',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
]);

/** Lower-case particles inside names ("Hassan el-Tohamy", "Vicente de la O Levy"). */
const NAME_PARTICLE = /^(?:(?:al|el|ad|ash|as|an|ibn|bin|abu)-[\p{L}]+|bin|ibn|de|del|della|da|di|du|van|von|der|den|dos|das|le|la)$/u;

/** Whether a word is a lower-case particle inside a name ("von", "de", "van"). */
export function isNameParticle(token: Token): boolean {
  return token.kind === 'word' && !token.cap && NAME_PARTICLE.test(token.lower);
}

/** Whether a word, by its spelling alone, can be part of a name in ALL-CAPS copy (no function word or verb). */
export function couldBeNameInCaps(lower: string): boolean {
  return !FUNCTION_WORDS.has(lower) && !REPORTING_VERBS.has(lower) && !VERB_MODIFIERS.has(lower);
}

/** Whether a word is a preposition, conjunction, pronoun or other function word. */
export function isFunctionWord(token: Token): boolean {
  return FUNCTION_WORDS.has(token.lower);
}

/** A word in capitals of two letters or more in ordinary text ("ONU", "NATO"), which names a body, not a person. */
export function isAcronym(token: Token): boolean {
  return !token.caps && token.text.length >= 2 && token.text === token.text.toUpperCase() && /\p{L}/u.test(token.text);
}

/** Whether a word can be part of a proper name. */
export function isNameWord(token: Token): boolean {
  if (token.kind === 'word' && !token.cap && NAME_PARTICLE.test(token.lower)) return true;
  if (token.kind !== 'word' || !token.cap || FUNCTION_WORDS.has(token.lower)) return false;
  // Sentence-initial capitals on ordinary words are handled by the word lists; in ALL-CAPS copy verbs look like names.
  return !token.caps || (!REPORTING_VERBS.has(token.lower) && !VERB_MODIFIERS.has(token.lower));
}

/** The analysed language's name after an elided article ("l’Etat"), which a language pack sets; none for English. */
export const ELIDED_NAME: { pattern: RegExp | undefined } = { pattern: undefined };

/** Whether a word can be part of a noun phrase naming a speaker. */
export function isSpeakerPhraseWord(token: Token): boolean {
  if (token.kind !== 'word') return false;
  const lower = token.lower;
  if (NOUN_PHRASE_WORDS.has(lower) || isRoleNoun(lower) || SPEAKING_THINGS.has(lower) || NAME_TITLES.has(lower)) return true;
  // "le chef de l’Etat": the complement's elided article is glued to a capitalised name.
  if (ELIDED_NAME.pattern?.test(token.text)) return true;
  // "the 3rd U.S. Circuit Court of Appeals", "the 82nd Airborne Division": an ordinal inside a body's name.
  if (ENGLISH_ORDINAL.test(token.text)) return true;
  return isNameWord(token);
}

/** An English ordinal written in figures ("3rd", "82nd"), which bodies carry in their names. */
const ENGLISH_ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/**
 * Whether a token is a reporting verb ("said", "warned", "told"). Given the token after it, "state"
 * before a lower-case word is the adjective ("the TASS state news agency"), not the verb.
 */
export function isReportingVerb(token: Token | undefined, next?: Token): boolean {
  if (token === undefined || token.kind !== 'word' || !REPORTING_VERBS.has(token.lower)) return false;
  return !(token.lower === 'state' && next !== undefined && next.kind === 'word' && !next.cap && !FUNCTION_WORDS.has(next.lower));
}
