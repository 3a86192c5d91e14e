import { LABEL_CUES, NAME_NOUNS, SCARE_CUES, TITLE_CASE_SMALL_WORDS } from './lexicon';
import type { QuoteCandidate } from './quote-marks';
import type { Token } from './tokens';

/** What the words between the marks look like. */
export interface QuoteShape {
  /** Words between the marks, counted up to a dozen or so (long quotes are not counted to the end). */
  readonly words: number;
  /** Every word capitalised (small words aside), as names and titles of works are. */
  readonly titleCase: boolean;
  /** Ends in punctuation inside the marks, as speech does (`“Absolutely,”`). */
  readonly speechPunctuation: boolean;
  /** The first word is capitalised, as a name's is. */
  readonly firstCapitalised: boolean;
  /** Opens as the analysed language's titles of laws and decrees do (Russian «О мерах …»); false for English. */
  readonly titleOpening?: boolean;
}

/** How the analysed language opens a title of a law or decree; set by a language pack for one analysis. */
export const TITLE_FORMS: { opening: RegExp | undefined; capitalisedNouns: boolean } = { opening: undefined, capitalisedNouns: false };

/** A word, matched only where it starts (sticky), and the test for a word's first character. */
const WORD_AT = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/uy;
const WORD_START = /[\p{L}\p{N}]/uy;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const LOWER_START = /^\p{Ll}/u;
const SPEECH_END = /[,.!?…:;—–-]/;
const LABEL_VERBS: ReadonlySet<string> = new Set([
  'called',
  'call',
  'calls',
  'calling',
  'dubbed',
  'dub',
  'dubs',
  'branded',
  'labelled',
  'labeled',
  'known',
  'as',
]);
/** "banners reading 'X'", "a sign saying 'Y'": written text on a thing is a label, not speech. */
const WRITTEN_VERBS: ReadonlySet<string> = new Set([
  'reading',
  'read',
  'reads',
  'saying',
  'says',
  'said',
  'bearing',
  'with',
  'that',
  'proclaiming',
  'declaring',
  'emblazoned',
]);
const NAMING_VERBS: ReadonlySet<string> = new Set(['named', 'nicknamed', 'titled', 'entitled', 'codenamed', 'code-named', 'renamed']);
const LABEL_NOUNS: ReadonlySet<string> = new Set([...LABEL_CUES].filter((cue) => !LABEL_VERBS.has(cue) && !NAMING_VERBS.has(cue)));

/** Word counts above this say nothing more: the detector only tells none, few and many apart. */
const COUNT_CAP = 12;

/** Describes the quoted words of a candidate; counting stops early for long quotes, which are not titles. */
export function quoteShape(text: string, candidate: QuoteCandidate): QuoteShape {
  const from = candidate.start + 1;
  const to = candidate.closed ? candidate.end - 1 : candidate.end;
  let count = 0;
  let capitalised = false;
  let titleCase = true;
  let cjk = false;
  let firstCapitalised = false;
  // Words are found by stepping forward from `from`, never past `to`: a global search for the next
  // word would run to the end of the text for every wordless pair of marks, which is quadratic.
  for (let at = from; at < to && (count < COUNT_CAP || titleCase);) {
    WORD_START.lastIndex = at;
    if (!WORD_START.test(text)) {
      at += 1;
      continue;
    }
    WORD_AT.lastIndex = at;
    const match = WORD_AT.exec(text)!;
    at = match.index + match[0].length;
    const word = at > to ? match[0].slice(0, to - match.index) : match[0];
    const lower = LOWER_START.test(word);
    // "the Butcher of the Valley": a leading article stays lower case in a running sentence.
    if (count === 0) firstCapitalised = !lower;
    if (!lower) capitalised = true;
    else if (!((count > 0 || word === 'the') && TITLE_CASE_SMALL_WORDS.has(word.toLowerCase()))) titleCase = false;
    // Chinese and Japanese write no spaces: count roughly two words per three characters.
    const han = word.charCodeAt(0) >= 0x2e80 && CJK.test(word);
    if (han) cjk = true;
    count += han ? Math.ceil(word.length / 1.5) : 1;
  }
  let last = to - 1;
  while (last > from && /\s/.test(text[last]!)) last--;
  return {
    words: count,
    titleCase: count > 0 && capitalised && titleCase && !cjk && !TITLE_FORMS.capitalisedNouns,
    speechPunctuation: last >= from && SPEECH_END.test(text[last]!),
    firstCapitalised,
    ...(TITLE_FORMS.opening ? { titleOpening: TITLE_FORMS.opening.test(text.slice(from, Math.min(to, from + 40))) } : {}),
  };
}

/** Conjunctions that join one quoted name to another ("и"): a comma may open speech, so it does not join names. */
const NAME_JOINS: ReadonlySet<string> = new Set(['и']);

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
  // "агентства «Россия сегодня»", "der Zeitung „Bild“": a name right after the noun for what it names (no
  // comma or colon between, which would open speech); a lower-case start ("в компанию «в трудный период»") or a
  // long stretch stays speech.
  const adjacent = before[before.length - 1];
  // "der Investigativ-Website „X“": a compound names the same thing as its last part.
  const head = adjacent?.lower.slice(adjacent.lower.lastIndexOf('-') + 1);
  if (
    adjacent?.kind === 'word' &&
    head !== undefined &&
    (NAME_NOUNS.has(adjacent.lower) || NAME_NOUNS.has(head)) &&
    shape.firstCapitalised &&
    // A law's or decree's title may run long: "указ «Об открытом акционерном обществе …»".
    (shape.words <= 6 || shape.titleOpening === true) &&
    !shape.speechPunctuation
  )
    return true;
  // "законы «Об информации» и «О поддержке кино»": a second name joined to one that follows its noun is a name too.
  if (
    adjacent?.kind === 'word' &&
    NAME_JOINS.has(adjacent.lower) &&
    before[before.length - 2]?.kind === 'quote' &&
    before[before.length - 3]?.kind === 'word' &&
    NAME_NOUNS.has(before[before.length - 3]!.lower) &&
    shape.firstCapitalised &&
    (shape.words <= 6 || shape.titleOpening === true) &&
    !shape.speechPunctuation
  )
    return true;
  if (previous && (LABEL_NOUNS.has(previous.lower) || NAMING_VERBS.has(previous.lower))) return true;
  if (previous && WRITTEN_VERBS.has(previous.lower) && recent[1] && LABEL_NOUNS.has(recent[1].lower)) return true;
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
