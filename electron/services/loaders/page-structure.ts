import { normaliseBlockText } from './block-text';
import { ROLE_ATTRIBUTE } from './html-blocks';

// Build tools append a hash to class names (`Layout_dek__Yy5TX`); it is ignored.
const HASH = String.raw`(?:__[A-Za-z0-9]{4,})?`;
/** Class names (one token of an element's class list) sites give to photo captions. */
// "Legend" is the caption's name in French and Spanish (légende, leyenda), and sites built there use it.
const CAPTION_CLASS = new RegExp(String.raw`(?:^|[-_])(?:caption|figcaption|caption-text|caption-wrapper|legend)${HASH}$`, 'i');
/** Class names of photo credits, captions' short companions. */
const CREDIT_CLASS = new RegExp(String.raw`(?:^|[-_])(?:credit|image-credit|photo-credit)${HASH}$`, 'i');
/** Controls styled like captions ("hide caption", "toggle caption") are no captions. */
const CONTROL_CLASS = /^(?:hide|toggle|show|close|open|expand)-/i;
/** Class names of subheadings set as styled paragraphs rather than heading elements. */
const SUBHEADING_CLASS = new RegExp(String.raw`(?:^|[-_])(?:crosshead|subheading|sub-heading|intertitle|subtitulo)${HASH}$`, 'i');
/** Class names of the standfirst (dek, summary) under a headline. */
const STANDFIRST_CLASS = new RegExp(
  String.raw`(?:^|[-_])(?:standfirst|dek|subheadline|sub-headline|strapline|article-summary|lede-summary|sapo|chapo)${HASH}$`,
  'i',
);
/** Teasers of other stories (cards, promos) carry summaries too; theirs are not this article's standfirst. */
const TEASER_CLASS = /(?:media-item|teaser|card|promo|related|recirc)/i;
/** Running text between the headline and a standfirst candidate means the candidate is not under the headline. */
const MAX_WORDS_BEFORE_STANDFIRST = 25;
const MAX_CREDIT_CHARS = 120;

/** Longest caption or standfirst we take as one; longer is body text that happens to share a class. */
const MAX_LABEL_CHARS = 500;
const MIN_STANDFIRST_CHARS = 30;

function classTokens(element: Element): string[] {
  return (element.getAttribute('class') ?? '').split(/\s+/).filter((token) => token.length > 0);
}

function textOf(element: Element): string {
  return normaliseBlockText(element.textContent ?? '');
}

function insideChrome(element: Element): boolean {
  return element.closest('nav, aside, footer, form, [role="navigation"], [role="complementary"]') !== null;
}

/**
 * Marks, in the page as saved, what its readers see as captions, subheadings and the standfirst
 * although the page only says so by class names (which extraction removes), and returns the
 * standfirst's text when the page has one. Runs before Readability, on the page's own document.
 */
export function markPageRoles(document: Document): PageRoles {
  let standfirst: string | undefined;
  const authorNames: string[] = [];
  const headline = document.querySelector('h1');
  for (const element of document.body?.querySelectorAll('[class], [itemprop~="description"], [itemprop~="caption"]') ?? []) {
    const tokens = classTokens(element).filter((token) => !CONTROL_CLASS.test(token));
    if (/^h[1-6]$/i.test(element.localName) || insideChrome(element) || element.closest(`[${ROLE_ATTRIBUTE}]`)) continue;
    const text = textOf(element);
    if (text.length === 0 || text.length > MAX_LABEL_CHARS) continue;
    if (isAuthorName(tokens, text) && !authorNames.includes(text)) authorNames.push(text);
    // A wrapper holding the picture as well as its words is the figure, not the caption.
    const holdsPicture = element.querySelector('img, picture, figure') !== null;
    if (
      !holdsPicture &&
      (tokens.some((token) => CAPTION_CLASS.test(token)) ||
        (text.length <= MAX_CREDIT_CHARS && tokens.some((token) => CREDIT_CLASS.test(token))) ||
        describesMedia(element))
    ) {
      markRole(element, 'caption');
    } else if (tokens.some((token) => SUBHEADING_CLASS.test(token)) && text.split(' ').length <= 16) {
      markRole(element, 'heading');
    } else if (
      standfirst === undefined &&
      text.length >= MIN_STANDFIRST_CHARS &&
      (tokens.some((token) => STANDFIRST_CLASS.test(token)) || element.getAttribute('itemprop') === 'description') &&
      element.closest(`[class*="media-item"], [class*="teaser"], [class*="card"], [class*="promo"], [class*="related"]`) === null &&
      !tokens.some((token) => TEASER_CLASS.test(token)) &&
      element.querySelector('p p, li, img') === null &&
      underHeadline(headline, element)
    ) {
      markRole(element, 'standfirst');
      standfirst = text;
    }
  }
  markCreditedCaptions(document);
  return { ...(standfirst ? { standfirst } : {}), ...(authorNames.length > 0 ? { authorNames } : {}) };
}

