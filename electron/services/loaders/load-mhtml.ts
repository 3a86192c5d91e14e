import type { Article } from '../../../shared/model/article';
import { decodeArticleBytes } from './decode-text';
import { declaredHtmlCharset } from './html-metadata';
import { buildHtmlArticle, type NoArticle } from './load-html';
import { extractMhtmlPage } from './mhtml';

/** Why a saved single-file page could not be read. */
export interface MhtmlFailure {
  readonly ok: false;
  readonly code: 'corrupt' | 'binary' | 'bad-encoding';
}

/**
 * Builds an article from an MHTML file ("Save as single file"): its HTML part is decoded and read
 * like any saved page; images, styles and frames stored beside it are ignored, nothing is fetched.
 */
export function buildMhtmlArticle(bytes: Uint8Array, sourcePath: string): Article | MhtmlFailure | NoArticle {
  const page = extractMhtmlPage(bytes);
  if (!page) return { ok: false, code: 'corrupt' };
  const decoded = decodeArticleBytes(page.html, { declaredCharset: page.charset ?? declaredHtmlCharset(page.html) });
  if (!decoded.ok) return { ok: false, code: decoded.code };
  return buildHtmlArticle(decoded.text, sourcePath, decoded.notices, undefined, 'mhtml');
}
