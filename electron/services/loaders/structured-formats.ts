import type { Article } from '../../../shared/model/article';
import type { LoadErrorCode } from '../../../shared/model/load-result';
import { decodeArticleBytes } from './decode-text';
import { buildDocxArticle } from './load-docx';
import type { SupportedExtension } from './load-errors';
import { buildMarkdownArticle } from './load-markdown';
import { buildMhtmlArticle } from './load-mhtml';
import { buildPdfArticle } from './load-pdf';

/** What a file of each structured type is called in messages about a damaged file. */
export const FORMAT_NAMES: Readonly<Partial<Record<SupportedExtension, string>>> = {
  docx: 'Word document',
  pdf: 'PDF',
  mhtml: 'saved web page',
  mht: 'saved web page',
};

/** An article, or the code of the failure to tell the reader. */
export type StructuredResult = Article | { readonly ok: false; readonly code: LoadErrorCode };

/**
 * Opens the formats beyond plain text and HTML (Markdown, Word, PDF, MHTML); null for the
 * extensions the text and HTML loaders handle.
 */
export async function buildStructuredArticle(extension: SupportedExtension, bytes: Uint8Array, path: string): Promise<StructuredResult | null> {
  switch (extension) {
    case 'md':
    case 'markdown': {
      const decoded = decodeArticleBytes(bytes);
      if (!decoded.ok) return { ok: false, code: decoded.code };
      if (decoded.text.trim().length === 0) return { ok: false, code: 'empty' };
      return buildMarkdownArticle(decoded.text, path, decoded.notices);
    }
    case 'docx':
      return buildDocxArticle(bytes, path);
    case 'pdf':
      return buildPdfArticle(bytes, path);
    case 'mhtml':
    case 'mht':
      return buildMhtmlArticle(bytes, path);
    default:
      return null;
  }
}
