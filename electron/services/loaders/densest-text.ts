import { isProse } from './body-text';

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

const SCRIPT_OPEN = /<script\b/gi;
/** One attribute of an open tag, its value quoted, bare or absent. */
const TAG_ATTRIBUTE = /\s*[^\s=>"'/]+(?:\s*=\s*(?:"([^"]*)"?|'[^']*'|[^\s>"']+))?/y;

/**
 * Closes a script tag whose attribute lost its end quote (a page saved mangled: `src="/te.color='x';`
 * and the script's own lines after it): the value would run to some quote far down the page and the
 * script, which a browser never shows, would swallow the story. An address holds no line break and
 * no tag, so a double-quoted value holding both is cut at its first line break.
 */
export function closeRunawayScriptAttribute(html: string): string {
  let repaired = '';
  let from = 0;
  for (const open of html.matchAll(SCRIPT_OPEN)) {
    if (open.index < from) continue;
    TAG_ATTRIBUTE.lastIndex = open.index + open[0].length;
    let attribute: RegExpExecArray | null;
    while ((attribute = TAG_ATTRIBUTE.exec(html)) !== null && attribute[0].length > 0) {
      const value = attribute[1];
      if (value === undefined) continue;
      const lineEnd = value.search(/[\r\n]/);
      if (lineEnd === -1 || !value.includes('<')) continue;
      const valueStart = attribute.index + attribute[0].indexOf('"') + 1;
      repaired += `${html.slice(from, valueStart + lineEnd)}">`;
      from = valueStart + lineEnd;
      break;
    }
  }
  return from === 0 ? html : repaired + html.slice(from);
}

/** What a word of navigation or labels costs an element against the words of prose it holds. */
const JUNK_WEIGHT = 0.3;

interface RunTally {
  words: number;
  linkWords: number;
  text: string;
}

interface ProseTally {
  prose: number;
  junk: number;
}

function isProseRun(run: RunTally): boolean {
  return isProse(run.words, run.linkWords / run.words, run.text);
}

function wordsOf(text: string): number {
  return text.split(/\s+/).filter((word) => word.length > 0).length;
}

/**
 * The element holding the most prose — runs of ten or more words that end a sentence and are not
 * mostly links — less a share of the labels and links around it. Readability scores elements by
 * class names and commas, and on some old layouts picks a footer or a poll over the story; this
 * reads only what the text itself looks like. Null when the page holds no prose.
 */
export function proseRichestHtml(document: Document): string | null {
  let best: Element | null = null;
  let bestScore = 0;
  const measure = (element: Element): ProseTally => {
    const tally: ProseTally = { prose: 0, junk: 0 };
    let run: RunTally = { words: 0, linkWords: 0, text: '' };
    let breaks = 0;
    const endRun = (): void => {
      if (run.words > 0) {
        if (isProseRun(run)) tally.prose += run.words;
        else tally.junk += run.words;
      }
      run = { words: 0, linkWords: 0, text: '' };
    };
    const addInline = (node: Node, linked: boolean): void => {
      if (node.nodeType === TEXT_NODE) {
        const value = node.nodeValue ?? '';
        const words = wordsOf(value);
        if (words > 0) breaks = 0;
        run.words += words;
        if (linked) run.linkWords += words;
        run.text += value;
        return;
      }
      if (node.nodeType !== ELEMENT_NODE) return;
      const child = node as Element;
      const tag = child.localName;
      if (tag === 'br') {
        // Two line breaks in a row are how old layouts end a paragraph.
        if (++breaks >= 2) endRun();
        run.text += ' ';
        return;
      }
      if (INLINE.has(tag)) {
        for (const inner of Array.from(child.childNodes)) addInline(inner, linked || tag === 'a');
        return;
      }
      endRun();
      if (CHROME.has(tag)) return;
      const inner = measure(child);
      tally.prose += inner.prose;
      tally.junk += inner.junk;
    };
    for (const node of Array.from(element.childNodes)) addInline(node, false);
    endRun();
    const score = tally.prose - JUNK_WEIGHT * tally.junk;
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
    return tally;
  };
  if (document.body) measure(document.body);
  if (best === null) return null;
  const inner = (best as Element).innerHTML.replace(/(?:<br\s*\/?>\s*){2,}/gi, '</p><p>');
  return `<div><p>${inner}</p></div>`;
}
