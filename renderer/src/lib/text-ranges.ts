import { lowerBound } from '../../../shared/util/lower-bound';

/**
 * A DOM range over `[start, end)` of the analysed text inside a reading root, found through the
 * blocks' `data-start` offsets; null when the span crosses blocks or is not rendered.
 */
export function rangeForOffsets(blocks: readonly HTMLElement[], start: number, end: number): Range | null {
  // Blocks are in text order: a binary search finds the last one starting at or before `start`.
  const block = blocks[lowerBound(blocks.length, (index) => Number(blocks[index]!.dataset.start) <= start) - 1];
  if (!block) return null;
  const base = Number(block.dataset.start);
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let seen = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (!started && base + seen + length > start) {
      range.setStart(node, start - base - seen);
      started = true;
    }
    if (started && base + seen + length >= end) {
      range.setEnd(node, end - base - seen);
      return range;
    }
    seen += length;
  }
  return null;
}

/** Every `[start, end)` where `query` occurs in `text`, ignoring case; at most `limit`. */
export function findAll(text: string, query: string, limit = 2_000): { start: number; end: number }[] {
  const needle = query.trim().toLocaleLowerCase();
  if (needle.length === 0) return [];
  const haystack = text.toLocaleLowerCase();
  // Lower-casing can change lengths (e.g. "İ"); then offsets would drift, so search the text as it is.
  const exact = haystack.length !== text.length;
  const source = exact ? text : haystack;
  const wanted = exact ? query.trim() : needle;
  const found: { start: number; end: number }[] = [];
  for (let at = source.indexOf(wanted); at !== -1 && found.length < limit; at = source.indexOf(wanted, at + Math.max(1, wanted.length))) {
    found.push({ start: at, end: at + wanted.length });
  }
  return found;
}
