import type { Article } from '../../../shared/model/article';
import { ArticleBuilder, type ArticleMetadata } from './article-builder';
import { matchBoilerplate } from './boilerplate';
import { BYLINE_SEARCH_BLOCKS } from './body-text';
import { splitPlainTextParagraphs } from './text-paragraphs';
import { isAllCapsLine, isDatelineOnly, looksLikeHeadline, parseByline } from './text-structure';

/** A metadata prefix some saved-article tools put first: `date 2025-12-26` or `Date: 2025-12-26T08:00Z`. */
const DATE_PREFIX = /^\s*date:?[ \t]+(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)(?=\s|$)[ \t]*/i;

/** Splits a leading `date YYYY-MM-DD` prefix off the text, returning the date and the rest. */
export function takeDatePrefix(text: string): { date?: string; prefix?: string; rest: string } {
  const match = DATE_PREFIX.exec(text);
  if (!match) return { rest: text };
  return { date: match[1]!, prefix: match[0].trim(), rest: text.slice(match[0].length) };
}

/**
 * Builds an article from decoded plain text: paragraphs from blank lines or hard wrapping, a
 * headline, datelines and bylines recognised, boilerplate stripped and recorded.
 */
export function buildPlainTextArticle(text: string, sourcePath: string, notices: readonly string[] = []): Article {
  const builder = new ArticleBuilder();
  notices.forEach((notice) => builder.notice(notice));
  const metadata: ArticleMetadata = {};

  const { date, prefix, rest } = takeDatePrefix(text);
  if (date !== undefined && prefix !== undefined) {
    metadata.date = date;
    builder.strip(prefix, 'date metadata');
  }

  const paragraphs = splitPlainTextParagraphs(rest);
  const capsHeadings = paragraphs.filter(isAllCapsLine).length <= paragraphs.length * 0.5;
  paragraphs.forEach((paragraph, index) => {
    const furniture = matchBoilerplate(paragraph);
    if (furniture) {
      builder.addUnlessBoilerplate('paragraph', paragraph);
      return;
    }
    if (isDatelineOnly(paragraph)) {
      builder.addBlock('dateline', paragraph);
      return;
    }
    const byline = builder.blockCount < BYLINE_SEARCH_BLOCKS && metadata.byline === undefined ? parseByline(paragraph) : null;
    if (byline !== null) {
      metadata.byline = byline;
      builder.addBlock('byline', paragraph);
      return;
    }
    const isFirst = builder.blockCount === 0;
    const moreFollow = index < paragraphs.length - 1;
    if ((capsHeadings && isAllCapsLine(paragraph)) || (isFirst && moreFollow && looksLikeHeadline(paragraph))) {
      if (isFirst) metadata.title = paragraph;
      builder.addBlock('heading', paragraph);
      return;
    }
    builder.addBlock('paragraph', paragraph);
  });
  return builder.build(sourcePath, 'txt', metadata);
}
