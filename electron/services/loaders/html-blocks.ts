import type { BlockKind, BlockLink } from '../../../shared/model/article';
import { normaliseBlockText } from './block-text';

/** A block of text found in an HTML article body, before boilerplate checks; links are relative to `text`. */
export interface HtmlTextBlock {
  readonly kind: BlockKind;
  readonly text: string;
  readonly links?: readonly BlockLink[];
  /**
   * Characters of `text` (spaces aside) inside any `<a href>`, whether or not its target could be kept:
   * how much of the block is a link, which is what a list of links or a page tool is made of.
   */
  readonly linkedChars?: number;
  /** Words of the link the block opens with (a teaser's linked headline before its summary), when it opens with one. */
  readonly leadLinkWords?: number;
}

/** An image where it stood in the body: `text` is its alternative text (empty when it has none). */
export interface HtmlImage {
  readonly kind: 'image';
  readonly text: string;
}

/** What the walk finds in reading order: text blocks and the images between them. */
export type HtmlBlock = HtmlTextBlock | HtmlImage;

/** Options of the walk. */
export interface CollectOptions {
  /** The page's own address, against which relative links are resolved. */
  readonly baseUrl?: string;
}

/**
 * Attribute our loaders set on an element of the page, before extraction, to say what a reader
 * sees it as (a caption or subheading the page styles by class, which Readability removes).
 */
export const ROLE_ATTRIBUTE = 'data-sourcelight-role';
const ROLES: Readonly<Record<string, BlockKind>> = { caption: 'caption', heading: 'heading', standfirst: 'standfirst' };

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose content is never article text (controls, media, page chrome). */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'nav',
  'aside',
  'footer',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'label',
  'dialog',
  'menu',
  'head',
  'title',
  'link',
  'meta',
]);

/** Elements that end the current block and start a new one. */
const BLOCK_LEVEL = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
  'caption',
]);

/** Inline elements whose neighbours need a space between them (table cells). */
const SPACED = new Set(['td', 'th', 'br']);

/** Words a bold-only line may have and still read as a subheading rather than a sentence. */
const MAX_SUBHEADING_WORDS = 14;

function kindFor(element: Element, tag: string, inherited: BlockKind): BlockKind {
  const role = ROLES[element.getAttribute(ROLE_ATTRIBUTE) ?? ''];
  if (role) return role;
  if (/^h[1-6]$/.test(tag)) return 'heading';
  if (tag === 'figcaption' || tag === 'caption') return 'caption';
  // A caption inside a gallery's list item is still a caption, not a bullet point.
  if (inherited === 'caption') return 'caption';
  if (tag === 'li' || tag === 'dd' || tag === 'dt') return 'list-item';
  if (tag === 'blockquote') return 'blockquote';
  if (tag === 'address') return 'byline';
  if (tag === 'p' && isBoldOnlySubheading(element)) return 'heading';
  return inherited;
}

function isHidden(element: Element): boolean {
  return element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true';
}

/**
 * A paragraph that is nothing but one short bold run with no closing full stop: how many sites set
 * the subheadings of a long article (`<p><strong>The vote</strong></p>`).
 */
