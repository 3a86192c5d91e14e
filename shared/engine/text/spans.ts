/** A half-open `[start, end)` range of UTF-16 offsets into the analysed text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Whether two spans share at least one character. */
export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
