import type { LoadResult } from '../../shared/model/load-result';
import { decodeArticleBytes } from './loaders/decode-text';
import { declaredHtmlCharset } from './loaders/html-metadata';
import { MAX_ARTICLE_CHARS } from './loaders/extraction-limits';
import { buildHtmlArticle } from './loaders/load-html';
import { loadError } from './loaders/load-errors';
import { buildPlainTextArticle } from './loaders/load-txt';
import { readArticleBytes } from './loaders/read-article-bytes';
import { buildStructuredArticle, FORMAT_NAMES } from './loaders/structured-formats';

/**
 * Opens an article file read-only and turns it into an `Article`; every failure comes back as a
 * `LoadError` with one sentence for the reader, never as an exception.
 */
export async function loadArticleFile(path: string): Promise<LoadResult> {
  const read = await readArticleBytes(path);
  if (!read.ok) return read;
  const { bytes, extension, fileName } = read;
  try {
    const structured = await buildStructuredArticle(extension, bytes, path);
    if (structured !== null) {
      if ('code' in structured) return { ok: false, error: loadError(structured.code, fileName, { kind: FORMAT_NAMES[extension] }) };
      if (structured.text.length > MAX_ARTICLE_CHARS) {
        return { ok: false, error: loadError('too-large', fileName, { characters: structured.text.length }) };
      }
      return { ok: true, article: structured };
    }
    const isHtml = extension === 'html' || extension === 'htm';
    const decoded = decodeArticleBytes(bytes, isHtml ? { declaredCharset: declaredHtmlCharset(bytes) } : {});
    if (!decoded.ok) return { ok: false, error: loadError(decoded.code, fileName) };
    if (decoded.text.trim().length === 0) return { ok: false, error: loadError('empty', fileName) };
    // Plain text is the article text, so an over-long file is refused before it is split into blocks.
    if (!isHtml && decoded.text.length > MAX_ARTICLE_CHARS) {
      return { ok: false, error: loadError('too-large', fileName, { characters: decoded.text.length }) };
    }

    if (isHtml) {
      const article = buildHtmlArticle(decoded.text, path, decoded.notices);
      if ('code' in article) return { ok: false, error: loadError(article.code, fileName) };
      if (article.text.length > MAX_ARTICLE_CHARS) {
        return { ok: false, error: loadError('too-large', fileName, { characters: article.text.length }) };
      }
      return { ok: true, article };
    }
    const article = buildPlainTextArticle(decoded.text, path, decoded.notices);
    // Only furniture (a banner, share prompts) and no article words.
    if (article.text.length === 0) return { ok: false, error: loadError('no-article', fileName) };
    return { ok: true, article };
  } catch {
    // A parser failing on a malformed file must not crash the reader.
    return { ok: false, error: loadError('corrupt', fileName) };
  }
}
