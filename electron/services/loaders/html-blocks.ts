import type { BlockKind } from '../../../shared/model/article';
import { normaliseBlockText } from './block-text';

/** A block of text found in an HTML article body, before boilerplate checks. */
export interface HtmlBlock {
  readonly kind: BlockKind;
  readonly text: string;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose content is never article text (controls, media, page chrome). */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'video',
  'audio', 'picture', 'img', 'nav', 'aside', 'footer', 'form', 'button', 'input', 'select', 'textarea',
  'label', 'dialog', 'menu', 'head', 'title', 'link', 'meta',
]);

/** Elements that end the current block and start a new one. */
const BLOCK_LEVEL = new Set([
  'address', 'article', 'blockquote', 'body', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'caption',
]);

/** Inline elements whose neighbours need a space between them (table cells). */
const SPACED = new Set(['td', 'th', 'br']);

function kindFor(tag: string, inherited: BlockKind): BlockKind {
  if (/^h[1-6]$/.test(tag)) return 'heading';
  if (tag === 'li' || tag === 'dd' || tag === 'dt') return 'list-item';
  if (tag === 'figcaption' || tag === 'caption') return 'caption';
  if (tag === 'blockquote') return 'blockquote';
  if (tag === 'address') return 'byline';
  return inherited;
}

function isHidden(element: Element): boolean {
  return element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true';
}

/**
 * Walks a (sanitised) article body and returns its blocks in reading order: headings, paragraphs,
 * block quotes, list items and captions, each as one line of plain text. Only text nodes are
 * read, so no markup or attribute value reaches the result.
 */
export function collectHtmlBlocks(root: Node): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  let buffer = '';
  let bufferKind: BlockKind = 'paragraph';

  const flush = (): void => {
    const text = normaliseBlockText(buffer);
    if (text.length > 0) blocks.push({ kind: bufferKind, text });
    buffer = '';
  };

  const walk = (node: Node, kind: BlockKind): void => {
    if (node.nodeType === TEXT_NODE) {
      if (buffer.trim().length === 0) bufferKind = kind;
      buffer += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.localName.toLowerCase();
    if (SKIPPED.has(tag) || isHidden(element)) return;
    if (SPACED.has(tag)) buffer += ' ';
    const childKind = kindFor(tag, kind);
    const isBlock = BLOCK_LEVEL.has(tag);
    if (isBlock) flush();
    for (const child of Array.from(element.childNodes)) walk(child, childKind);
    if (isBlock) flush();
    else if (SPACED.has(tag)) buffer += ' ';
  };

  walk(root, 'paragraph');
  flush();
  return blocks;
}
