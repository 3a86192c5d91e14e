import type { BlockKind } from '../../../shared/model/article';

/** Fewer words of running text than this and the file holds no article to read. */
export const MIN_BODY_WORDS = 15;

/** Only the top of an article carries its byline: a "By ..." line further down is article text. */
export const BYLINE_SEARCH_BLOCKS = 4;

/**
 * Whether a block is running text of the article body, the words that decide whether a file holds
 * an article at all and how much of it precedes the furniture below it. Headings, captions, bylines
 * and datelines frame the body; they are not it.
 */
export function isBodyBlock(kind: BlockKind | 'image'): boolean {
  return kind === 'paragraph' || kind === 'blockquote' || kind === 'list-item' || kind === 'standfirst';
}
