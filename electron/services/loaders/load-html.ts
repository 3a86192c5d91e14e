import { Readability } from '@mozilla/readability';
import createDOMPurify, { type DOMPurify } from 'dompurify';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { Article, ArticleFormat } from '../../../shared/model/article';
import { ArticleBuilder, type ArticleMetadata } from './article-builder';
import { normaliseBlockText } from './block-text';
import { BYLINE_SEARCH_BLOCKS, BYLINE_SEARCH_WORDS, isBodyBlock, isProse, MIN_BODY_WORDS } from './body-text';
import { collectHtmlBlocks, type HtmlBlock } from './html-blocks';
import { ExtractionDeadline, flattenDeepNesting, isParseableShape, measureHtmlShape, MAX_HTML_DEPTH, MAX_HTML_ELEMENTS } from './extraction-limits';
import { readHtmlMetadata } from './html-metadata';
import { findLinkLists } from './link-lists';
import { cleanByline, isSiteName, markPageRoles, type PageRoles } from './page-structure';
import { isDateOnly, parseByline, publishedDate } from './text-structure';
import { cutTrailingFurniture, type TrailingCut } from './trailing-furniture';
import { closeRunawayScriptAttribute, closeRunawayTitle, densestTextArticle, proseRichestHtml } from './densest-text';

/** A failure particular to HTML: the page held no article body, or is too complex to parse safely. */
export interface NoArticle {
  readonly ok: false;
  readonly code: 'no-article' | 'too-complex';
}

/**
 * Parses HTML in a jsdom that runs no scripts and loads no resources (the defaults, kept on
 * purpose), and swallows the page's console noise such as unparseable stylesheets.
 */
/**
 * A date line and the byline after it that the page's markup set side by side with no space between
 * ("Friday, January 11, 2008By Jane Doe, AFP"): the two lines a reader sees, or null.
 */
function dateGluedToByline(text: string): { date: string; byline: string } | null {
  const at = text.search(/(?<=\d|\p{Ll}|[A-Z]{2,4})By\s+\p{Lu}/u);
  if (at <= 0) return null;
  const date = text.slice(0, at).trim();
  const byline = text.slice(at).trim();
  return isDateOnly(date) && parseByline(byline) !== null ? { date, byline } : null;
}

/**
 * The date of a line that repeats the headline, then the site's name and the date ("Headline Site Name
 * Friday 28th December, 2007"), as some pages print above the story; null for any other line.
 */
function headlineRepeatedWithDate(text: string, headline: string | undefined): string | null {
  if (!headline || headline.length < 12 || !fold(text).startsWith(`${fold(headline)} `)) return null;
  const words = text.slice(headline.length).trim().split(' ');
  // At most a few capitalised words of the site's name before the date.
  for (let at = 0; at <= Math.min(4, words.length - 1); at++) {
    if (at > 0 && !/^\p{Lu}/u.test(words[at - 1]!)) return null;
    const date = words.slice(at).join(' ');
    if (isDateOnly(date)) return date;
  }
  return null;
}

// "From" or "By" left on a line of its own once the name after it was taken as the site's name.
const LONE_BYLINE_LABEL = /^(?:by|from|von|par|por|de|от)$/iu;

function inertDom(html: string): JSDOM {
  return new JSDOM(html, { virtualConsole: new VirtualConsole() });
}

let purifier: DOMPurify | null = null;

/** A DOMPurify bound to its own blank window, so the hostile page's window is never used to sanitise. */
function getPurifier(): DOMPurify {
  if (!purifier) purifier = createDOMPurify(inertDom('<!doctype html><html><body></body></html>').window);
  return purifier;
}

/** Longer than this, a title or heading is no headline (a mangled page's meta title that runs into its scripts). */
const MAX_HEADLINE_CHARS = 300;