function isBoldOnlySubheading(paragraph: Element): boolean {
  const children = Array.from(paragraph.childNodes).filter((child) => child.nodeType !== TEXT_NODE || (child.nodeValue ?? '').trim().length > 0);
  if (children.length !== 1 || children[0]!.nodeType !== ELEMENT_NODE) return false;
  const only = children[0] as Element;
  if (!['strong', 'b'].includes(only.localName.toLowerCase())) return false;
  const text = normaliseBlockText(only.textContent ?? '');
  if (text.length === 0 || text.split(' ').length > MAX_SUBHEADING_WORDS) return false;
  // Section titles start with a capital; a lowercase bold run is a control's label ("toggle caption") or a fragment.
  if (!/^[\p{Lu}\p{N}]/u.test(text)) return false;
  // A bold sentence, a bold label ("Update:") or a bold quote is emphasis, not a section title.
  return !/[.:;,]$/.test(text) && !/^["“‘'«]/.test(text);
}

function isPixel(image: Element): boolean {
  const size = (name: string): number => Number.parseInt(image.getAttribute(name) ?? '', 10);
  return size('width') <= 2 || size('height') <= 2;
}

/** An absolute http(s) address for a link's href, or null (relative without a base, `javascript:`, `mailto:`, fragments). */
export function linkTarget(href: string | null, baseUrl: string | undefined): string | null {
  const raw = href?.trim();
  if (!raw || raw.startsWith('#')) return null;
  let url: URL;
  try {
    url = baseUrl ? new URL(raw, baseUrl) : new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  return url.href;
}

interface Piece {
  readonly text: string;
  readonly href: string | null;
  /** Inside an `<a href>`, even one whose target is not kept (relative with no base, `javascript:`). */
  readonly linked?: boolean;
}

/**
 * Words of the link a block's text opens with when a new sentence follows it (a teaser's linked
 * headline, then its summary); 0 when the link is the start of a sentence that runs on after it.
 */
function leadLinkWordsOf(pieces: readonly Piece[]): number {
  let lead = '';
  let after = '';
  for (const piece of pieces) {
    if (piece.linked && after.length === 0) lead += piece.text;
    else if (piece.text.trim().length > 0) {
      after = piece.text.trim();
      break;
    }
  }
  return /^[\p{Lu}\p{N}]/u.test(after) ? lead.split(/\s+/).filter((word) => word.length > 0).length : 0;
}

function linkedCharsOf(pieces: readonly Piece[]): number {
  return pieces.reduce((sum, piece) => (piece.linked ? sum + piece.text.replace(/\s+/g, '').length : sum), 0);
}

/**
 * Joins pieces of text into one normalised line (as `normaliseBlockText` would) while keeping which
 * characters each link covered; a space belongs to a link only when the link continues after it.
 */
export function joinPieces(pieces: readonly Piece[]): { text: string; links: BlockLink[] } {
  // Word by word, not character by character: a megabyte article passes through here.
  const words: string[] = [];
  const links: BlockLink[] = [];
  let length = 0;
  let pendingSpace = false;
  let open: { start: number; end: number; href: string } | null = null;
  let lastWasLink = false;
  for (const piece of pieces) {
    const tokens = /\s+|\S+/g;
    for (let match = tokens.exec(piece.text); match !== null; match = tokens.exec(piece.text)) {
      const token = match[0];
      if (/^\s/.test(token)) {
        pendingSpace = length > 0;
        continue;
      }
      if (pendingSpace) {
        words.push(' ');
        length += 1;
        pendingSpace = false;
      }
      const start = length;
      words.push(token);
      length += token.length;
      // The same link continuing (even across a space) grows; anything else closes it.
      if (piece.href !== null && open !== null && lastWasLink && open.href === piece.href) open.end = length;
      else {
        if (open) links.push(open);
        open = piece.href !== null ? { start, end: length, href: piece.href } : null;
      }
      lastWasLink = piece.href !== null;
    }
  }
  if (open) links.push(open);
  return { text: words.join(''), links };
}

/**
 * Walks a (sanitised) article body and returns its blocks in reading order: headings, paragraphs,
 * block quotes, list items and captions, each as one line of plain text with the links it holds,
 * and the images between them (their alternative text only; nothing is fetched). Only text nodes
 * and link and image attributes are read, so no markup reaches the result.
 */
export function collectHtmlBlocks(root: Node, options: CollectOptions = {}): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  let pieces: Piece[] = [];
  let bufferKind: BlockKind = 'paragraph';
  let bufferHasText = false;

  const flush = (): void => {
    const { text, links } = joinPieces(pieces);
    const linkedChars = linkedCharsOf(pieces);
    const leadLinkWords = linkedChars > 0 ? leadLinkWordsOf(pieces) : 0;
    if (text.length > 0)
      blocks.push({
        kind: bufferKind,
        text,
        ...(links.length > 0 ? { links } : {}),
        ...(linkedChars > 0 ? { linkedChars } : {}),
        ...(leadLinkWords > 0 ? { leadLinkWords } : {}),
      });
    pieces = [];
    bufferHasText = false;
  };

  const walk = (node: Node, kind: BlockKind, href: string | null, linked: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      if (!bufferHasText) bufferKind = kind;
      if (value.trim().length > 0) bufferHasText = true;
      pieces.push(linked ? { text: value, href, linked } : { text: value, href });
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.localName.toLowerCase();
    if (SKIPPED.has(tag) || isHidden(element)) return;
    if (tag === 'img' || tag === 'picture') {
      const image = tag === 'img' ? element : element.querySelector('img');
      // An image inside a line of text (an emoji, an icon) is no figure; a tracking pixel is nothing to show.
      if (bufferHasText || !image || isPixel(image)) return;
      flush();
      blocks.push({ kind: 'image', text: normaliseBlockText(image.getAttribute('alt') ?? '') });
      return;
    }
    if (SPACED.has(tag)) pieces.push({ text: ' ', href: null });
    const childKind = kindFor(element, tag, kind);
    const childHref = tag === 'a' ? linkTarget(element.getAttribute('href'), options.baseUrl) : href;
    const childLinked = linked || (tag === 'a' && element.hasAttribute('href'));
    const isBlock = BLOCK_LEVEL.has(tag);
    if (isBlock) flush();
    for (const child of Array.from(element.childNodes)) walk(child, childKind, childHref, childLinked);
    if (isBlock) flush();
    else if (SPACED.has(tag)) pieces.push({ text: ' ', href: null });
  };

  walk(root, 'paragraph', null, false);
  flush();
  return blocks;
}
