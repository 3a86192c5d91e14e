import MarkdownIt from 'markdown-it';
import type { Article } from '../../../shared/model/article';
import type { ArticleMetadata } from './article-builder';
import { buildArticleFromBlocks, type LoaderBlock, type NoArticleFound } from './blocks-article';
import { blocksOfHtmlFragment } from './load-html';

/**
 * Raw HTML is left as text (`html: false`), and no typographer: it would turn the author's straight
 * quotes into curly ones, and loaders never re-quote the article's words.
 */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** A document with more blocks than the element cap allows. */
export interface TooComplex {
  readonly ok: false;
  readonly code: 'too-complex';
}

/** A leading YAML-style front-matter block, as static-site tools and note apps write it. */
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

const FRONT_MATTER_KEYS: Readonly<Record<string, Exclude<keyof ArticleMetadata, 'claimReview'>>> = {
  title: 'title',
  headline: 'title',
  author: 'byline',
  authors: 'byline',
  byline: 'byline',
  site: 'site',
  publisher: 'site',
  source: 'site',
  date: 'date',
  published: 'date',
};

/** Splits off front matter and reads the metadata keys we know from it; values may be quoted. */
export function readFrontMatter(text: string): { metadata: ArticleMetadata; block?: string; rest: string } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { metadata: {}, rest: text };
  const metadata: ArticleMetadata = {};
  for (const line of match[1]!.split(/\r?\n/)) {
    const pair = /^([A-Za-z_-]+)\s*:\s*(.+?)\s*$/.exec(line);
    const key = pair ? FRONT_MATTER_KEYS[pair[1]!.toLowerCase()] : undefined;
    if (!pair || !key || metadata[key] !== undefined) continue;
    const value = pair[2]!.replace(/^(["'])(.*)\1$/, '$2').trim();
    if (value.length > 0) metadata[key] = value;
  }
  return { metadata, block: match[0].trim(), rest: text.slice(match[0].length) };
}

const FENCE_LINE = /^ {0,3}(`{3,}|~{3,})/;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;

/**
 * Drops HTML comments outside fenced code. Every Markdown viewer hides them, yet with raw HTML off they
 * would show as text: clipboard converters leave `<!--StartFragment-->` around every pasted article.
 */
export function withoutHtmlComments(text: string): string {
  const pieces: string[] = [];
  let prose: string[] = [];
  let fence: string | undefined;
  const flushProse = (): void => {
    if (prose.length === 0) return;
    pieces.push(prose.join('\n').replace(HTML_COMMENT, ''));
    prose = [];
  };
  for (const line of text.split('\n')) {
    const marker = FENCE_LINE.exec(line)?.[1];
    if (fence === undefined && marker !== undefined) {
      flushProse();
      fence = marker;
      pieces.push(line);
    } else if (fence !== undefined) {
      pieces.push(line);
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
    } else prose.push(line);
  }
  flushProse();
  return pieces.join('\n');
}

/** Builds an article from Markdown: rendered without raw HTML, then read block by block like a page. */
export function buildMarkdownArticle(text: string, sourcePath: string, notices: readonly string[] = []): Article | NoArticleFound | TooComplex {
  const { metadata, block, rest } = readFrontMatter(text);
  const blocks: LoaderBlock[] = [];
  if (block !== undefined) blocks.push({ kind: 'stripped', text: block, reason: 'front matter' });
  const body = blocksOfHtmlFragment(markdown.render(withoutHtmlComments(rest)));
  if (body === null) return { ok: false, code: 'too-complex' };
  blocks.push(...body);
  return buildArticleFromBlocks(blocks, sourcePath, 'markdown', { metadata, notices });
}