function fold(text: string): string {
  return normaliseBlockText(text)
    .toLowerCase()
    .replace(/[“”„«»"]/g, '"')
    .replace(/[‘’']/g, "'");
}

function wordCount(blocks: readonly HtmlBlock[]): number {
  return blocks.filter((block) => isBodyBlock(block.kind)).reduce((count, block) => count + block.text.split(' ').length, 0);
}

/** Below this many words of prose, Readability's pick is checked against the page's richest prose. */
const PROSE_CHECK_WORDS = MIN_BODY_WORDS * 4;

/** Words in paragraphs that read as prose: ten words or more, ending a sentence, mostly not links. */
function proseWords(blocks: readonly HtmlBlock[]): number {
  let words = 0;
  for (const block of blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'blockquote') continue;
    const count = block.text.split(' ').length;
    const letters = block.text.replace(/\s/g, '').length;
    if (isProse(count, (block.linkedChars ?? 0) / Math.max(letters, 1), block.text)) words += count;
  }
  return words;
}

/** Whether most of the body words of `inner` appear, block for block, among `outer`'s blocks. */
function holdsMostOf(outer: readonly HtmlBlock[], inner: readonly HtmlBlock[]): boolean {
  const texts = new Set(outer.map((block) => block.text));
  let held = 0;
  let total = 0;
  for (const block of inner) {
    if (!isBodyBlock(block.kind)) continue;
    const count = block.text.split(' ').length;
    total += count;
    if (texts.has(block.text)) held += count;
  }
  return total > 0 && held * 2 >= total;
}

/** Whether the markup holds enough words outside its tags to be worth a second parse for the fallback. */
function hasRunningText(html: string): boolean {
  return (html.replace(/<[^>]*>/g, ' ').match(/\p{L}{2,}/gu)?.length ?? 0) >= MIN_BODY_WORDS * 4;
}

/** Drops a trailing " | Site" or " - Site" from a title when it names the site. */
function withoutSiteSuffix(title: string | undefined, site: string | undefined): string | undefined {
  if (!title || !site) return title;
  const suffix = new RegExp(`\\s+[|\\-–—:·]\\s+${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i');
  const trimmed = title.replace(suffix, '');
  return trimmed.length > 0 ? trimmed : title;
}

/**
 * The headline as the page shows it: an `h1` matching the meta title, else the article's own `h1`.
 * Read before Readability runs, since it removes a headline that repeats the title.
 */
function findPageHeadline(
  document: Document,
  metaTitle: string | undefined,
  site: string | undefined,
): { headline?: string | undefined; site?: string | undefined } {
  const fromParts = headlineFromTitleParts(document, metaTitle ?? document.title, site);
  if (fromParts) return fromParts;
  return { headline: findH1Headline(document, metaTitle, site) ?? headingTheTitleBegins(document, metaTitle ?? document.title) };
}

function findH1Headline(document: Document, metaTitle: string | undefined, site: string | undefined): string | undefined {
  const headings = Array.from(document.querySelectorAll('h1'))
    .map((element) => normaliseBlockText(element.textContent ?? ''))
    .filter((text) => text.length > 0 && text.length <= MAX_HEADLINE_CHARS && !isSiteName(text, site));
  if (metaTitle) {
    const folded = fold(metaTitle);
    const similar = headings.find((text) => fold(text) === folded || (fold(text).length >= 12 && folded.includes(fold(text))));
    if (similar) return similar;
  }
  const own = document.querySelector('article h1');
  const ownText = own ? normaliseBlockText(own.textContent ?? '') : '';
  if (ownText.length > 0 && ownText.length <= MAX_HEADLINE_CHARS && !isSiteName(ownText, site)) return ownText;
  // A page with no title at all, or one that is only the site's name, still shows its headline as its one h1.
  if (!metaTitle && !normaliseBlockText(document.title) && headings.length === 1) return headings[0];
  // (A meta title that is only the site's name: the same.)
  return metaTitle && isSiteName(metaTitle, site) && headings.length === 1 ? headings[0] : undefined;
}

/**
 * The h1 or h2 a page title begins with, when the rest of the title (its sections and site, as in
 * "Headline - Soccer - Sport - News") is shorter than it: a site whose h1 is its logo sets the
 * story's headline so. A heading shorter than the rest is the site's name, not the headline.
 */
function headingTheTitleBegins(document: Document, title: string | undefined): string | undefined {
  const folded = fold(title ?? '');
  return Array.from(document.querySelectorAll('h1, h2'), (element) => normaliseBlockText(element.textContent ?? '')).find((text) => {
    const heading = fold(text);
    return heading.length >= 12 && text.length <= MAX_HEADLINE_CHARS && folded.startsWith(heading) && folded.length - heading.length < heading.length;
  });
}

/** Separators between a headline and the site's name in a page title ("Site » Headline", "Headline | Site"). */
const TITLE_SEPARATOR = /\s+(?:[|»«›·•]|::|[-–—])\s+/;

/**
 * A title made of the site's name and the headline, where the page shows each as its own heading
 * (an old blog's h1 is the site and an h2 the post): the heading that is the other part is the headline.
 */
function headlineFromTitleParts(document: Document, title: string | undefined, site: string | undefined): { headline: string; site: string } | undefined {
  const parts = normaliseBlockText(title ?? '').split(TITLE_SEPARATOR);
  if (parts.length !== 2) return undefined;
  const headings = Array.from(document.querySelectorAll('h1, h2'), (element) => normaliseBlockText(element.textContent ?? ''));
  const isHeading = (text: string): boolean => headings.some((heading) => fold(heading) === fold(text));
  const isSite = (text: string): boolean =>
    isSiteName(text, site) || Array.from(document.querySelectorAll('h1'), (element) => fold(element.textContent ?? '')).includes(fold(text));
  const [first, second] = parts as [string, string];
  if (isSite(first) && !isSite(second) && isHeading(second)) return { headline: second, site: first };
  if (isSite(second) && !isSite(first) && isHeading(first)) return { headline: first, site: second };
  return undefined;
}

const FORBIDDEN_TAGS = ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed', 'svg', 'math'];

// Inline formatting carries no block structure, and the reader keeps only its words.
const INLINE_TAGS = /<\/?(?:em|strong|a|code|s|del|ins|sup|sub|span|b|i|u)(?:\s[^>]*)?>/g;
const ANY_TAG = /<[a-zA-Z]/g;

function countTags(html: string): number {
  return html.match(ANY_TAG)?.length ?? 0;
}

/**
 * The blocks of an HTML fragment we produced ourselves from another format (Markdown, Word),
 * sanitised the same way as a web page's body before any text is read from it. The fragment is
 * our converter's own markup, so its tags can be counted exactly: past the element cap, inline
 * formatting (a storm of emphasis) is dropped, keeping its words; null if blocks alone exceed it.
 */
export function blocksOfHtmlFragment(html: string): HtmlBlock[] | null {
  let fragment = html;
  if (countTags(fragment) > MAX_HTML_ELEMENTS) fragment = fragment.replace(INLINE_TAGS, '');
  if (countTags(fragment) > MAX_HTML_ELEMENTS) return null;
  return collectHtmlBlocks(getPurifier().sanitize(fragment, { RETURN_DOM: true, FORBID_TAGS: FORBIDDEN_TAGS }));
}

/** A site name without the tagline some sites append ("Yahoo News - Latest News & Headlines"). */
function withoutTagline(site: string | undefined): string | undefined {
  const parts = site?.split(TITLE_SEPARATOR) ?? [];
  return parts.length >= 2 && parts[0]!.split(/\s+/).length <= 4 ? parts[0] : site;
}

/** A title to show as the headline: never one that is only the site's name. */
function headlineOf(candidates: readonly (string | null | undefined)[], site: string | undefined): string | undefined {
  for (const candidate of candidates) {
    const title = withoutSiteSuffix(candidate ?? undefined, site);
    if (title && title.length <= MAX_HEADLINE_CHARS && !isSiteName(title, site)) return title;
  }
  return undefined;
}

/** Elements whose text a reader never sees on the page. */
const UNSEEN = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);

/** Text reduced to its words, so a title and the page that shows it match whatever their punctuation. */
function wordsOnly(text: string): string {
  return ` ${fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** The words a reader sees on the page, read before Readability rewrites the document. */
function visibleText(document: Document): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1 && !UNSEEN.has((child as Element).localName)) walk(child);
    }
  };
  if (document.body) walk(document.body);
  return wordsOnly(parts.join(' '));
}

/** Anything that may join a page title's parts: the separators above, a breadcrumb's ">", a colon, a dash set off on one side. */
const TITLE_PART_SEPARATOR = /\s*(?:[|»«›·•>]|::)\s*|\s*:\s+|\s+[-–—]+\s*|\s*[-–—]+\s+/;

/** Fewer words than this and a part of a page title may be a section's or a site's name, not a headline. */
const MIN_TITLE_PART_WORDS = 3;

/**
 * The headline to set above the body when the page shows its title nowhere (a title that is only the
 * site's name and tagline, or "Tagline | Headline"): the part of a title the page shows, or none when
 * the body already opens with one of those parts as its own heading or line, or when no part is shown.
 */
function shownHeadline(titles: readonly (string | undefined)[], shown: string, body: readonly string[], site: string | undefined): string | undefined {
  const parts = titles
    .map((title) => normaliseBlockText(title ?? ''))
    .flatMap((title) => [...title.split(TITLE_SEPARATOR), ...title.split(TITLE_PART_SEPARATOR)])
    .filter((part) => !isSiteName(part, site));
  const long = parts.filter((part) => part.split(' ').length >= MIN_TITLE_PART_WORDS);
  if (long.some((part) => body.some((text) => fold(text).startsWith(fold(part))))) return undefined;
  // The headline is the longest part shown; the site's name or section, when shown too, is shorter.
  return long.filter((part) => shown.includes(wordsOnly(part))).sort((a, b) => b.length - a.length)[0];
}

/** Elements read after the headline in search of its date line; the story's text begins sooner. */
const DATE_SEARCH_ELEMENTS = 8;
/** Longer than this, an element's text is no date line. */
const MAX_DATE_LINE_CHARS = 80;

/**
 * The date line set right under the page's headline ("Mon Jan 14, 2008 11:16am EST"), read before
 * Readability runs: it drops such a line with its header box, though a reader sees it with the story.
 */
function dateLineUnderHeadline(document: Document, headline: string | undefined): string | undefined {
  if (!headline) return undefined;
  const heading = Array.from(document.querySelectorAll('h1, h2, h3')).find((element) => fold(element.textContent ?? '') === fold(headline));
  if (!heading) return undefined;
  const following = Array.from(document.body?.querySelectorAll('*') ?? []);
  let read = 0;
  for (let index = following.indexOf(heading) + 1; index < following.length && read < DATE_SEARCH_ELEMENTS; index++) {
    const element = following[index]!;
    if (heading.contains(element) || UNSEEN.has(element.localName)) continue;
    read++;
    const text = normaliseBlockText(element.textContent ?? '');
    if (text.length > MAX_DATE_LINE_CHARS && element.localName === 'p') return undefined;
    if (text.length > 0 && text.length <= MAX_DATE_LINE_CHARS && publishedDate(text) !== null) return text;
  }
  return undefined;
}

/** The page's roles; a page whose markup defeats the marking keeps its article, unmarked. */
function rolesOrNothing(document: Document): PageRoles {
  try {
    return markPageRoles(document);
  } catch {
    return {};
  }
}

/**
 * A caption that repeats the headline or an earlier caption (one photo shown twice, a lead image
 * captioned with the headline) is shown once: the repeat is hidden, still revealable.
 */
function stripRepeatedCaptions(builder: ArticleBuilder, title: string): void {
  const seen: string[] = title ? [fold(title)] : [];
  for (let index = 0; index < builder.blocks.length; index++) {
    const block = builder.blocks[index]!;
    if (block.kind !== 'caption') continue;
    const key = fold(block.text);
    // A caption's own show/hide button, styled like the caption, is a control, not words of the article.
    if (CAPTION_CONTROL.test(key)) builder.stripBlock(index--, 'caption control');
    // The same caption again, or a shorter copy of one already shown (a gallery repeating the lead photo's caption).
    else if (seen.some((earlier) => earlier === key || (key.length >= MIN_CONTAINED_CAPTION && earlier.includes(key))))
      builder.stripBlock(index--, 'repeated caption');
    else seen.push(key);
  }
}

/**
 * A run of blocks the page sets twice (one box laid out once for small screens and once for large, such
 * as a fact-check's claim, verdict and source) is shown once, where it first stands; the copy is hidden,
 * still revealable. A short run (a repeated pair of credits) is left alone, and so is a story the page
 * prints whole twice (old wire pages do; benchmark annotators mark both copies as the article).
 */
function stripRepeatedRuns(builder: ArticleBuilder): void {
  let keys = builder.blocks.map((block) => fold(block.text));
  const totalWords = keys.reduce((count, key) => count + key.split(' ').length, 0);
  // A page of thousands of equal blocks (a storm of "Reply" links) would cost cubic time: past a budget, repeats stay.
  let budget = MAX_REPEAT_COMPARISONS;
  for (let later = 1; later < keys.length; later++) {
    for (let earlier = 0; earlier < later; earlier++) {
      if (--budget < 0) return;
      // Only a whole repeat is judged: the tail of a longer one (a story printed twice) is part of that one.
      if (keys[earlier] !== keys[later] || (earlier > 0 && keys[earlier - 1] === keys[later - 1])) continue;
      let length = 0;
      while (earlier + length < later && later + length < keys.length && keys[earlier + length] === keys[later + length]) {
        if (--budget < 0) return;
        length++;
      }
      const words = keys.slice(later, later + length).reduce((count, key) => count + key.split(' ').length, 0);
      if (length < MIN_REPEATED_RUN_BLOCKS || words < MIN_REPEATED_RUN_WORDS || words > totalWords * MAX_REPEATED_RUN_SHARE) continue;
      for (let count = 0; count < length; count++) builder.stripBlock(later, 'repeated blocks');
      keys = builder.blocks.map((block) => fold(block.text));
      later--;
      break;
    }
  }
}

/** A repeat shorter than this many blocks, or words, may be the article's own (a refrain, a pair of credits). */
const MIN_REPEATED_RUN_BLOCKS = 3;
const MIN_REPEATED_RUN_WORDS = 20;
/** A repeat longer than this share of the page's words is the story itself printed twice, not a box. */
const MAX_REPEATED_RUN_SHARE = 0.25;
/** Block comparisons spent looking for repeats; an article of a few hundred blocks needs a small share of it. */
const MAX_REPEAT_COMPARISONS = 2_000_000;

const CAPTION_CONTROL = /^(?:hide|toggle|show|close|expand|enlarge) (?:caption|image|photo)$/;
/** A caption shorter than this (a credit such as "AP") may well recur inside a longer one and still be its own. */
const MIN_CONTAINED_CAPTION = 20;

/** The page's metadata; a part that cannot be read costs that metadata, never the article. */
function metadataOrNothing(document: Document): ArticleMetadata {
  try {
    return readHtmlMetadata(document);
  } catch {
    return {};
  }
}

/** Extracts the article from an HTML page: body blocks via Readability, metadata from meta tags and JSON-LD. */
export function buildHtmlArticle(
  html: string,
  sourcePath: string,
  notices: readonly string[] = [],
  deadline: ExtractionDeadline = new ExtractionDeadline(),
  format: Extract<ArticleFormat, 'html' | 'mhtml'> = 'html',
): Article | NoArticle {
  // Nesting past a browser's depth is flattened, keeping its text; only a page with too many elements is
  // refused before parsing: jsdom and Readability would hold the loader for minutes on such trees.
  const shape = measureHtmlShape(html);
  const flat = closeRunawayScriptAttribute(closeRunawayTitle(shape.depth > MAX_HTML_DEPTH ? flattenDeepNesting(html) : html));
  if (!isParseableShape(flat === html ? shape : measureHtmlShape(flat))) return { ok: false, code: 'too-complex' };
  const { document } = inertDom(flat).window;
  if (deadline.expired) return { ok: false, code: 'too-complex' };
  const pageMetadata = metadataOrNothing(document);
  const shown = visibleText(document);
  const documentTitle = document.title;
  const { headline: pageHeadline, site: titleSite } = findPageHeadline(document, pageMetadata.title, pageMetadata.site);
  const dateLine = dateLineUnderHeadline(document, pageHeadline);
  // Captions, subheadings and the standfirst that only class names mark are marked before Readability drops the classes.
  const { standfirst, authorNames = [] } = rolesOrNothing(document);

  let parsed: ReturnType<Readability['parse']>;
  try {
    // Readability rewrites the document it is given; metadata was read above, before that.
    parsed = new Readability(document, { maxElemsToParse: MAX_HTML_ELEMENTS }).parse();
  } catch {
    parsed = null;
  }
  if (deadline.expired) return { ok: false, code: 'too-complex' };
  // Readability finds nothing on some old table layouts; the densest run of text is then the article.
  if (!parsed?.content && hasRunningText(flat)) parsed = densestTextArticle(inertDom(flat).window.document);
  if (!parsed?.content) return { ok: false, code: 'no-article' };

  const linkOptions = pageMetadata.url ? { baseUrl: pageMetadata.url } : {};
  const bodyBlocks = (content: string): TrailingCut =>
    // Readability's candidate often runs past the article into related links and comments: cut, still revealable.
    cutTrailingFurniture(collectHtmlBlocks(getPurifier().sanitize(content, { RETURN_DOM: true, FORBID_TAGS: FORBIDDEN_TAGS }), linkOptions));
  let { kept: blocks, cut: trailing } = bodyBlocks(parsed.content);
  if (wordCount(blocks) < MIN_BODY_WORDS && hasRunningText(flat)) {
    // Readability found too little (a poll or a caption) on some old table layouts: take the densest text instead.
    const fallback = densestTextArticle(inertDom(flat).window.document);
    if (fallback) ({ kept: blocks, cut: trailing } = bodyBlocks(fallback.content));
  }
  const foundProse = proseWords(blocks);
  if (foundProse < PROSE_CHECK_WORDS && hasRunningText(flat)) {
    // Readability's candidate can be a footer, a poll or a caption beside a story it scored lower.
    const richest = proseRichestHtml(inertDom(flat).window.document);
    const other = richest === null ? null : bodyBlocks(richest);
    // An element that holds Readability's pick and more around it is a wider box of the same page, not another story.
    if (other && proseWords(other.kept) >= Math.max(2 * foundProse, PROSE_CHECK_WORDS) && !holdsMostOf(other.kept, blocks))
      ({ kept: blocks, cut: trailing } = other);
  }
  if (deadline.expired) return { ok: false, code: 'too-complex' };
  if (wordCount(blocks) < MIN_BODY_WORDS) return { ok: false, code: 'no-article' };

  const site = withoutTagline(pageMetadata.site ?? parsed.siteName ?? titleSite ?? undefined);
  const claimReview = pageMetadata.claimReview;
  const rawByline = pageMetadata.byline ?? parsed.byline ?? undefined;
  // Readability's byline can be the date line and the byline that the page glued together.
  const gluedByline = rawByline ? dateGluedToByline(normaliseBlockText(rawByline)) : null;
  const metadata: ArticleMetadata = {
    title: pageHeadline ?? headlineOf([pageMetadata.title, parsed.title], site),
    byline: cleanByline(gluedByline?.byline ?? rawByline, { site, claimant: claimReview?.claimant }),
    site,
    date: pageMetadata.date ?? parsed.publishedTime ?? undefined,
    url: pageMetadata.url,
    lang: pageMetadata.lang ?? parsed.lang ?? undefined,
    ...(claimReview ? { claimReview } : {}),
  };

  const builder = new ArticleBuilder();
  notices.forEach((notice) => builder.notice(notice));
  let textBlocks = 0;
  let bodyWords = 0;
  // The name of a byline line found in the body, for a page whose metadata names no author.
  let bodyByline: string | undefined;
  // The date of a date line near the top of the body, for a page whose metadata gives no date.
  let bodyDate: string | undefined;
  // Lists of links that share the article's container (related stories, menus, share bars): hidden, still revealable.
  const linkLists = findLinkLists(blocks);
  blocks.forEach((block, index) => {
    if (linkLists.has(index)) {
      if (block.kind !== 'image') builder.strip(block.text, 'list of links');
      return;
    }
    if (block.kind === 'image') {
      builder.figure(block.text);
      return;
    }
    const nearTop = textBlocks++ < BYLINE_SEARCH_BLOCKS && block.kind === 'paragraph';
    const bylineLine = nearTop || (block.kind === 'paragraph' && bodyWords < BYLINE_SEARCH_WORDS) ? parseByline(block.text) : null;
    if (isBodyBlock(block.kind)) bodyWords += block.text.split(' ').length;
    const repeated = nearTop ? headlineRepeatedWithDate(normaliseBlockText(block.text), metadata.title) : null;
    if (repeated) {
      builder.strip(block.text, 'headline repeated');
      builder.addUnlessBoilerplate('dateline', repeated);
      return;
    }
    const glued = nearTop ? dateGluedToByline(normaliseBlockText(block.text)) : null;
    if (glued) {
      builder.addUnlessBoilerplate('dateline', glued.date);
      builder.addUnlessBoilerplate('byline', glued.byline);
      return;
    }
    if (nearTop && LONE_BYLINE_LABEL.test(normaliseBlockText(block.text))) {
      builder.strip(block.text, 'byline label');
      return;
    }
    // A "By ..." line near the top that Readability left in the body is the byline.
    // So is a line near the top that is just the author's name from the metadata (an author box).
    // And a name near the top that the page set in a byline or author box (a source credit may have taken the metadata's byline).
    const isByline =
      bylineLine !== null ||
      (nearTop &&
        ((metadata.byline !== undefined && fold(block.text) === fold(metadata.byline)) || authorNames.some((name) => fold(name) === fold(block.text))));
    if (bylineLine !== null) bodyByline ??= bylineLine;
    // A date set on its own line (as a heading on some sites), or said to be when the article was published
    // ("Published on 24 June 2020"), is the page's date line, not a subheading or a paragraph.
    const lineDate = block.kind === 'heading' || block.kind === 'paragraph' ? publishedDate(block.text) : null;
    const isDateLine = lineDate !== null;
    if (lineDate !== null && bodyWords < BYLINE_SEARCH_WORDS) bodyDate ??= lineDate;
    builder.addUnlessBoilerplate(isByline ? 'byline' : isDateLine ? 'dateline' : block.kind, block.text, block.links);
  });
  trailing.forEach((item) => builder.strip(item.text, item.reason));
  // The page's metadata names no author or date, but its text does: the reader sees them, so the article has them.
  metadata.byline ??= cleanByline(bodyByline, { site, claimant: claimReview?.claimant });
  const underHeadlineDate = dateLine === undefined ? null : publishedDate(dateLine);
  metadata.date ??= underHeadlineDate ?? gluedByline?.date ?? bodyDate;

  // Readability drops the headline and byline from the body when it recognises them; the reader keeps both.
  const front: { kind: 'heading' | 'byline' | 'standfirst' | 'dateline'; text: string }[] = [];
  const present = (text: string): boolean => builder.blocks.some((block) => fold(block.text).includes(fold(text)));
  const metaTitle = normaliseBlockText(metadata.title ?? '');
  // A headline the publisher declared (og:title, JSON-LD) is set as it is; a page title that the page never shows
  // is its site's name or tagline, not the headline a reader sees above the story.
  const title =
    metaTitle.length === 0 || pageMetadata.title !== undefined || shown.includes(wordsOnly(metaTitle))
      ? metaTitle
      : (shownHeadline(
          [metaTitle, documentTitle],
          shown,
          builder.blocks.slice(0, BYLINE_SEARCH_BLOCKS).map((block) => block.text),
          site,
        ) ?? '');
  // A page headline that differs from the meta title only by a site suffix (" | The Paper") is the same headline.
  const sameHeadline = (text: string): boolean => fold(text) === fold(title) || (fold(text).length >= 12 && fold(title).includes(fold(text)));
  if (title && !builder.blocks.some((block) => block.kind === 'heading' && sameHeadline(block.text))) {
    front.push({ kind: 'heading', text: title });
  }
  const shownDate = dateLine ?? gluedByline?.date;
  if (shownDate && !present(shownDate)) front.push({ kind: 'dateline', text: shownDate });
  if (standfirst && !present(standfirst)) front.push({ kind: 'standfirst', text: standfirst });
  const byline = metadata.byline ? normaliseBlockText(metadata.byline) : '';
  if (byline && !present(byline)) front.push({ kind: 'byline', text: byline });
  if (front.length > 0) {
    const leadingHeading = builder.blocks[0]?.kind === 'heading' && front[0]?.kind !== 'heading';
    // A byline belongs under the page's own headline when the body starts with one.
    builder.insertBlocks(leadingHeading ? 1 : 0, front);
  }
  stripRepeatedCaptions(builder, title);
  stripRepeatedRuns(builder);
  // The page's own heading that the title only extends with its sections ("Headline - Soccer - Sport") is the headline shown.
  // So is it when the page never shows that title whole (no headline was set from it above).
  const extended = title || metaTitle;
  const ownHeading = builder.blocks.find(
    (block) => block.kind === 'heading' && (sameHeadline(block.text) || (fold(block.text).length >= 12 && fold(extended).startsWith(fold(block.text)))),
  );
  const headline =
    ownHeading && ownHeading.text.length < extended.length && fold(extended).startsWith(fold(ownHeading.text)) ? ownHeading.text : metadata.title;
  return builder.build(sourcePath, format, { ...metadata, title: headline });
}
