import { MIN_BODY_WORDS, isBodyBlock } from './body-text';
import type { HtmlBlock } from './html-blocks';
import { isDateOnly } from './text-structure';

/** Share of a block's characters inside links from which it reads as a link rather than prose. */
const LINKED_SHARE = 0.6;
/** Link blocks in a row from which they are a list: related stories, a blogroll, a share bar. */
const MIN_LIST_LINKS = 3;
/** Words of the line of summary a related story may have under its linked headline. */
const MAX_TEASER_WORDS = 50;
/** Share of linked characters from which a block on its own is a link (a page tool, a promoted story, a menu bar). */
const LINK_ONLY_SHARE = 0.8;
/** Words of the linked headline a teaser opens with: fewer is a linked name or term at the start of a sentence. */
const MIN_LEAD_LINK_WORDS = 3;
/** Words a label may have and still head or divide such a list ("Top Rated", "More Breaking News"). */
const MAX_LABEL_WORDS = 5;

function visibleChars(text: string): number {
  return text.replace(/\s+/g, '').length;
}

function wordsOf(text: string): number {
  return text.split(' ').length;
}

/** Whether a block is mostly the text of links. */
export function isLinkBlock(block: HtmlBlock): boolean {
  if (block.kind === 'image') return false;
  const chars = visibleChars(block.text);
  return chars > 0 && (block.linkedChars ?? 0) / chars >= LINKED_SHARE;
}

/**
 * A related story's teaser set as one block: its linked headline, then its one-line summary
 * ("<a>Headline</a> Summary of the story"). Three in a row are a list, however little of each is link.
 */
function isLinkLedTeaser(block: HtmlBlock): boolean {
  return (
    (block.kind === 'paragraph' || block.kind === 'list-item') && (block.leadLinkWords ?? 0) >= MIN_LEAD_LINK_WORDS && wordsOf(block.text) <= MAX_TEASER_WORDS
  );
}

/** A block that is a link and nothing else: no headline or caption, which may well be links to their stories. */
function isLinkOnly(block: HtmlBlock): boolean {
  if (block.kind === 'image' || block.kind === 'heading' || block.kind === 'caption') return false;
  const chars = visibleChars(block.text);
  return chars > 0 && (block.linkedChars ?? 0) / chars >= LINK_ONLY_SHARE;
}

/** A related story's summary under its linked headline: a short paragraph, in a list only right after a linked heading. */
function isTeaser(block: HtmlBlock): boolean {
  return block.kind === 'paragraph' && wordsOf(block.text) <= MAX_TEASER_WORDS;
}

/** Running text longer than a summary, not a link. */
function isProse(block: HtmlBlock | undefined): boolean {
  return block !== undefined && isBodyBlock(block.kind) && !isLinkBlock(block) && wordsOf(block.text) > MAX_TEASER_WORDS;
}

/** A short line that is no sentence: a list's heading, or a section label between lists. */
function isLabel(block: HtmlBlock): boolean {
  // A date on its own line is the article's date, kept even where a menu surrounds it.
  return block.kind !== 'image' && wordsOf(block.text) <= MAX_LABEL_WORDS && !/[.!?]$/.test(block.text) && !isDateOnly(block.text);
}

/**
 * The blocks that make up lists of links inside an extractor's candidate body (a page's related
 * stories, section menus, blogrolls and share bars, which Readability keeps when they share a
 * container with the article): runs of at least `MIN_LIST_LINKS` link blocks, with the labels,
 * images and one-line summaries (under a linked heading) among them and the labels that head them. Labels after a run's last link are left, since
 * they may head the article text that follows. Nothing is marked if the article would be left with
 * too few words to read.
 */
export function findLinkLists(blocks: readonly HtmlBlock[]): Set<number> {
  const marked = new Set<number>();
  let start = 0;
  while (start < blocks.length) {
    let end = start;
    let links = 0;
    let lastLink = -1;
    let listEnd = -1;
    while (end < blocks.length) {
      const block = blocks[end]!;
      if (isLinkBlock(block) || isLinkLedTeaser(block)) {
        links++;
        lastLink = listEnd = end;
      } else if (lastLink === end - 1 && lastLink >= 0 && blocks[lastLink]!.kind === 'heading' && isTeaser(block)) listEnd = end;
      else if (block.kind !== 'image' && !isLabel(block)) break;
      end++;
    }
    // A linked heading over long prose is the article's own headline (a blog's title links to its post), not the list's last item.
    if (listEnd >= 0 && blocks[listEnd]!.kind === 'heading' && isProse(blocks[listEnd + 1])) listEnd--;
    if (links >= MIN_LIST_LINKS) for (let index = start; index <= listEnd; index++) marked.add(index);
    for (let index = start; index < end; index++) if (isLinkOnly(blocks[index]!)) marked.add(index);
    start = end + 1;
  }
  const remaining = blocks.reduce((sum, block, index) => (marked.has(index) || !isBodyBlock(block.kind) ? sum : sum + wordsOf(block.text)), 0);
  return remaining >= MIN_BODY_WORDS ? marked : new Set();
}
