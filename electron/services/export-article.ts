import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import type { ExportResult } from '../../shared/ipc/contract';
import type { Article } from '../../shared/model/article';
import type { LayerId } from '../../shared/model/layers';
import { analyze } from '../../shared/engine/analyze';
import { renderHtmlExport } from '../../shared/export/html-export';
import { APP_VERSION } from './app-version';
import { AtomicWriteError, writeFileAtomic } from './atomic-write';

/** Options for writing an export. */
export interface ExportArticleOptions {
  readonly visibleLayers: readonly LayerId[];
  /** Replace an existing file at the destination (the app asks first; the CLI needs --force). */
  readonly overwrite: boolean;
  /** When the export is made; defaults to now. Tests fix it to compare outputs byte for byte. */
  readonly exportedAt?: Date;
}

/** Analyses the article, renders the self-contained HTML page and writes it atomically. */
export async function exportArticleHtml(article: Article, destination: string, options: ExportArticleOptions): Promise<ExportResult> {
  const target = resolve(destination);
  if (await isSameFile(target, article.sourcePath)) {
    return { status: 'failed', message: 'The export would replace the article itself. Choose another file name.' };
  }
  const html = renderHtmlExport(article, analyze(article.text), {
    visibleLayers: options.visibleLayers,
    exportedAt: (options.exportedAt ?? new Date()).toISOString(),
    version: APP_VERSION,
  });
  try {
    await writeFileAtomic(target, html, { overwrite: options.overwrite });
  } catch (error) {
    const message = error instanceof AtomicWriteError ? error.message : `Could not save the export: ${String(error)}`;
    return { status: 'failed', message };
  }
  return { status: 'written', path: target };
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
