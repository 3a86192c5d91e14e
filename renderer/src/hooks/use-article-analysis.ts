import { useMemo } from 'react';
import type { Article } from '../../../shared/model/article';
import { analyzeArticle, type ArticleAnalysis } from '../lib/article-analysis';

/** The analysis of the article on screen; recomputed only when another article is opened. */
export function useArticleAnalysis(article: Article | null): ArticleAnalysis | null {
  return useMemo(() => (article ? analyzeArticle(article) : null), [article]);
}
