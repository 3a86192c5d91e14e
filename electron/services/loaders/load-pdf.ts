import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api';
import type { Article } from '../../../shared/model/article';
import { buildArticleFromBlocks, type NoArticleFound } from './blocks-article';
import { pdfBlocks, type PdfPageText, type PdfTextRun } from './pdf-paragraphs';

/** Why a PDF could not be read. */
export interface PdfFailure {
  readonly ok: false;
  readonly code: 'corrupt' | 'password-protected';
}

/** A PDF ends with `%%EOF` (give or take trailing bytes); a file cut off while downloading does not. */
const EOF_SEARCH_BYTES = 2048;

function startsLikePdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-');
}

function endsLikePdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(Math.max(0, bytes.length - EOF_SEARCH_BYTES))).toString('latin1').includes('%%EOF');
}

function isTextItem(item: TextItem | TextMarkedContent): item is TextItem {
  return 'str' in item;
}

/** The site in a browser-printed title ("Headline | Site"), which Chromium copies from the page's `<title>`. */
function siteFromTitle(title: string | undefined, headline: string | undefined): string | undefined {
  if (!title || !headline) return undefined;
  const match = /^(.*\S)\s+[|–—-]\s+([^|–—]{2,60})$/.exec(title.trim());
  return match && match[1] === headline ? match[2]!.trim() : undefined;
}

/**
 * Builds an article from a PDF's text layer with pdfjs (no rendering, no scripts, no fonts
 * loaded, nothing fetched): paragraphs rebuilt, running headers, footers and page numbers dropped.
 */
export async function buildPdfArticle(bytes: Uint8Array, sourcePath: string): Promise<Article | PdfFailure | NoArticleFound> {
  if (!startsLikePdf(bytes) || !endsLikePdf(bytes)) return { ok: false, code: 'corrupt' };
  // Loaded on first use: the library is large and most articles are not PDFs.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    // pdfjs takes ownership of (detaches) the buffer it is given, so it gets a copy.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : '';
    return { ok: false, code: name === 'PasswordException' ? 'password-protected' : 'corrupt' };
  }
  try {
    const pages: PdfPageText[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs: PdfTextRun[] = content.items.filter(isTextItem).map((item) => ({
        text: item.str,
        x: item.transform[4] ?? 0,
        y: item.transform[5] ?? 0,
        width: item.width,
        size: Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) || item.height,
      }));
      pages.push({ height: viewport.height, runs });
      page.cleanup();
    }
    const info = ((await document.getMetadata().catch(() => null))?.info ?? {}) as Record<string, unknown>;
    const title = typeof info['Title'] === 'string' && info['Title'].trim().length > 0 ? info['Title'].trim() : undefined;
    const author = typeof info['Author'] === 'string' && info['Author'].trim().length > 0 ? info['Author'].trim() : undefined;
    const blocks = pdfBlocks(pages);
    const headline = blocks.find((block) => block.kind === 'heading')?.text;
    const site = siteFromTitle(title, headline);
    return buildArticleFromBlocks(blocks, sourcePath, 'pdf', { fallback: { title, byline: author, site } });
  } catch {
    return { ok: false, code: 'corrupt' };
  } finally {
    await document.destroy();
  }
}