/** What the page says by class names alone, which extraction removes. */
export interface PageRoles {
  readonly standfirst?: string;
  /** Names set in the page's byline or author boxes, as the reader sees them (a page may have a source credit and an author). */
  readonly authorNames?: readonly string[];
}

/** Microdata types of a picture, a video or a sound, whose description is the caption under it. */
const MEDIA_ITEM_TYPE = /(?:^|[/#])(?:ImageObject|Photograph|VideoObject|AudioObject|MediaObject)$/;

/** Whether an element is the description or caption that microdata gives to a picture or a video (never the article's standfirst). */
function describesMedia(element: Element): boolean {
  const props = (element.getAttribute('itemprop') ?? '').split(/\s+/);
  if (!props.includes('description') && !props.includes('caption')) return false;
  const scope = element.parentElement?.closest('[itemscope]');
  return props.includes('caption') || MEDIA_ITEM_TYPE.test((scope?.getAttribute('itemtype') ?? '').trim());
}

/** Class names of the elements that hold an author's name. */
const AUTHOR_CLASS = new RegExp(String.raw`^(?:byline|author|author-name|byline-name|article-author)${HASH}$`, 'i');
/** A name is a few capitalised words, no digits (a date) and no sentence. */
const NAME_LIKE = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|der|da|al|bin|and|&))*$/u;

/** Whether an element is a byline or author box holding just a name. */
function isAuthorName(tokens: readonly string[], text: string): boolean {
  return tokens.some((token) => AUTHOR_CLASS.test(token)) && text.split(' ').length <= 6 && NAME_LIKE.test(text);
}

/** A caption's last words: the agency or photographer credited in brackets ("…on Thursday.(Reuters)", "(AP Photo/Jane Doe)"). */
const CREDIT_IN_BRACKETS = /\((?:reuters|afp|ap|ap photo|epa|getty images|xinhua|kcna|yonhap|tass|ria novosti|anadolu)(?:\s*(?:\/|via)[^()]{1,60})?\)\s*$/i;

function holdsOnlyPicture(element: Element | null): boolean {
  return element !== null && element.querySelector('img, picture') !== null && textOf(element).length === 0;
}

/** The block a caption sits under: its own previous sibling, or for a table cell the row above its row. */
function pictureAbove(element: Element): boolean {
  let previous = element.previousElementSibling;
  while (previous && textOf(previous).length === 0 && previous.querySelector('img, picture') === null) previous = previous.previousElementSibling;
  if (holdsOnlyPicture(previous)) return true;
  const row = element.localName === 'td' ? element.parentElement : null;
  return row !== null && row.localName === 'tr' && holdsOnlyPicture(row.previousElementSibling);
}

/**
 * Marks as captions the unclassed text right under a picture that ends with a photo agency's credit,
 * as old table layouts set their captions: a paragraph of the story never sits alone under an image
 * ending "(Reuters)". The text stays in the article, shown as the caption it is.
 */
function markCreditedCaptions(document: Document): void {
  for (const element of document.body?.querySelectorAll('td, p, div') ?? []) {
    if (element.closest(`[${ROLE_ATTRIBUTE}]`) || insideChrome(element)) continue;
    if (element.querySelector('img, picture, p, table, li')) continue;
    const text = textOf(element);
    if (text.length === 0 || text.length > MAX_LABEL_CHARS || !CREDIT_IN_BRACKETS.test(text)) continue;
    if (pictureAbove(element)) markRole(element, 'caption');
  }
}

