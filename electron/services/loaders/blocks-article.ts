import type { Article, ArticleFormat, BlockKind, BlockLink } from '../../../shared/model/article';
import { ArticleBuilder, type ArticleMetadata } from './article-builder';
import { normaliseBlockText } from './block-text';
import { BYLINE_SEARCH_BLOCKS, isBodyBlock, MIN_BODY_WORDS } from './body-text';
import { isDatelineOnly, looksLikeHeadline, parseByline } from './text-structure';

/** A block a structured loader found, or text it removed as page furniture (running headers, page numbers). */
export type LoaderBlock =
  | { readonly kind: BlockKind; readonly text: string; readonly links?: readonly BlockLink[] }
  | { readonly kind: 'stripped'; readonly text: string; readonly reason: string }
  /** An image, shown as a placeholder; `text` is its alternative text. */
  | { readonly kind: 'image'; readonly text: string };

/** What a structured loader knows besides the blocks. */
export interface BlockArticleOptions {
  /** Metadata the file states outright (front matter); it wins over what the text suggests. */
  readonly metadata?: ArticleMetadata;
  /** Metadata used only where the text gives none (document properties, which are often stale). */
  readonly fallback?: ArticleMetadata;
  readonly notices?: readonly string[];
}

/** Why a structured file gave no article. */
export interface NoArticleFound {
  readonly ok: false;
  readonly code: 'no-article';
}

function bodyWords(article: Article): number {
  return article.blocks
    .filter((block) => isBodyBlock(block.kind))
    .reduce((count, block) => count + article.text.slice(block.start, block.end).split(' ').length, 0);
}

/**
 * Turns the blocks of a Markdown, Word or PDF article into an `Article`: a leading short line is
 * the headline when nothing was marked as one, "By ..." near the top is the byline, a lone
 * dateline is a dateline, and boilerplate is stripped and recorded rather than dropped.
 */
export function buildArticleFromBlocks(
  blocks: readonly LoaderBlock[],
  sourcePath: string,
  format: ArticleFormat,
  options: BlockArticleOptions = {},
): Article | NoArticleFound {
  const builder = new ArticleBuilder();
  (options.notices ?? []).forEach((notice) => builder.notice(notice));
  const metadata: ArticleMetadata = { ...options.metadata };
  const content = blocks.filter((block) => block.kind !== 'stripped' && block.kind !== 'image' && normaliseBlockText(block.text).length > 0);
  const hasHeading = content.some((block) => block.kind === 'heading');
  let seen = 0;

  for (const block of blocks) {
    if (block.kind === 'image') {
      builder.figure(block.text);
      continue;
    }
    const text = normaliseBlockText(block.text);
    if (text.length === 0) continue;
    if (block.kind === 'stripped') {
      builder.strip(text, block.reason);
      continue;
    }
    const position = seen++;
    let kind: BlockKind = block.kind;
    if (kind === 'paragraph') {
      const byline = position < BYLINE_SEARCH_BLOCKS ? parseByline(text) : null;
      if (byline !== null) {
        kind = 'byline';
        metadata.byline ??= byline;
      } else if (isDatelineOnly(text)) kind = 'dateline';
      else if (position === 0 && !hasHeading && content.length > 1 && looksLikeHeadline(text)) kind = 'heading';
    }
    if (kind === 'heading' && metadata.title === undefined && builder.blockCount === 0) metadata.title = text;
    builder.addUnlessBoilerplate(kind, block.text, 'links' in block ? block.links : undefined);
  }
  if (metadata.title === undefined) {
    const firstHeading = builder.blocks.find((block) => block.kind === 'heading');
    if (firstHeading) metadata.title = firstHeading.text;
  }
  // A headline the file states outright (front matter) is read and analysed like a web page's headline:
  // it opens the text unless a heading there already says it.
  const stated = normaliseBlockText(options.metadata?.title ?? '');
  const sameWords = (text: string): boolean => text.toLowerCase() === stated.toLowerCase();
  if (stated && !builder.blocks.some((block) => block.kind === 'heading' && sameWords(block.text))) {
    builder.insertBlocks(0, [{ kind: 'heading', text: stated }]);
  }
  const fallback = options.fallback ?? {};
  const article = builder.build(sourcePath, format, {
    title: metadata.title ?? fallback.title,
    byline: metadata.byline ?? fallback.byline,
    site: metadata.site ?? fallback.site,
    date: metadata.date ?? fallback.date,
  });
  if (!builder.hasBody() || bodyWords(article) < MIN_BODY_WORDS) return { ok: false, code: 'no-article' };
  return article;
}
