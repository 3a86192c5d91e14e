import type { Article } from '../../../shared/model/article';
import { readableDate } from '../../../shared/render/readable-date';

/** What the reader prints above the text, without repeating what the blocks already show. */
export interface ArticleHeaderInfo {
  /** The title, when the text does not already open with it as a heading. */
  readonly title?: string;
  readonly meta: readonly string[];
}

function sameWords(a: string, b: string): boolean {
  const fold = (value: string): string => value.replace(/\s+/g, ' ').trim().toLowerCase();
  return fold(a) === fold(b);
}

/**
 * Decides the header: the title unless the first heading block repeats it; byline only when no block is
 * one and it is not the site's name again; the date as people write it.
 */
export function articleHeaderInfo(article: Article): ArticleHeaderInfo {
  const firstHeading = article.blocks.find((block) => block.kind === 'heading');
  const headingText = firstHeading ? article.text.slice(firstHeading.start, firstHeading.end) : undefined;
  const title = article.title && !(headingText && sameWords(headingText, article.title)) ? article.title : undefined;
  const hasBylineBlock = article.blocks.some((block) => block.kind === 'byline');
  const bylineIsSite = article.byline !== undefined && article.site !== undefined && sameWords(article.byline, article.site);
  const meta = [hasBylineBlock || bylineIsSite ? undefined : article.byline, article.site, readableDate(article.date)].filter(
    (value): value is string => typeof value === 'string' && value.trim().length > 0,
  );
  return title ? { title, meta } : { meta };
}
