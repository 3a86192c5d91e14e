import { splitParagraphs } from './paragraphs';
import type { Span } from './spans';

/** Police ranks abbreviated before a name ("Const. Dave Woodford", "Det. Insp. Ann Lee"), whose full stop neither ends the sentence nor the name. */
export const POLICE_RANK_ABBREVIATIONS: readonly string[] = ['const', 'cst', 'det', 'insp', 'supt', 'cpl'];

/** Words that end with a full stop without ending a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'sgt',
  ...POLICE_RANK_ABBREVIATIONS,
  'capt',
  'cmdr',
  'adm',
  'maj',
  'gov',
  'sen',
  'rep',
  // Plural titles before a list of names ("Reps. Jared Huffman and Mark Pocan").
  'reps',
  'sens',
  'drs',
  'rev',
  'st',
  'jr',
  'sr',
  'no',
  'nos',
  'vs',
  'etc',
  'inc',
  'corp',
  'co',
  'ltd',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'est',
  'fig',
  'vol',
  'pp',
  'ft',
  'mt',
  'hon',
  'pres',
  'amb',
  'messrs',
  'dept',
  'univ',
  'e.g',
  'i.e',
  'u.s',
  'u.n',
  'u.k',
  'u.s.s.r',
  'a.m',
  'p.m',
]);

const CLOSERS = new Set(['"', "'", '”', '’', '»', '」', ')', ']']);
/** German and others close „…“ and ‚…‘ with the marks English opens with; right after a stop they close the sentence. */
const LOW_OPENING_CLOSERS = new Set(['“', '‘']);

/** A language's sentence rules beside the English ones: its abbreviations, and capitals of any script open a sentence. */
export interface SentenceRules {
  /** Lower case, without the final stop ("sr", "m", "г", "т.е"). */
  readonly abbreviations: ReadonlySet<string>;
  /** Where a new sentence opens though nothing closes the one before ("… законодательства Фото: …"): global, matched in a paragraph. */
  readonly breakBefore?: RegExp;
}

/** The abbreviation ending at a stop in another language: any letters, dots and hyphens ("т.е", "г-н"). */
function endsWithPackAbbreviation(text: string, stopIndex: number, rules: SentenceRules): boolean {
  let wordStart = stopIndex;
  while (wordStart > 0 && /[\p{L}.\-°]/u.test(text[wordStart - 1]!)) wordStart--;
  const word = text.slice(wordStart, stopIndex).toLowerCase();
  return word.length > 0 && (rules.abbreviations.has(word) || (/^\p{L}$/u.test(word) && /\p{Lu}/u.test(text[stopIndex - 1]!)));
}

/** In other languages a sentence may also open with any capital, an inverted mark or a dialogue dash ("¿", "—"). */
function opensPackSentence(text: string, index: number): boolean {
  const ch = text[index];
  return ch !== undefined && /[\p{Lu}¿¡„‚»—–]/u.test(ch);
}

/** A sentence with the paragraph it belongs to. */
export interface Sentence extends Span {
  readonly paragraph: number;
}

/** Whether the full stop at `stopIndex` closes an English abbreviation or initial ("Jan.", "Gov.", "U.S."), not a sentence. */
export function endsWithAbbreviation(text: string, stopIndex: number): boolean {
  let wordStart = stopIndex;
  while (wordStart > 0 && /[A-Za-z.]/.test(text[wordStart - 1]!)) wordStart--;
  const word = text.slice(wordStart, stopIndex).toLowerCase();
  if (word.length === 0) return false;
  // "est." (estimated) is written in lower case; a capitalised "Est." is a name's last word ("the Grand Est.").
  if (word === 'est' && text[wordStart] !== 'e') return false;
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital initial ("J. Smith") or a dotted acronym ("U.S.") does not end a sentence here.
  // Dotted initials ("R.T. Weatherman") are read the same way.
  return /^(?:[a-z]\.)*[a-z]$/.test(word) && /[A-Z]/.test(text[stopIndex - 1]!);
}

const SPACE = /\s/;

/** Whether a code unit is white space as `\s` defines it; ASCII is decided without a regular expression. */
function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(String.fromCharCode(code));
}

/** Whether a code unit may open a sentence: `[A-Z0-9"'“‘«(\u00C0-\u024F]`; NaN (past the text) may not. */
function opensSentence(code: number): boolean {
  return (
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 34 ||
    code === 39 ||
    code === 40 ||
    code === 0x201c ||
    code === 0x2018 ||
    code === 0xab ||
    (code >= 0xc0 && code <= 0x24f)
  );
}

function isStop(code: number): boolean {
  return code === 46 || code === 33 || code === 63;
}

