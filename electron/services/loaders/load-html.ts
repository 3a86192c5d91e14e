import { Readability } from '@mozilla/readability';
import createDOMPurify, { type DOMPurify } from 'dompurify';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { Article } from '../../../shared/model/article';
import { ArticleBuilder, type ArticleMetadata } from './article-builder';
import { normaliseBlockText } from './block-text';
import { collectHtmlBlocks, type HtmlBlock } from './html-blocks';
import { readHtmlMetadata } from './html-metadata';
import { parseByline } from './text-structure';

/** Fewer words of running text than this and the page has no article to read. */
const MIN_BODY_WORDS = 15;
/** Only the top of an article carries its byline. */
const BYLINE_SEARCH_BLOCKS = 4;

/** A failure particular to HTML: the page parsed but held no article body. */
export interface NoArticle {
  readonly ok: false;
  readonly code: 'no-article';
}

/**
 * Parses HTML in a jsdom that runs no scripts and loads no resources (the defaults, kept on
 * purpose), and swallows the page's console noise such as unparseable stylesheets.
 */
function inertDom(html: string): JSDOM {
  return new JSDOM(html, { virtualConsole: new VirtualConsole() });
}

let purifier: DOMPurify | null = null;

/** A DOMPurify bound to its own blank window, so the hostile page's window is never used to sanitise. */
function getPurifier(): DOMPurify {
  if (!purifier) purifier = createDOMPurify(inertDom('<!doctype html><html><body></body></html>').window);
  return purifier;
}

function fold(text: string): string {
  return normaliseBlockText(text).toLowerCase().replace(/[“”„«»"]/g, '"').replace(/[‘’']/g, "'");
}

function wordCount(blocks: readonly HtmlBlock[]): number {
  return blocks
    .filter((block) => block.kind === 'paragraph' || block.kind === 'blockquote' || block.kind === 'list-item')
    .reduce((count, block) => count + block.text.split(' ').length, 0);
}

/** Extracts the article from an HTML page: body blocks via Readability, metadata from meta tags and JSON-LD. */
export function buildHtmlArticle(html: string, sourcePath: string, notices: readonly string[] = []): Article | NoArticle {
  const { document } = inertDom(html).window;
  const pageMetadata = readHtmlMetadata(document);

  let parsed: ReturnType<Readability['parse']>;
  try {
    // Readability rewrites the document it is given; metadata was read above, before that.
    parsed = new Readability(document).parse();
  } catch {
    parsed = null;
  }
  if (!parsed?.content) return { ok: false, code: 'no-article' };

  const body = getPurifier().sanitize(parsed.content, {
    RETURN_DOM: true,
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed', 'svg', 'math'],
  });
  const blocks = collectHtmlBlocks(body);
  if (wordCount(blocks) < MIN_BODY_WORDS) return { ok: false, code: 'no-article' };

  const metadata: ArticleMetadata = {
    title: pageMetadata.title ?? parsed.title ?? undefined,
    byline: pageMetadata.byline ?? parsed.byline ?? undefined,
    site: pageMetadata.site ?? parsed.siteName ?? undefined,
    date: pageMetadata.date ?? parsed.publishedTime ?? undefined,
  };

  const builder = new ArticleBuilder();
  notices.forEach((notice) => builder.notice(notice));
  blocks.forEach((block, index) => {
    // A "By ..." line near the top that Readability left in the body is the byline.
    const isByline = index < BYLINE_SEARCH_BLOCKS && block.kind === 'paragraph' && parseByline(block.text) !== null;
    builder.addUnlessBoilerplate(isByline ? 'byline' : block.kind, block.text);
  });

  // Readability drops the headline and byline from the body when it recognises them; the reader keeps both.
  const front: { kind: 'heading' | 'byline'; text: string }[] = [];
  const present = (text: string): boolean => builder.blocks.some((block) => fold(block.text).includes(fold(text)));
  const title = metadata.title ? normaliseBlockText(metadata.title) : '';
  if (title && !builder.blocks.some((block) => block.kind === 'heading' && fold(block.text) === fold(title))) {
    front.push({ kind: 'heading', text: title });
  }
  const byline = metadata.byline ? normaliseBlockText(metadata.byline) : '';
  if (byline && !present(byline)) front.push({ kind: 'byline', text: byline });
  if (front.length > 0) {
    const leadingHeading = builder.blocks[0]?.kind === 'heading' && front[0]?.kind === 'byline';
    // A byline belongs under the page's own headline when the body starts with one.
    builder.insertBlocks(leadingHeading ? 1 : 0, front);
  }
  return builder.build(sourcePath, 'html', metadata);
}

