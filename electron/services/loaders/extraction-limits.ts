/**
 * Limits that keep the app responsive on hostile or pathological files. jsdom and Readability slow
 * down far faster than linearly on deep or huge trees, so a page is measured with a cheap linear
 * scan before it is parsed: nesting past a depth is flattened, as browsers do, and only a page with
 * too many elements is refused.
 */

/** Most elements an HTML page may have; real article pages have a few thousand. */
export const MAX_HTML_ELEMENTS = 40_000;

/**
 * Deepest element nesting kept; deeper elements lose their tags and keep their text, as Chromium's
 * parser stops nesting at 512. We stop sooner because Readability's time grows with the cube of the
 * depth (9 s at 512 levels, 1 s at 200 on our machines); real pages stay well under fifty.
 */
export const MAX_HTML_DEPTH = 200;

/**
 * The one size limit: most characters of article text Sourcelight reads (a long feature is about
 * 100,000). Every size check and message is stated in these characters.
 */
export const MAX_ARTICLE_CHARS = 1_000_000;

/** Time an HTML extraction may take, checked between its stages. */
export const HTML_EXTRACTION_BUDGET_MS = 15_000;

/** The size of a page's element tree as a linear scan of its markup estimates it. */
export interface HtmlShape {
  readonly elements: number;
  readonly depth: number;
}

// Elements that never have children, and those whose end tag a browser may infer: neither deepens
// the tree the way an unclosed <div> does, so counting them as nesting would refuse ordinary pages.
const NO_NESTING = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'param',
  'keygen',
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'optgroup',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'rt',
  'rp',
  'colgroup',
  'caption',
  'html',
  'head',
  'body',
]);
// Their content is text up to the matching end tag, so tags inside it are not elements.
// Not noscript: jsdom runs no scripts, so like a browser with scripting off it parses noscript's content as markup.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
// Tags inside a word (`<b>deep</b>er`): removing one must not split the word.
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'del',
  'ins',
]);
// Inside svg and math, style and title are ordinary elements whose content is markup.
const FOREIGN_ROOTS = new Set(['svg', 'math']);

// `<!-->` and `<!--->` end where they begin, as the HTML parser ends such abrupt comments.
const TAG = /<(?:!--(?:>|->|[\s\S]*?(?:--!?>|$))|(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>)/g;

/** One tag met by `walkTags`, with the nesting depth it opens or closes. */
interface TagVisit {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly closing: boolean;
  /** Whether the tag opens or closes a level of nesting. */
  readonly nests: boolean;
  /** The depth inside the element (after an opening tag, before a closing one). */
  readonly depth: number;
}

/** Walks a page's tags as the HTML parser nests them (comments, raw text, foreign content), in one linear pass. */
function walkTags(html: string, visit: (tag: TagVisit) => void): void {
  let depth = 0;
  // The depth an svg or math element opened at while inside one; -1 outside foreign content.
  let foreignAt = -1;
  // Lower-cased once: searching a fresh copy per script would be quadratic on script-heavy pages.
  const lower = html.toLowerCase();
  TAG.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TAG.exec(html)) !== null) {
    const name = match[2]?.toLowerCase();
    if (name === undefined) continue;
    const start = match.index;
    const end = TAG.lastIndex;
    if (match[1] === '/') {
      const nests = !NO_NESTING.has(name) && depth > 0;
      visit({ name, start, end, closing: true, nests, depth });
      if (nests) depth -= 1;
      if (depth <= foreignAt) foreignAt = -1;
      continue;
    }
    if (foreignAt < 0 && FOREIGN_ROOTS.has(name)) foreignAt = depth;
    const rawText = foreignAt < 0 && RAW_TEXT.has(name);
    const nests = !rawText && !NO_NESTING.has(name) && !(match[3] ?? '').trimEnd().endsWith('/');
    if (nests) depth += 1;
    visit({ name, start, end, closing: false, nests, depth });
    if (rawText) {
      const close = lower.indexOf(`</${name}`, end);
      if (close === -1) break;
      TAG.lastIndex = close;
    }
  }
}

/** Estimates a page's element count and nesting depth in one pass, without building a tree. */
export function measureHtmlShape(html: string): HtmlShape {
  let elements = 0;
  let deepest = 0;
  walkTags(html, (tag) => {
    if (tag.closing) return;
    elements += 1;
    if (tag.depth > deepest) deepest = tag.depth;
  });
  return { elements, depth: deepest };
}

/**
 * Removes the tags of elements nested deeper than `maxDepth`, keeping their text, so a page nested
 * thousands deep reads as a browser shows it. A removed block tag becomes a space so words stay apart;
 * a removed inline tag becomes nothing, so a word split by formatting stays whole.
 */
export function flattenDeepNesting(html: string, maxDepth: number = MAX_HTML_DEPTH): string {
  const pieces: string[] = [];
  let copiedTo = 0;
  walkTags(html, (tag) => {
    if (!tag.nests || tag.depth <= maxDepth) return;
    pieces.push(html.slice(copiedTo, tag.start), INLINE.has(tag.name) ? '' : ' ');
    copiedTo = tag.end;
  });
  if (copiedTo === 0) return html;
  pieces.push(html.slice(copiedTo));
  return pieces.join('');
}

/** Whether a page's shape is within the limits the loader parses; depth is flattened, never refused. */
export function isParseableShape(shape: HtmlShape): boolean {
  return shape.elements <= MAX_HTML_ELEMENTS;
}

/** A time budget checked between the stages of an extraction; the clock is injectable for tests. */
export class ExtractionDeadline {
  private readonly endsAt: number;

  /** Starts the budget now. */
  constructor(
    budgetMs: number = HTML_EXTRACTION_BUDGET_MS,
    private readonly now: () => number = Date.now,
  ) {
    this.endsAt = now() + budgetMs;
  }

  /** Whether the budget is spent. */
  get expired(): boolean {
    return this.now() > this.endsAt;
  }
}