function isLowerAscii(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** A transcript's section tag in capitals, followed by the capital that opens its sentence: "[REPORT]North", "[ANCHOR] The". */
const SECTION_TAG = /^\[[A-Z][A-Z ]{1,15}\]\s*[A-Z“"]/;

/**
 * Web pages whose paragraphs lost their markup glue sentences together ("made little progress.The two
 * soldiers"): a word of two or more lower-case letters, a stop, then a capitalised word starts a sentence.
 */
function gluedSentenceStart(text: string, stopIndex: number, start: number): boolean {
  const opening = text.charCodeAt(start);
  // A broadcast transcript's section tag glued on ("the right to self-defense.[REPORT]North Korea's agency …").
  if (opening === 0x5b) return isLowerAscii(text.charCodeAt(stopIndex - 1)) && SECTION_TAG.test(text.slice(start, start + 24));
  const next = opening === 0x201c || opening === 0x2018 || opening === 0xab ? start + 1 : start;
  const capital = text.charCodeAt(next);
  return (
    isLowerAscii(text.charCodeAt(stopIndex - 1)) &&
    isLowerAscii(text.charCodeAt(stopIndex - 2)) &&
    capital >= 65 &&
    capital <= 90 &&
    isLowerAscii(text.charCodeAt(next + 1))
  );
}

/**
 * A heading run into the sentence after it ("Hiring not the final hurdleRosa Lee said"): a word of four or more
 * lower-case letters directly followed by a capital and a lower-case letter starts a sentence at the capital.
 */
function gluedHeading(text: string, capital: number, floor: number): boolean {
  if (!isLowerAscii(text.charCodeAt(capital + 1))) return false;
  let at = capital;
  while (at > floor && isLowerAscii(text.charCodeAt(at - 1))) at--;
  return capital - at >= 4 && (at === floor || isSpaceCode(text.charCodeAt(at - 1)));
}

/** A lower-case web address standing alone as a word ("rbc.group", "lenta.ru"), with the space after it. */
const WEB_ADDRESS = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\s+/;

/** Where the run of non-space characters holding `index` starts. */
function wordStartAt(text: string, index: number, floor: number): number {
  let at = index;
  while (at > floor && !isSpaceCode(text.charCodeAt(at - 1))) at--;
  return at;
}

/** Splits one paragraph into sentences at terminal punctuation followed by a capitalised start; scans char codes, as this reads every character. */
function splitParagraph(text: string, paragraph: Span, paragraphIndex: number, out: Sentence[], rules?: SentenceRules): void {
  let start = paragraph.start;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90 && gluedHeading(text, i, start)) {
      out.push({ start, end: i, paragraph: paragraphIndex });
      start = i;
      continue;
    }
    if (!isStop(code)) continue;
    let end = i + 1;
    // A bare web address between sentences ("… МВД России. rbc.group В Ингушетии …") is a related-link box the
    // page ran into the story: it closes the sentence before it and stands apart from the one after it.
    if (rules && code === 46) {
      const address = WEB_ADDRESS.exec(text.slice(wordStartAt(text, i, paragraph.start), Math.min(paragraph.end, i + 64)));
      if (address) {
        const after = wordStartAt(text, i, paragraph.start) + address[0].length;
        if (after < paragraph.end && opensPackSentence(text, after)) {
          out.push({ start, end: after, paragraph: paragraphIndex });
          start = after;
          i = after - 1;
          continue;
        }
      }
    }
    while (end < paragraph.end && isStop(text.charCodeAt(end))) end++;
    while (end < paragraph.end && (CLOSERS.has(text[end]!) || (rules !== undefined && LOW_OPENING_CLOSERS.has(text[end]!)))) end++;
    if (end >= paragraph.end) break;
    let next = end;
    if (!isSpaceCode(text.charCodeAt(end)) && !gluedSentenceStart(text, i, end)) continue;
    while (next < paragraph.end && isSpaceCode(text.charCodeAt(next))) next++;
    const tagged = text.charCodeAt(next) === 0x5b && SECTION_TAG.test(text.slice(next, next + 24));
    if (!tagged && !opensSentence(text.charCodeAt(next)) && !(rules && (opensPackSentence(text, next) || WEB_ADDRESS.test(text.slice(next, next + 64)))))
      continue;
    if (code === 46 && (endsWithAbbreviation(text, i) || (rules !== undefined && endsWithPackAbbreviation(text, i, rules)))) continue;
    out.push({ start, end, paragraph: paragraphIndex });
    start = next;
    i = next - 1;
  }
  if (start < paragraph.end) out.push({ start, end: paragraph.end, paragraph: paragraphIndex });
}

/**
 * A wire dateline inside a paragraph ("… nuclear sub By Kim Eun-jung SEOUL, Jan. 2 (Yonhap) -- National …"): pages
 * that run the headline and byline into the body put it mid-paragraph, where it still opens the story's first sentence.
 */
const INNER_DATELINE = /(?<=\s)[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,3},?\s(?:[A-Z][a-z]{2,8}\.?\s\d{1,2}\s)?\([A-Z][\w.&'/ -]{1,30}\)\s?(?:--|—|–)\s/g;

/** The paragraph cut before each dateline inside it. */
function datelineParts(text: string, paragraph: Span, pattern: RegExp = INNER_DATELINE): Span[] {
  const slice = text.slice(paragraph.start, paragraph.end);
  const parts: Span[] = [];
  let start = paragraph.start;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(slice); match; match = pattern.exec(slice)) {
    const at = paragraph.start + match.index;
    let end = at;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end > start) {
      parts.push({ start, end });
      start = at;
    }
  }
  parts.push({ start, end: paragraph.end });
  return parts;
}

/** Splits text into sentences, never across paragraph boundaries. */
export function splitSentences(text: string, paragraphs: readonly Span[] = splitParagraphs(text), rules?: SentenceRules): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, index) => {
    for (const part of datelineParts(text, paragraph)) {
      // A picture credit run into the line before it opens a sentence of its own.
      const pieces = rules?.breakBefore ? datelineParts(text, part, rules.breakBefore) : [part];
      for (const piece of pieces) splitParagraph(text, piece, index, sentences, rules);
    }
  });
  return sentences;
}
