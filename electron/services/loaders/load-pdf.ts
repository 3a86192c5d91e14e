import type { Worker } from 'node:worker_threads';
import type { Article } from '../../../shared/model/article';
import { buildArticleFromBlocks, type NoArticleFound } from './blocks-article';
import { pdfBlocks } from './pdf-paragraphs';
import { startWorker } from './worker-entry';
// Types only: a value import would make the bundled main load the worker's chunk too.
import type { PdfExtraction, PdfWorkerInput } from './pdf-worker';

/** Why a PDF could not be read. */
export interface PdfFailure {
  readonly ok: false;
  readonly code: 'corrupt' | 'password-protected' | 'too-complex' | 'too-demanding';
}

/** How long pdfjs may spend on one file before its worker is stopped and the file called too complex. */
export const PDF_TIME_BUDGET_MS = 15_000;

/** A PDF ends with `%%EOF` (give or take trailing bytes); a file cut off while downloading does not. */
const EOF_SEARCH_BYTES = 2048;

function startsLikePdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-');
}

function endsLikePdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(Math.max(0, bytes.length - EOF_SEARCH_BYTES)))
    .toString('latin1')
    .includes('%%EOF');
}

/** The site in a browser-printed title ("Headline | Site"), which Chromium copies from the page's `<title>`. */
function siteFromTitle(title: string | undefined, headline: string | undefined): string | undefined {
  if (!title || !headline) return undefined;
  const match = /^(.*\S)\s+[|–—-]\s+([^|–—]{2,60})$/.exec(title.trim());
  return match && match[1] === headline ? match[2]!.trim() : undefined;
}

/** Heap the PDF worker may use: text extraction of an article-sized PDF needs far less. */
export const PDF_MEMORY_MB = 512;

function startPdfWorker(input: PdfWorkerInput): Worker {
  return startWorker('pdf-worker', input, { maxOldGenerationSizeMb: PDF_MEMORY_MB, maxYoungGenerationSizeMb: 48 });
}

/**
 * Runs pdfjs in a worker thread: its polyfills stay in that isolate instead of slowing this
 * process down, and a file that keeps it busy past the budget is stopped.
 */
function extractInWorker(bytes: Uint8Array, budgetMs: number): Promise<PdfExtraction | PdfFailure> {
  return new Promise((resolveExtraction) => {
    const worker = startPdfWorker({ tag: 'sourcelight-pdf-extraction', bytes });
    let settled = false;
    const settle = (result: PdfExtraction | PdfFailure): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolveExtraction(result);
    };
    const timer = setTimeout(() => settle({ ok: false, code: 'too-complex' }), budgetMs);
    worker.once('message', (message: PdfExtraction) => settle(message));
    // A worker that dies without answering (pdfjs crashed or ran out of memory on this file).
    worker.once('error', (error: Error & { code?: string }) =>
      settle({ ok: false, code: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'too-demanding' : 'corrupt' }),
    );
    worker.once('exit', () => settle({ ok: false, code: 'corrupt' }));
  });
}

/** Options for tests: a shorter time budget. */
export interface PdfLoadOptions {
  readonly budgetMs?: number;
}

/**
 * Builds an article from a PDF's text layer, read by pdfjs in a worker thread: paragraphs
 * rebuilt, running headers, footers and page numbers dropped.
 */
export async function buildPdfArticle(bytes: Uint8Array, sourcePath: string, options: PdfLoadOptions = {}): Promise<Article | PdfFailure | NoArticleFound> {
  if (!startsLikePdf(bytes) || !endsLikePdf(bytes)) return { ok: false, code: 'corrupt' };
  const extraction = await extractInWorker(bytes, options.budgetMs ?? PDF_TIME_BUDGET_MS);
  if (!extraction.ok) return extraction;
  try {
    const blocks = pdfBlocks(extraction.pages);
    const headline = blocks.find((block) => block.kind === 'heading')?.text;
    const site = siteFromTitle(extraction.title, headline);
    return buildArticleFromBlocks(blocks, sourcePath, 'pdf', { fallback: { title: extraction.title, byline: extraction.author, site } });
  } catch {
    return { ok: false, code: 'corrupt' };
  }
}
