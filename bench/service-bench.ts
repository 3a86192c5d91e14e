import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze } from '../shared/engine/analyze';
import { renderHtmlExport } from '../shared/export/html-export';
import { LAYER_IDS } from '../shared/model/layers';
import type { Article } from '../shared/model/article';
import { exportArticle } from '../electron/services/export-article';
import { loadArticleFile } from '../electron/services/load-article';
import { ARTICLE_EXTENSIONS } from '../shared/model/article-files';
import type { BenchFile } from './bench-files';
import { writeTextPdf } from './bench-files';

/** Median of already collected samples. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median wall time of an async task after one warm-up run. */
export async function medianAsyncMs(runs: number, task: () => Promise<unknown>): Promise<number> {
  await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Time of the HTML export of one article, whole and split into its analysis and its rendering. */
export interface ExportFigure {
  readonly bytes: number;
  /** The export service end to end: analysis, rendering and the atomic write. */
  readonly serviceMs: number;
  readonly analysisMs: number;
  readonly renderMs: number;
  readonly outputBytes: number;
}

/** Opens an article file with the app's loader; the bench cannot go on without it. */
export async function loadOrThrow(path: string): Promise<Article> {
  const result = await loadArticleFile(path);
  if (!result.ok) throw new Error(`the loader refused ${path}: ${result.error.message}`);
  return result.article;
}

/** Measures the export service on an article file, writing into `directory`. */
export async function measureExport(file: BenchFile, directory: string, runs = 5): Promise<ExportFigure> {
  const article = await loadOrThrow(file.path);
  const destination = join(directory, 'export.html');
  const options = { visibleLayers: LAYER_IDS, overwrite: true, exportedAt: new Date(0) };
  const serviceMs = await medianAsyncMs(runs, async () => {
    const result = await exportArticle(article, destination, options);
    if (result.status !== 'written') throw new Error(`the export failed: ${result.status === 'failed' ? result.message : result.status}`);
  });
  const findings = analyze(article.text);
  const stamp = { exportedAt: new Date(0).toISOString(), version: 'bench', visibleLayers: LAYER_IDS };
  const analysisMs = await medianAsyncMs(runs, async () => analyze(article.text));
  const renderMs = await medianAsyncMs(runs, async () => renderHtmlExport(article, findings, stamp));
  const outputBytes = Buffer.byteLength(renderHtmlExport(article, findings, stamp));
  return { bytes: file.bytes, serviceMs, analysisMs, renderMs, outputBytes };
}

/** Time to load and extract one file, or why it could not be measured. */
export type LoaderFigure =
  | { readonly label: string; readonly bytes: number; readonly ms: number; readonly extractedChars: number; readonly blocks: number }
  | { readonly label: string; readonly unavailable: string };

/** Measures the loader on a file already written. */
export async function measureLoader(file: BenchFile, runs = 3): Promise<LoaderFigure> {
  const article = await loadOrThrow(file.path);
  const ms = await medianAsyncMs(runs, () => loadOrThrow(file.path));
  return { label: file.label, bytes: file.bytes, ms, extractedChars: article.text.length, blocks: article.blocks.length };
}

/** Whether the app has a PDF loader yet (another issue adds it); the extension list is what the loader dispatch honours. */
export function hasPdfLoader(): boolean {
  return (ARTICLE_EXTENSIONS as readonly string[]).includes('pdf');
}

/** Measures the PDF loader on a generated 100-page PDF, or says it does not exist yet. */
export async function measurePdfLoader(directory: string, pages = 100, runs = 3): Promise<LoaderFigure> {
  const label = `${pages}-page PDF`;
  if (!hasPdfLoader()) return { label, unavailable: 'n/a (no PDF loader yet)' };
  return measureLoader(writeTextPdf(directory, pages), runs);
}
