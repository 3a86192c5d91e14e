import type { ArticleBlock } from '../../../shared/model/article';

/** A run of consecutive blocks the reader renders in one `content-visibility: auto` box. */
export interface ArticleSection {
  /** Index of the section's first block. */
  readonly first: number;
  /** Index after its last block. */
  readonly end: number;
  /** Where its text starts and ends in the article. */
  readonly textStart: number;
  readonly textEnd: number;
  /** Rough height in lines before the browser has laid it out once (then it remembers the real one). */
  readonly estimatedLines: number;
}

/**
 * Text per section. A megabyte article then has a few hundred sections instead of thousands of
 * paragraphs, each of which the browser would otherwise watch with an intersection observer on every
 * frame that changes anything (a layer switch). Half a screen or so: skipping still leaves out all
 * but the text near the screen.
 */
export const SECTION_TARGET_CHARS = 4_000;

// A line of the reading measure (70ch) holds about this many characters of prose; a block's bottom
// margin is about this much of a line. Only the first estimate of a section's height uses these.
const CHARS_PER_LINE = 75;
const BLOCK_GAP_LINES = 0.7;

/**
 * Whether a section may end between two blocks: not inside a list (its items share one `<ul>`), and
 * not just before a heading, whose top margin would then stay inside the next section instead of
 * merging with the paragraph's margin above it.
 */
function mayCutBetween(before: ArticleBlock, after: ArticleBlock): boolean {
  if (before.kind === 'list-item' && after.kind === 'list-item') return false;
  return after.kind !== 'heading';
}

/** Groups an article's blocks into sections of about `targetChars` of text each, in order, covering every block. */
export function articleSections(blocks: readonly ArticleBlock[], targetChars = SECTION_TARGET_CHARS): ArticleSection[] {
  const sections: ArticleSection[] = [];
  let first = 0;
  let chars = 0;
  let lines = 0;
  blocks.forEach((block, index) => {
    const length = block.end - block.start;
    chars += length;
    lines += Math.max(1, Math.ceil(length / CHARS_PER_LINE)) + BLOCK_GAP_LINES;
    const next = blocks[index + 1];
    if (next && (chars < targetChars || !mayCutBetween(block, next))) return;
    sections.push({ first, end: index + 1, textStart: blocks[first]!.start, textEnd: block.end, estimatedLines: Math.round(lines) });
    first = index + 1;
    chars = 0;
    lines = 0;
  });
  return sections;
}

/**
 * Where a text offset sits down a section, as a share of its height (0 at its top, 1 at its
 * bottom), read from the offsets alone: measuring a block inside a section the browser skipped would
 * make it lay the section out.
 */
export function shareOfSection(section: Pick<ArticleSection, 'textStart' | 'textEnd'>, offset: number): number {
  const length = section.textEnd - section.textStart;
  if (length <= 0) return 0;
  return Math.min(1, Math.max(0, (offset - section.textStart) / length));
}
