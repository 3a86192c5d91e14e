import type { LanguageChoice } from '../../shared/engine/lang/detect-language';
import type { ExportFormat, ExportResult } from '../../shared/model/export-format';
import type { LoadResult } from '../../shared/model/load-result';
import type { ReaderSettings } from '../../shared/model/settings';
import type { Correction } from '../../shared/model/correction';
import { APP_VERSION } from './app-version';
import type { ArticleSession } from './article-session';
import { AtomicWriteError, writeFileAtomic } from './atomic-write';
import { renderCorrectionsFile } from './corrections-store';
import { defaultCorrectionsPath, defaultExportPath } from './export-file-name';
import type { RecentFiles } from './recent-files';

/** The session operations these actions use, so tests need no file loaders. */
export type SessionLike = Pick<ArticleSession, 'article' | 'open' | 'exportArticle'>;

/** The recent-files operations these actions use. */
export type RecentFilesLike = Pick<RecentFiles, 'list' | 'has' | 'add'>;

/** Opens a file, turning an unexpected loader exception into a result the reader can show. */
export async function openSafely(session: Pick<SessionLike, 'open'>, path: string): Promise<LoadResult> {
  try {
    return await session.open(path);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'unreadable', message: `Sourcelight could not read this file: ${detail}` } };
  }
}

/** Opens a file and, when it opened, puts it at the top of the recent list; saving the list never fails the open. */
export async function openRemembered(session: Pick<SessionLike, 'open'>, recentFiles: Pick<RecentFilesLike, 'add'>, path: string): Promise<LoadResult> {
  const result = await openSafely(session, path);
  if (result.ok) {
    try {
      await recentFiles.add(path);
    } catch {
      // A read-only user-data folder costs the recent list, not the article.
    }
  }
  return result;
}

/**
 * Exports the session's article in `format` with the layers and typologies of the settings in force:
 * asks `chooseDestination` where (suggesting a name beside the article), then writes it with the
 * reader's corrections. The reader's button, the menu and the e2e bridge all come through here.
 */
export async function exportSessionArticle(
  session: SessionLike,
  settings: Pick<ReaderSettings, 'visibleLayers' | 'typologies'>,
  format: ExportFormat,
  chooseDestination: (defaultPath: string, format: ExportFormat) => Promise<string | null>,
  corrections: readonly Correction[] = [],
  language: LanguageChoice = 'auto',
): Promise<ExportResult> {
  const article = session.article;
  if (!article) return { status: 'failed', message: 'Open an article before exporting it.' };
  const destination = await chooseDestination(defaultExportPath(article.sourcePath, article.sourceName, format), format);
  if (destination === null) return { status: 'cancelled' };
  return session.exportArticle(
    { visibleLayers: settings.visibleLayers, typologies: settings.typologies, format, language },
    destination,
    true,
    undefined,
    corrections,
  );
}

/** Writes the session's corrections as a JSON file to collect, where `chooseDestination` says. */
export async function exportSessionCorrections(
  session: Pick<SessionLike, 'article'>,
  corrections: readonly Correction[],
  chooseDestination: ((defaultPath: string) => Promise<string | null>) | undefined,
): Promise<ExportResult> {
  const article = session.article;
  if (!article) return { status: 'failed', message: 'Open an article before exporting its corrections.' };
  if (corrections.length === 0) return { status: 'failed', message: 'This article has no corrections to export yet.' };
  if (!chooseDestination) return { status: 'failed', message: 'Corrections cannot be exported here.' };
  const destination = await chooseDestination(defaultCorrectionsPath(article.sourcePath, article.sourceName));
  if (destination === null) return { status: 'cancelled' };
  try {
    await writeFileAtomic(destination, renderCorrectionsFile(article, corrections, new Date(), APP_VERSION), { overwrite: true });
  } catch (error) {
    return { status: 'failed', message: error instanceof AtomicWriteError ? error.message : `Could not save the corrections: ${String(error)}` };
  }
  return { status: 'written', path: destination };
}
