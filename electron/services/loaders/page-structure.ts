import { normaliseBlockText } from './block-text';
import { ROLE_ATTRIBUTE } from './html-blocks';

/** Class names (one token of an element's class list) sites give to photo captions and credits. */
const CAPTION_CLASS = /(?:^|[-_])(?:caption|figcaption|caption-text|credit|image-credit|photo-credit)(?:$|[-_](?:text|wrapper)$)/i;
/** Class names of subheadings set as styled paragraphs rather than heading elements. */
const SUBHEADING_CLASS = /(?:^|[-_])(?:crosshead|subheading|sub-heading|intertitle|subtitulo)$/i;
/** Class names of the standfirst (dek, summary) under a headline. */
const STANDFIRST_CLASS = /(?:^|[-_])(?:standfirst|dek|subheadline|sub-headline|strapline|summary|article-summary|lede-summary|sapo|chapo)$/i;

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
export function markPageRoles(document: Document): { standfirst?: string } {
  let standfirst: string | undefined;
  for (const element of document.body?.querySelectorAll('[class], [itemprop="description"]') ?? []) {
    const tokens = classTokens(element);
    if (/^h[1-6]$/i.test(element.localName) || insideChrome(element)) continue;
    const text = textOf(element);
    if (text.length === 0 || text.length > MAX_LABEL_CHARS) continue;
    // A wrapper holding the picture as well as its words is the figure, not the caption.
    if (tokens.some((token) => CAPTION_CLASS.test(token)) && element.querySelector('img, picture, p, div') === null) {
      element.setAttribute(ROLE_ATTRIBUTE, 'caption');
    } else if (tokens.some((token) => SUBHEADING_CLASS.test(token)) && text.split(' ').length <= 16) {
      element.setAttribute(ROLE_ATTRIBUTE, 'heading');
    } else if (
      standfirst === undefined &&
      text.length >= MIN_STANDFIRST_CHARS &&
      (tokens.some((token) => STANDFIRST_CLASS.test(token)) || element.getAttribute('itemprop') === 'description') &&
      element.querySelector('p p, li, img') === null
    ) {
      element.setAttribute(ROLE_ATTRIBUTE, 'standfirst');
      standfirst = text;
    }
  }
  return standfirst ? { standfirst } : {};
}

/** Labels some sites print before the names, which are no part of them. */
const BYLINE_LABEL = /^(?:by|written by|words by|reporting by|authors?|contributors?|posted by)\b\s*:?\s*/i;

/** Profile links printed after the name in a byline box ("Jane Doe Twitter Email"). */
const FOLLOW_LINKS = /(?:\s+(?:twitter|facebook|instagram|linkedin|e-?mail|bio|follow))+$/i;

function fold(text: string): string {
  return normaliseBlockText(text).toLowerCase();
}

/**
 * The article author's name as the byline should show it: without an "Authors:" label, and not at
 * all when it is only a label, only the site's name, or the claimant of the claim a fact-check reviewed.
 */
export function cleanByline(byline: string | undefined, context: { readonly site?: string; readonly claimant?: string }): string | undefined {
  if (!byline) return undefined;
  const text = normaliseBlockText(byline).replace(BYLINE_LABEL, '').replace(FOLLOW_LINKS, '').trim();
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
