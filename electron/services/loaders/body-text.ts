import type { BlockKind } from '../../../shared/model/article';

/** Fewer words of running text than this and the file holds no article to read. */
export const MIN_BODY_WORDS = 15;

/** Only the top of an article carries its byline: a "By ..." line further down is article text. */
export const BYLINE_SEARCH_BLOCKS = 4;

/**
 * A byline line ("By Jane Doe", "Researched by Jane Doe") may also stand under a box the page sets above
 * the story (a fact-check's claim and verdict, a list of key points): it is searched for through this
 * many words of running text as well; past them it is a line of the story.
 */
export const BYLINE_SEARCH_WORDS = 200;

/**
 * Whether a block is running text of the article body, the words that decide whether a file holds
 * an article at all and how much of it precedes the furniture below it. Headings, captions, bylines
 * and datelines frame the body; they are not it.
 */
export function isBodyBlock(kind: BlockKind | 'image'): boolean {
  return kind === 'paragraph' || kind === 'blockquote' || kind === 'list-item' || kind === 'standfirst';
}

/** Fewer words than this and a run of text is a label, a menu entry or a credit, not a paragraph. */
const MIN_PROSE_WORDS = 10;
/** A run of text whose share inside links reaches this is navigation, however long. */
const MAX_PROSE_LINK_SHARE = 0.3;
const SENTENCE_END = /[.!?…]["”’»)]?(?:\s|$)/;

/**
 * Whether a run of text reads as prose — ten words or more, mostly outside links, ending a sentence
 * somewhere — the test by which the loader tells a story from the labels, menus and teasers around it.
 */
export function isProse(words: number, linkShare: number, text: string): boolean {
  return words >= MIN_PROSE_WORDS && linkShare < MAX_PROSE_LINK_SHARE && SENTENCE_END.test(text);
}
