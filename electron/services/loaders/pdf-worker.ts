import { parentPort, workerData } from 'node:worker_threads';
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api';
import type { PdfPageText, PdfTextRun } from './pdf-paragraphs';

/** Marks the data a PDF worker is started with, so that importing this file anywhere else does nothing. */
export const PDF_WORKER_TAG = 'sourcelight-pdf-extraction';

/** What the loader hands the worker: the file's bytes. */
export interface PdfWorkerInput {
  readonly tag: typeof PDF_WORKER_TAG;
  readonly bytes: Uint8Array;
}

/** A PDF's text layer and document info, or why pdfjs could not open it. */
export type PdfExtraction =
  | { readonly ok: true; readonly pages: readonly PdfPageText[]; readonly title: string | undefined; readonly author: string | undefined }
  | { readonly ok: false; readonly code: 'corrupt' | 'password-protected' };

function isTextItem(item: TextItem | TextMarkedContent): item is TextItem {
  return 'str' in item;
}

function infoText(info: Record<string, unknown>, key: string): string | undefined {
  const value = info[key];
  return typeof value === 'string' && value.trim().length > 0 ? value.trim() : undefined;
}

/**
 * Reads a PDF's text layer with pdfjs (no rendering, no scripts, no fonts loaded, nothing
 * fetched). It must run in a worker thread: pdfjs installs polyfills (a slower
 * `Array.prototype.push` among them) in whichever isolate imports it.
 */
export async function extractPdfText(bytes: Uint8Array): Promise<PdfExtraction> {
  // pdfjs needs a DOMMatrix as it loads; in Node it borrows one from its optional native canvas, which
  // the installers leave out (it draws pages; we only read text), so a plain-JavaScript one goes first.
  if (typeof globalThis.DOMMatrix === 'undefined') Object.assign(globalThis, { DOMMatrix: (await import('@thednp/dommatrix')).default });
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
    return { ok: true, pages, title: infoText(info, 'Title'), author: infoText(info, 'Author') };
  } catch {
    return { ok: false, code: 'corrupt' };
  } finally {
    await document.destroy();
  }
}

function isWorkerInput(data: unknown): data is PdfWorkerInput {
  return typeof data === 'object' && data !== null && (data as { tag?: unknown }).tag === PDF_WORKER_TAG;
}

const port = parentPort;
if (port && isWorkerInput(workerData)) {
  const input: PdfWorkerInput = workerData;
  const failed: PdfExtraction = { ok: false, code: 'corrupt' };
  void extractPdfText(input.bytes).then(
    (result) => port.postMessage(result),
    () => port.postMessage(failed),
  );
}
