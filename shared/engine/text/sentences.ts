import { splitParagraphs } from './paragraphs';
import type { Span } from './spans';

/** Words that end with a full stop without ending a sentence. */
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'gov', 'sen',
    'rep', 'rev', 'st', 'jr', 'sr', 'no', 'nos', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'jan', 'feb', 'mar',
    'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'est', 'fig', 'vol', 'pp', 'ft',
    'mt', 'hon', 'pres', 'amb', 'messrs', 'dept', 'univ', 'e.g', 'i.e', 'u.s', 'u.n', 'u.k', 'u.s.s.r', 'a.m', 'p.m',
  ],
);

const CLOSERS = new Set(['"', "'", '”', '’', '»', '」', ')', ']']);

/** A sentence with the paragraph it belongs to. */
export interface Sentence extends Span {
  readonly paragraph: number;
}

function endsWithAbbreviation(text: string, stopIndex: number): boolean {
  let wordStart = stopIndex;
  while (wordStart > 0 && /[A-Za-z.]/.test(text[wordStart - 1]!)) wordStart--;
  const word = text.slice(wordStart, stopIndex).toLowerCase();
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital initial ("J. Smith") or a dotted acronym ("U.S.") does not end a sentence here.
  return /^[a-z]$/.test(word) && /[A-Z]/.test(text[stopIndex - 1]!);
}

/** Splits one paragraph into sentences at terminal punctuation followed by a capitalised start. */
function splitParagraph(text: string, paragraph: Span, paragraphIndex: number, out: Sentence[]): void {
  let start = paragraph.start;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const ch = text[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    while (end < paragraph.end && (text[end] === '.' || text[end] === '!' || text[end] === '?')) end++;
    while (end < paragraph.end && CLOSERS.has(text[end]!)) end++;
    if (end >= paragraph.end) break;
    if (!/\s/.test(text[end]!)) continue;
    let next = end;
    while (next < paragraph.end && /\s/.test(text[next]!)) next++;
    const following = text[next] ?? '';
    if (!/[A-Z0-9"'“‘«(\u00C0-\u024F]/.test(following)) continue;
    if (ch === '.' && endsWithAbbreviation(text, i)) continue;
    out.push({ start, end, paragraph: paragraphIndex });
    start = next;
    i = next - 1;
  }
  if (start < paragraph.end) out.push({ start, end: paragraph.end, paragraph: paragraphIndex });
}

/** Splits text into sentences, never across paragraph boundaries. */
export function splitSentences(text: string, paragraphs: readonly Span[] = splitParagraphs(text)): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, index) => splitParagraph(text, paragraph, index, sentences));
  return sentences;
}
