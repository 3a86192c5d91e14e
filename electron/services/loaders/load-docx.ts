import mammoth from 'mammoth';
import type { Article } from '../../../shared/model/article';
import type { ArticleMetadata } from './article-builder';
import { buildArticleFromBlocks, type NoArticleFound } from './blocks-article';
import { blocksOfHtmlFragment } from './load-html';
import { buildStoredZip, inspectZip, looksLikeZip, verifiedZipContents } from './zip-archive';

/** Why a Word file could not be read. */
export interface DocxFailure {
  readonly ok: false;
  readonly code: 'corrupt' | 'unsafe-archive' | 'password-protected' | 'no-article' | 'too-complex';
}

/** Word saves a password-protected document as an OLE compound file, not a zip archive. */
const COMPOUND_FILE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Word styles that carry structure beyond mammoth's default headings and lists. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Caption'] => figcaption:fresh",
  // Documents written by tools that use a style id without defining its name.
  'p.Title => h1:fresh',
  'p.Subtitle => h2:fresh',
  'p.Quote => blockquote > p:fresh',
  'p.IntenseQuote => blockquote > p:fresh',
  'p.Caption => figcaption:fresh',
];

function isCompoundFile(bytes: Uint8Array): boolean {
  return COMPOUND_FILE_SIGNATURE.every((byte, index) => bytes[index] === byte);
}

/** An encrypted Word document's compound file holds a stream named `EncryptedPackage` (UTF-16 in its directory). */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

function isEncryptedPackage(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED_PACKAGE);
}

/** A character reference's character; one out of Unicode's range (or a control) is dropped, not fatal. */
function characterOrNothing(code: number): string {
  if (!Number.isInteger(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '';
  if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return '';
  return String.fromCodePoint(code);
}

function decodeXmlText(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => characterOrNothing(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => characterOrNothing(parseInt(code, 16)))
    .replace(/&amp;/g, '&');
}

/** Title and author from the document properties (`docProps/core.xml`), already inflated within its declared size. */
function readCoreProperties(core: Buffer | undefined): ArticleMetadata {
  const xml = core?.toString('utf8');
  if (!xml) return {};
  const field = (tag: string): string | undefined => {
    const match = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
    const value = match ? decodeXmlText(match[1]!).trim() : '';
    return value.length > 0 ? value : undefined;
  };
  return { title: field('dc:title'), byline: field('dc:creator') };
}

/**
 * Builds an article from a Word document. The archive's declared sizes, ratios and entry count are
 * checked, and every entry inflated within its declared size, before mammoth opens it.
 */
export async function buildDocxArticle(bytes: Uint8Array, sourcePath: string): Promise<Article | DocxFailure | NoArticleFound> {
  // A compound file without an encrypted package is an old binary .doc given the new extension.
  if (isCompoundFile(bytes)) return { ok: false, code: isEncryptedPackage(bytes) ? 'password-protected' : 'corrupt' };
  if (!looksLikeZip(bytes)) return { ok: false, code: 'corrupt' };
  const inspection = inspectZip(bytes);
  if (!inspection.ok) return { ok: false, code: inspection.problem };
  const contents = verifiedZipContents(bytes, inspection.entries);
  if (typeof contents === 'string') return { ok: false, code: contents };
  if (!contents.has('word/document.xml')) return { ok: false, code: 'corrupt' };

  const properties = readCoreProperties(contents.get('docProps/core.xml'));
  // mammoth opens an archive rebuilt from the verified entries only, never the original bytes.
  const rebuilt = buildStoredZip(contents);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: rebuilt },
      {
        styleMap: STYLE_MAP,
        externalFileAccess: false,
        // Pictures are not shown; skipping them also spares decoding their data.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    html = result.value;
  } catch {
    return { ok: false, code: 'corrupt' };
  }
  // The properties name whoever created the file, so a headline and a "By ..." line in the text win over them.
  const blocks = blocksOfHtmlFragment(html);
  if (blocks === null) return { ok: false, code: 'too-complex' };
  return buildArticleFromBlocks(blocks, sourcePath, 'docx', { fallback: properties });
}
