import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import type { ExportFormat, ExportResult } from '../../shared/model/export-format';
import type { Article } from '../../shared/model/article';
import type { Typology } from '../../shared/model/finding';
import type { LayerId } from '../../shared/model/layers';
import { analysisLanguage, analyze } from '../../shared/engine/analyze';
import type { LanguageChoice } from '../../shared/engine/lang/detect-language';
import { renderFindingsCsv } from '../../shared/export/csv-export';
import { renderHtmlExport } from '../../shared/export/html-export';
import { renderWebAnnotationJson } from '../../shared/export/web-annotation';
import { applyCorrections, type Correction } from '../../shared/model/correction';
import { APP_VERSION } from './app-version';
import { AtomicWriteError, writeFileAtomic } from './atomic-write';
import { outputPathProblem } from './output-path';

/** Options for writing an export. */
export interface ExportArticleOptions {
  readonly visibleLayers: readonly LayerId[];
  /** Which file to write; HTML unless told. */
  readonly format?: ExportFormat;
  /** State Media Monitor typologies highlighted, as the reader had them; the engine's default otherwise. */
  readonly typologies?: readonly Typology[];
  /** The language pack to analyse with, as the reader chose it; detected from the text when absent or `auto`. */
  readonly language?: LanguageChoice;
  /** Replace an existing file at the destination (the app asks first; the CLI needs --force). */
  readonly overwrite: boolean;
  /** Other files read in the same run (a batch), which an export must never replace. */
  readonly otherInputs?: readonly string[];
  /** When the export is made; defaults to now. Tests fix it to compare outputs byte for byte. */
  readonly exportedAt?: Date;
  /** The reader's corrections of this article: findings marked wrong are left out (and listed), added ones put in. */
  readonly corrections?: readonly Correction[];
}

/** Analyses the article and renders the requested export as text; the app and the CLI share it. */
export function renderArticleExport(article: Article, options: Omit<ExportArticleOptions, 'overwrite'>): string {
  const language = analysisLanguage(article.text, { language: options.language ?? 'auto', ...(article.lang ? { declaredLanguage: article.lang } : {}) });
  const found = analyze(article.text, {
    language,
    ...(options.typologies ? { typologies: options.typologies } : {}),
    ...(article.outletAdditions ? { extraOutlets: article.outletAdditions } : {}),
  });
  const corrected = applyCorrections(article.text, found, options.corrections ?? []);
  const findings = corrected.findings;
  const stamp = { exportedAt: (options.exportedAt ?? new Date()).toISOString(), version: APP_VERSION };
  switch (options.format ?? 'html') {
    case 'jsonld':
      return renderWebAnnotationJson(article, findings, stamp);
    case 'csv':
      return renderFindingsCsv(findings);
    case 'html':
      return renderHtmlExport(article, findings, {
        ...stamp,
        visibleLayers: options.visibleLayers,
        language,
        ...(corrected.markedWrong + corrected.added > 0 ? { corrections: corrected } : {}),
      });
  }
}

/** Renders the requested export and writes it atomically, never over the article itself. */
export async function exportArticle(article: Article, destination: string, options: ExportArticleOptions): Promise<ExportResult> {
  const target = resolve(destination);
  if (await isSameFile(target, article.sourcePath)) {
    return { status: 'failed', message: 'The export would replace the article itself. Choose another file name.' };
  }
  const problem = await outputPathProblem(destination, options.otherInputs);
  if (problem) return { status: 'failed', message: problem };
  let content: string;
  try {
    content = renderArticleExport(article, options);
  } catch (error) {
    return { status: 'failed', message: `The analysis of ${article.sourceName} failed (${error instanceof Error ? error.message : String(error)}).` };
  }
  try {
    await writeFileAtomic(target, content, { overwrite: options.overwrite });
  } catch (error) {
    const message = error instanceof AtomicWriteError ? error.message : `Could not save the export: ${String(error)}`;
    return { status: 'failed', message };
  }
  return { status: 'written', path: target };
}

/** Analyses the article, renders the self-contained HTML page and writes it atomically. */
export function exportArticleHtml(article: Article, destination: string, options: ExportArticleOptions): Promise<ExportResult> {
  return exportArticle(article, destination, { ...options, format: 'html' });
}

/** True when both paths name one file, by path or (for links and case-insensitive disks) by inode. */
async function isSameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [statA, statB] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return statA.dev === statB.dev && statA.ino === statB.ino;
  } catch {
    return false;
  }
}
