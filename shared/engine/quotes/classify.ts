import { LABEL_CUES, SCARE_CUES, TITLE_CASE_SMALL_WORDS } from './lexicon';
import type { QuoteCandidate } from './quote-marks';
import type { Token } from './tokens';

/** What the words between the marks look like. */
export interface QuoteShape {
  readonly words: number;
  /** Every word capitalised (small words aside), as names and titles of works are. */
  readonly titleCase: boolean;
  /** Ends in punctuation inside the marks, as speech does (`“Absolutely,”`). */
  readonly speechPunctuation: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const LOWER_START = /^\p{Ll}/u;
const SPEECH_END = /[,.!?…:;—–-]$/;
const LABEL_VERBS: ReadonlySet<string> = new Set(['called', 'dubbed', 'branded', 'labelled', 'labeled', 'known', 'as']);
const NAMING_VERBS: ReadonlySet<string> = new Set(['named', 'nicknamed', 'titled', 'entitled', 'codenamed', 'code-named', 'renamed']);
const LABEL_NOUNS: ReadonlySet<string> = new Set([...LABEL_CUES].filter((cue) => !LABEL_VERBS.has(cue) && !NAMING_VERBS.has(cue)));

/** Describes the quoted words of a candidate. */
export function quoteShape(text: string, candidate: QuoteCandidate): QuoteShape {
  const inner = text.slice(candidate.start + 1, candidate.closed ? candidate.end - 1 : candidate.end).trim();
  const words = inner.match(WORD) ?? [];
  const titleCase =
    words.length > 0 &&
    words.every((word, index) => !LOWER_START.test(word) || (index > 0 && TITLE_CASE_SMALL_WORDS.has(word.toLowerCase())));
  // Chinese and Japanese write no spaces: count roughly two words per three characters.
  const count = words.reduce((sum, word) => sum + (CJK.test(word) ? Math.ceil(word.length / 1.5) : 1), 0);
  return { words: count, titleCase: titleCase && !CJK.test(inner), speechPunctuation: SPEECH_END.test(inner) };
}

function lastWords(before: readonly Token[], count: number): Token[] {
  const words: Token[] = [];
  for (let k = before.length - 1; k >= 0 && words.length < count; k--) {
    const token = before[k]!;
    if (token.kind === 'quote') break;
    if (token.kind === 'word') words.push(token);
    else if (!',:('.includes(token.text)) break;
  }
  return words;
}

/** Whether the quotation is a name, label or title of a work ("the film 'X'", an operation "Y") rather than speech. */
export function isNameOrLabel(shape: QuoteShape, before: readonly Token[], caps: boolean, hugged: boolean): boolean {
  const recent = lastWords(before, 3);
  const previous = recent[0];
  if (previous && (LABEL_NOUNS.has(previous.lower) || NAMING_VERBS.has(previous.lower))) return true;
  if (previous?.lower === 'as' && recent[1]?.lower === 'known') return true;
  if (caps || !shape.titleCase) return false;
  if (recent.some((token) => LABEL_VERBS.has(token.lower) || NAMING_VERBS.has(token.lower))) return true;
  return !shape.speechPunctuation && !hugged;
}

/** Whether a scare-quote cue ("so-called") stands right before the quotation. */
export function isScareQuote(before: readonly Token[]): boolean {
  const previous = lastWords(before, 1)[0];
  return previous !== undefined && SCARE_CUES.has(previous.lower);
}