const BLOCK_CHILD = /^(?:p|div|section|article|ul|ol|li|figure|blockquote|h[1-6]|table)$/i;

/**
 * Marks an element's role where extraction keeps it: on the element, and on a span wrapped around
 * its text (Readability rebuilds a `div` of text as a new `p` without the div's attributes, but
 * moves the content). An element holding blocks has each block marked instead, as a span around
 * a paragraph would be split from it when the extracted HTML is parsed again.
 */
function markRole(element: Element, role: 'caption' | 'heading' | 'standfirst'): void {
  element.setAttribute(ROLE_ATTRIBUTE, role);
  const blocks = Array.from(element.children).filter((child) => BLOCK_CHILD.test(child.localName));
  if (blocks.length > 0) {
    blocks.forEach((child) => markRole(child, role));
    return;
  }
  const wrapper = element.ownerDocument.createElement('span');
  wrapper.setAttribute(ROLE_ATTRIBUTE, role);
  while (element.firstChild) wrapper.appendChild(element.firstChild);
  element.appendChild(wrapper);
}

/** Whether an element follows the page's headline with no running text between them, as a standfirst does. */
function underHeadline(headline: Element | null, element: Element): boolean {
  if (!headline) return false;
  // Node.DOCUMENT_POSITION_FOLLOWING: the element comes after the headline.
  if ((headline.compareDocumentPosition(element) & 4) === 0) return false;
  for (const paragraph of element.ownerDocument.querySelectorAll('p')) {
    if (paragraph === element || element.contains(paragraph)) continue;
    const after = (headline.compareDocumentPosition(paragraph) & 4) !== 0;
    const before = (paragraph.compareDocumentPosition(element) & 4) !== 0;
    if (after && before && textOf(paragraph).split(' ').length >= MAX_WORDS_BEFORE_STANDFIRST) return false;
  }
  return true;
}

/** Labels some sites print before the names, which are no part of them. */
const BYLINE_LABEL = /^(?:by|written by|words by|reporting by|researched by|reported by|authors?|contributors?|posted by)\b\s*:?\s*/i;

/** The same label in the other languages we read, only before a capitalised name ("Von Anna Weber", not "von der Leyen"). */
const LOCAL_BYLINE_LABEL = /^(?:Par|Por|Von|Автор|Авторы)\s*:?\s+(?=\p{Lu})/u;

/** Profile links printed after the name in a byline box ("Jane Doe Twitter Email"). */
const FOLLOW_LINKS = /(?:\s+(?:twitter|facebook|instagram|linkedin|e-?mail|bio|follow))+$/i;

function fold(text: string): string {
  return normaliseBlockText(text).toLowerCase();
}

/**
 * The article author's name as the byline should show it: without an "Authors:" label, and not at
 * all when it is only a label, only the site's name, or the claimant of the claim a fact-check reviewed.
 */
export function cleanByline(
  byline: string | undefined,
  context: { readonly site?: string | undefined; readonly claimant?: string | undefined },
): string | undefined {
  if (!byline) return undefined;
  const text = normaliseBlockText(byline)
    .replace(BYLINE_LABEL, '')
    .replace(LOCAL_BYLINE_LABEL, '')
    .replace(FOLLOW_LINKS, '')
    // The author's desk sits in its own element right after the name, so the page's text glues them.
    .replace(/(\p{L})\(/gu, '$1 (')
    .trim();
  if (text.length === 0 || /^https?:\/\//i.test(text)) return undefined;
  if (context.site && fold(text) === fold(context.site)) return undefined;
  if (context.claimant && fold(text) === fold(context.claimant)) return undefined;
  return text;
}

/** Whether a "title" is only the site's name (what some pages put in og:title), so no headline. */
export function isSiteName(title: string, site: string | undefined): boolean {
  if (!site) return false;
  const folded = fold(title);
  return folded === fold(site) || folded === `${fold(site)} news` || fold(site).startsWith(`${folded} `);
}
