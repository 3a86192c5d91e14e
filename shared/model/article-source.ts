import { describeArticle, type ArticleMeta } from '../engine/article-meta';
import type { Article } from './article';

/** Where an article came from, when known: what exports print and annotations target. */
export interface ArticleSourceInfo {
  /** The article's address on the web (http or https only). */
  readonly url?: string;
  /** The registered outlet that published the article, when the registry knows it. */
  readonly publisher?: NonNullable<ArticleMeta['publisher']>;
  readonly siteName?: string;
}

/**
 * The article's source URL, publisher and site name where its metadata has them: the one place exports,
 * annotations and corrections read them, from the same description the command line prints as `meta`.
 */
export function articleSourceInfo(article: Article): ArticleSourceInfo {
  const meta = describeArticle(article);
  return {
    ...(meta.url ? { url: meta.url } : {}),
    ...(meta.publisher ? { publisher: meta.publisher } : {}),
    ...(meta.siteName ? { siteName: meta.siteName } : {}),
  };
}
