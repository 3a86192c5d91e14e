import { isBodyBlock, isProse } from './body-text';
import type { HtmlBlock } from './html-blocks';

/** Blocks kept as the article and the furniture cut off after it, in reading order. */
export interface TrailingCut {
  readonly kept: readonly HtmlBlock[];
  readonly cut: readonly { readonly text: string; readonly reason: string }[];
}

/**
 * Lines that start the page's furniture below an article: the copyright line, "More articles in …",
 * related and most-read lists, tags, comments. Everything from such a line on belongs to the page,
 * not the article, when an extractor's candidate runs past the article's end.
 */
const TAIL_MARKERS: readonly { readonly pattern: RegExp; readonly reason: string }[] = [
  { pattern: /^(?:©|\(c\)\s|copyright\s+(?:©\s*)?(?:\d{4}|the\b|by\b))/i, reason: 'copyright line' },
  {
    pattern:
      /^(?:more (?:articles|stories|news|headlines|videos?) (?:in|from|on|about)\b|(?:related|similar) (?:articles|stories|news|links|coverage|content|posts|pages|items)\b|you (?:may|might) (?:also )?(?:like|be interested in)\b|recommended (?:for you|stories|articles)\b|most (?:e-?mailed|viewed|read|popular|commented)\b|don['’]t miss\b|more from\b|latest (?:news|stories|headlines)\b|other (?:recent |related )?(?:news|stories|headlines|articles)\b|top stories\b|also (?:in|on) (?:this section|news|sport|business)\b)/i,
    reason: 'related links',
  },
  { pattern: /^(?:tags?|topics|filed under|categories|keywords)\s*:/i, reason: 'tags' },
  // A comment's signature line ("Posted by: Dom, London on 5:19pm Tue 1 Jan 08"); a blog post's own footer ends the post too.
  { pattern: /^posted by:? .{1,80}?(?: on | at |\s*[|,]\s*).{0,40}\d/i, reason: 'comments' },
  {
    pattern:
      /^(?:comments?(?: \(\d+\))?|\d+ comments?|leave a (?:comment|reply)|post a comment|add (?:a|your) comment|have your say(?: on this (?:story|article))?|reader comments|join the discussion|discuss this (?:article|story))\s*:?$/i,
    reason: 'comments',
  },
  {
    // The head of a comment section that says more than its name: its rules, its state, its count.
    pattern:
      /^(?:comments? (?:are|is) (?:now )?(?:closed|disabled|moderated|limited|subject)\b|comments? (?:blog|section|policy|rules|guidelines)\b|the following are (?:reader )?comments\b|readers?['’]? comments\b|\d+ (?:comments?|responses?|replies|talkbacks?) (?:to|on|so far)\b|(?:post|add|leave|write|submit) (?:a|your) (?:comment|response|reply|opinion)\b|talkbacks?(?: [-–:] .{0,40})?$|(?:user|reader|visitor)s?['’]? comments\b|no comments (?:yet|at the moment|so far)\b|thanks? (?:you )?for your comments?\b|be the first to comment\b)/i,
    reason: 'comments',
  },
];

/** A marker line is short: furniture headings, not article sentences that happen to start alike. */
const MAX_MARKER_LENGTH = 300;
/** A list heading ("More articles in Soccer") is shorter still, and is no finished sentence. */
const MAX_HEADING_MARKER_LENGTH = 80;
/** The article must already be this long for a marker to end it, so a short page is never emptied. */
const MIN_WORDS_BEFORE = 50;

function words(text: string): number {
  return text.split(' ').length;
}

/** The share of a block's characters inside links. */
function linkShare(block: HtmlBlock): number {
  const chars = block.text.replace(/\s+/g, '').length;
  return block.kind === 'image' || chars === 0 ? 0 : (block.linkedChars ?? 0) / chars;
}

/** Words of a block outside its links: a menu of links above the article is not article text. */
function unlinkedWords(block: HtmlBlock): number {
  return Math.round(words(block.text) * (1 - linkShare(block)));
}

/**
 * Whether more running text follows a list heading, up to the next marker, than precedes it: a box of
 * related stories set between the lead and the rest of the story, not the story's end.
 */
function storyContinuesAfter(blocks: readonly HtmlBlock[], markerAt: number, wordsBefore: number): boolean {
  let after = 0;
  for (let index = markerAt + 1; index < blocks.length && after <= wordsBefore; index++) {
    const block = blocks[index]!;
    if (tailMarker(block.text) !== null) break;
    // Only sentences count: the teasers of a related list are headlines and fragments.
    if (block.kind === 'paragraph' && isProse(words(block.text), linkShare(block), block.text)) after += unlinkedWords(block);
  }
  return after > wordsBefore;
}

/** The reason a block starts the furniture below an article, or null. */
export function tailMarker(text: string): string | null {
  if (text.length > MAX_MARKER_LENGTH) return null;
  const reason = TAIL_MARKERS.find((marker) => marker.pattern.test(text))?.reason ?? null;
  // A heading trailing off ("Other recent articles...") is no finished sentence.
  if (reason === 'related links' && (text.length > MAX_HEADING_MARKER_LENGTH || /(?<!\.\.)[.!?]$/.test(text))) return null;
  return reason;
}

/**
 * Cuts the furniture an extractor left below the article: from the first marker line that follows
 * at least `MIN_WORDS_BEFORE` words of running text outside links, every block goes (hidden with its reason, so
 * the reader can still show it).
 */
export function cutTrailingFurniture(blocks: readonly HtmlBlock[]): TrailingCut {
  let running = 0;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    // A photo's credit ("© picture alliance/dpa") sits in its caption, mid-article: no page footer.
    const reason = running >= MIN_WORDS_BEFORE && block.kind !== 'caption' ? tailMarker(block.text) : null;
    if (reason !== null && !(reason === 'related links' && storyContinuesAfter(blocks, index, running))) {
      return {
        kept: blocks.slice(0, index),
        cut: blocks.slice(index).map((rest, offset) => ({ text: rest.text, reason: offset === 0 ? reason : `after ${reason}` })),
      };
    }
    if (isBodyBlock(block.kind)) running += unlinkedWords(block);
  }
  return { kept: blocks, cut: [] };
}
