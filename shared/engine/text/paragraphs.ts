import type { Span } from './spans';

/** Splits text into paragraphs at blank lines (or single newlines), skipping empty ones. */
export function splitParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  const lineBreak = /\n/g;
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) paragraphs.push({ start: s, end: e });
  };
  for (let match = lineBreak.exec(text); match; match = lineBreak.exec(text)) {
    push(match.index);
    start = match.index + 1;
  }
  push(text.length);
  return paragraphs;
}
