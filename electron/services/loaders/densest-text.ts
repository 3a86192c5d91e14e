const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements never holding the article: page chrome, scripts, forms. */
const CHROME = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'aside',
  'footer',
  'header',
  'form',
  'select',
  'button',
  'head',
  'title',
  'iframe',
  'svg',
  'math',
]);
/** Elements that stay inside a line of text: their words belong to the block around them. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'br',
  'cite',
  'code',
  'em',
  'font',
  'i',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'wbr',
]);

/** Words of an element's own running text: its text and inline children, not its blocks or its links. */
function ownWords(element: Element): number {
  let words = 0;
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === TEXT_NODE) words += (child.nodeValue ?? '').split(/\s+/).filter((word) => word.length > 0).length;
    else if (child.nodeType === ELEMENT_NODE) {
      const tag = (child as Element).localName;
      if (INLINE.has(tag) && tag !== 'a') words += ownWords(child as Element);
    }
  }
  return words;
}

/**
 * The article body of a page Readability finds nothing in (old table layouts whose text sits in one
 * `<td>` or `<font>` broken by `<br>`s): the element with the most running text of its own, with
 * double line breaks turned into paragraphs. Null when no element holds any.
 */
export function densestTextHtml(document: Document): string | null {
  let best: Element | null = null;
  let bestWords = 0;
  const walk = (element: Element): void => {
    if (CHROME.has(element.localName)) return;
    const words = ownWords(element);
    if (words > bestWords) {
      best = element;
      bestWords = words;
    }
    for (const child of Array.from(element.children)) walk(child);
  };
  if (document.body) walk(document.body);
  if (best === null) return null;
  const inner = (best as Element).innerHTML.replace(/(?:<br\s*\/?>\s*){2,}/gi, '</p><p>');
  return `<div><p>${inner}</p></div>`;
}

/** A stand-in for Readability's result built from `densestTextHtml`, with no metadata of its own. */
export function densestTextArticle(document: Document): {
  content: string;
  textContent: string;
  title: null;
  byline: null;
  dir: null;
  siteName: null;
  lang: null;
  publishedTime: null;
  excerpt: null;
  length: number;
} | null {
  const content = densestTextHtml(document);
  if (content === null) return null;
  return {
    content,
    textContent: '',
    title: null,
    byline: null,
    dir: null,
    siteName: null,
    lang: null,
    publishedTime: null,
    excerpt: null,
    length: content.length,
  };
}

/** A title longer than this with no end tag has swallowed the page. */
const MAX_TITLE_SPAN = 2000;

/**
 * Closes a `<title>` whose end tag was lost (a page saved cut or mangled): the parser would read the
 * whole page as the title and show nothing. The title is ended at its first line break or tag.
 */
export function closeRunawayTitle(html: string): string {
  const open = /<title(?:\s[^>]*)?>/i.exec(html);
  if (!open) return html;
  const start = open.index + open[0].length;
  const end = html.slice(start, start + MAX_TITLE_SPAN).search(/<\/title[\s/>]/i);
  if (end !== -1) return html;
  const stop = html.slice(start).search(/[\r\n<]/);
  if (stop === -1) return html;
  return `${html.slice(0, start + stop)}</title>${html.slice(start + stop)}`;
}
