import {
  INVOKE_CHANNELS,
  IPC_CHANNELS,
  type ExportFormat,
  type ExportResult,
  type ReaderSettings,
  type RecentFile,
} from '../../shared/ipc/contract';
import type { LoadResult } from '../../shared/model/load-result';
import type { Correction } from '../../shared/model/correction';
import { APP_VERSION } from '../services/app-version';
import { AtomicWriteError, writeFileAtomic } from '../services/atomic-write';
import { correctionListSchema, renderCorrectionsFile, type CorrectionsStore } from '../services/corrections-store';
import type { ArticleSession } from '../services/article-session';
import type { RecentFiles } from '../services/recent-files';
import type { SettingsStore } from '../services/settings-store';
import { defaultExportFileName, defaultExportPath } from './export-file-name';
import { droppedPathProblem } from './dropped-file';
import type { DropRecord } from './drop-record';
import { basename, dirname, join } from 'node:path';
import { parseDroppedPath, parseExportRequest, parseExternalUrl, parseRecentPath, parseSettingsChange } from './ipc-validation';

/** The parts of Electron's `IpcMainInvokeEvent` the handlers read. */
export interface InvokeEventLike {
  readonly sender: { readonly id: number };
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/** A handler as `ipcMain.handle` receives it. */
export type InvokeHandler = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

/** A listener as `ipcMain.on` receives it (a message that gets no answer). */
export type SendListener = (event: InvokeEventLike, ...args: unknown[]) => void;

/** The part of `ipcMain` the handlers are registered on; tests pass a recorder. */
export interface InvokeRegistry {
  handle(channel: string, listener: InvokeHandler): void;
  on(channel: string, listener: SendListener): void;
}

/** The session operations the handlers use, so tests need no file loaders. */
export type SessionLike = Pick<ArticleSession, 'article' | 'open' | 'exportHtml'>;

/** The settings operations the handlers use. */
export type SettingsLike = Pick<SettingsStore, 'settings' | 'update'>;

/** The recent-files operations the handlers use. */
export type RecentFilesLike = Pick<RecentFiles, 'list' | 'has' | 'add'>;

/** The corrections operations the handlers use. */
export type CorrectionsLike = Pick<CorrectionsStore, 'forArticle' | 'save'>;

/** What the handlers need from the window and the OS; the main process wires Electron's dialogs in. */
export interface IpcHandlerDeps {
  /** Whether the frame that sent the call is our own page. */
  readonly isTrustedSender: (event: InvokeEventLike) => boolean;
  /** The article session of the window that sent the call. */
  readonly sessionFor: (event: InvokeEventLike) => SessionLike;
  /** Shows the open dialog; null when cancelled. */
  readonly chooseArticlePath: (event: InvokeEventLike) => Promise<string | null>;
  /** Shows the save dialog for one export format, which itself asks before replacing a file; null when cancelled. */
  readonly chooseExportPath: (event: InvokeEventLike, defaultPath: string, format: ExportFormat) => Promise<string | null>;
  /** The remembered reader settings. */
  readonly settings: SettingsLike;
  /** The recently opened articles; every article opened by path is added. */
  readonly recentFiles: RecentFilesLike;
  /** Where the bundled sample article is. */
  readonly sampleArticlePath: string;
  /** Asks the user whether to open a (checked http/https) link in the browser. */
  readonly confirmExternalLink: (event: InvokeEventLike, url: string) => Promise<boolean>;
  /** Hands a checked, confirmed link to the system browser. */
  readonly openExternal: (url: string) => Promise<void>;
  /** The reader's corrections on this machine; without it corrections last only for this run. */
  readonly corrections?: CorrectionsLike;
  /** Shows the save dialog for a corrections file (JSON); null when cancelled. */
  readonly chooseCorrectionsPath?: (event: InvokeEventLike, defaultPath: string) => Promise<string | null>;
  /** Told after the reader changed the settings, so the app can apply zoom and theme and update its menu. */
  readonly settingsUpdated?: (event: InvokeEventLike, settings: ReaderSettings) => void;
  /**
   * Checks a dropped or recent path on disk before it is opened (a regular file of an article type,
   * through any links); tests with imaginary paths pass their own.
   */
  readonly droppedPathProblem?: (path: string) => Promise<Extract<LoadResult, { ok: false }> | null>;
  /** The files just dropped on each window, as its preload reported them; a dropped path is opened only from here. */
  readonly drops: Pick<DropRecord, 'record' | 'take'>;
}

/** The answer to a dropped path main has no record of: the page named it, the user did not drop it just now. */
function notJustDropped(path: string): Extract<LoadResult, { ok: false }> {
  const name = basename(path) || path;
  return {
    ok: false,
    error: {
      code: 'unreadable',
      message: `“${name}” was not opened, because it was not just dropped on this window; drop it again, or choose it with File › Open.`,
    },
  };
}

type InvokeChannel = (typeof INVOKE_CHANNELS)[number];

/** Builds one handler per invoke channel; the record type makes a missing or extra channel a compile error. */
export function createIpcHandlers(deps: IpcHandlerDeps): Readonly<Record<InvokeChannel, InvokeHandler>> {
  const guarded =
    (handler: InvokeHandler): InvokeHandler =>
    async (event, ...args) => {
      if (!deps.isTrustedSender(event)) throw new Error('Refused an IPC call from a page that is not Sourcelight.');
      return handler(event, ...args);
    };
  const openAndRemember = (event: InvokeEventLike, path: string): Promise<LoadResult> =>
    openRemembered(deps.sessionFor(event), deps.recentFiles, path);

  return {
    [IPC_CHANNELS.openArticleDialog]: guarded(async (event): Promise<LoadResult | null> => {
      const path = await deps.chooseArticlePath(event);
      return path === null ? null : openAndRemember(event, path);
    }),
    [IPC_CHANNELS.openDroppedPath]: guarded(async (event, rawPath): Promise<LoadResult> => {
      const path = parseDroppedPath(rawPath);
      if (path === null) throw new Error('Refused a dropped file without an absolute path.');
      if (!deps.drops.take(event.sender.id, path)) return notJustDropped(path);
      const problem = await (deps.droppedPathProblem ?? droppedPathProblem)(path);
      return problem ?? openAndRemember(event, path);
    }),
    [IPC_CHANNELS.exportHtml]: guarded(async (event, rawRequest): Promise<ExportResult> => {
      const request = parseExportRequest(rawRequest);
      if (request === null) return { status: 'failed', message: 'The export request was not valid.' };
      const session = deps.sessionFor(event);
      const article = session.article;
      if (!article) return { status: 'failed', message: 'Open an article before exporting it.' };
      const format = request.format ?? 'html';
      const destination = await deps.chooseExportPath(event, defaultExportPath(article.sourcePath, article.sourceName, format), format);
      if (destination === null) return { status: 'cancelled' };
      return session.exportHtml(request, destination, true, undefined, deps.corrections?.forArticle(article) ?? []);
    }),
    [IPC_CHANNELS.getCorrections]: guarded(async (event): Promise<readonly Correction[]> => {
      const article = deps.sessionFor(event).article;
      return article && deps.corrections ? deps.corrections.forArticle(article) : [];
    }),
    [IPC_CHANNELS.saveCorrections]: guarded(async (event, rawCorrections): Promise<readonly Correction[]> => {
      const parsed = correctionListSchema.safeParse(rawCorrections);
      if (!parsed.success) throw new Error('Refused corrections that are not valid.');
      const article = deps.sessionFor(event).article;
      if (!article) throw new Error('Open an article before correcting it.');
      const corrections = parsed.data as Correction[];
      // Offsets must name the article's own words, or the correction would attach to nothing.
      if (corrections.some((correction) => article.text.slice(correction.start, correction.end) !== correction.text)) {
        throw new Error('Refused a correction whose words are not in the article.');
      }
      if (!deps.corrections) throw new Error('Corrections cannot be saved on this machine.');
      return deps.corrections.save(article, corrections);
    }),
    [IPC_CHANNELS.exportCorrections]: guarded(async (event): Promise<ExportResult> => {
      const article = deps.sessionFor(event).article;
      if (!article) return { status: 'failed', message: 'Open an article before exporting its corrections.' };
      const corrections = deps.corrections?.forArticle(article) ?? [];
      if (corrections.length === 0) return { status: 'failed', message: 'This article has no corrections to export yet.' };
      if (!deps.chooseCorrectionsPath) return { status: 'failed', message: 'Corrections cannot be exported here.' };
      const suggested = join(dirname(article.sourcePath), defaultExportFileName(article.sourceName, 'html').replace(/-sourcelight\.html$/, '-corrections.json'));
      const destination = await deps.chooseCorrectionsPath(event, suggested);
      if (destination === null) return { status: 'cancelled' };
      try {
        await writeFileAtomic(destination, renderCorrectionsFile(article, corrections, new Date(), APP_VERSION), { overwrite: true });
      } catch (error) {
        return { status: 'failed', message: error instanceof AtomicWriteError ? error.message : `Could not save the corrections: ${String(error)}` };
      }
      return { status: 'written', path: destination };
    }),
    [IPC_CHANNELS.openSampleArticle]: guarded(
      // The sample is bundled, not the user's file, so it stays off the recent list.
      async (event): Promise<LoadResult> => openSafely(deps.sessionFor(event), deps.sampleArticlePath),
    ),
    [IPC_CHANNELS.listRecentFiles]: guarded(async (): Promise<readonly RecentFile[]> => deps.recentFiles.list()),
    [IPC_CHANNELS.openRecentFile]: guarded(async (event, rawPath): Promise<LoadResult> => {
      const path = parseRecentPath(rawPath);
      // Otherwise a compromised page could read any file by calling this with a path of its choice.
      if (path === null || !deps.recentFiles.has(path)) throw new Error('Refused to open a file that is not on the recent list.');
      // Checked again: a link on the list may point elsewhere now (at /etc/passwd, say) than when it was opened.
      const problem = await (deps.droppedPathProblem ?? droppedPathProblem)(path);
      return problem ?? openAndRemember(event, path);
    }),
    [IPC_CHANNELS.getSettings]: guarded(async (): Promise<ReaderSettings> => deps.settings.settings),
    [IPC_CHANNELS.updateSettings]: guarded(async (event, rawChange): Promise<ReaderSettings> => {
      const change = parseSettingsChange(rawChange);
      if (change === null) throw new Error('Refused a settings change that is not valid.');
      let settings: ReaderSettings;
      try {
        settings = await deps.settings.update(change);
      } catch {
        // Not saved (read-only user-data folder), but in force for this run: the store keeps it in memory.
        settings = deps.settings.settings;
      }
      deps.settingsUpdated?.(event, settings);
      return settings;
    }),
    [IPC_CHANNELS.openExternalLink]: guarded(async (event, rawUrl): Promise<boolean> => {
      const url = parseExternalUrl(rawUrl);
      if (url === null) return false;
      if (!(await deps.confirmExternalLink(event, url))) return false;
      // The URL passed parseExternalUrl (http/https only, no credentials) and the user confirmed it.
      await deps.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
      return true;
    }),
  };
}

/** Registers the handlers for exactly the contract's invoke channels, and the listener for its send channels. */
export function registerIpcHandlers(registry: InvokeRegistry, deps: IpcHandlerDeps): void {
  const handlers = createIpcHandlers(deps);
  for (const channel of INVOKE_CHANNELS) registry.handle(channel, handlers[channel]);
  registry.on(IPC_CHANNELS.filesDropped, (event, paths) => {
    // Only our own page's preload may say what was dropped; anything else is ignored, not answered.
    if (deps.isTrustedSender(event)) deps.drops.record(event.sender.id, paths);
  });
}

/** Opens a file and, when it opened, puts it at the top of the recent list; saving the list never fails the open. */
export async function openRemembered(session: SessionLike, recentFiles: Pick<RecentFilesLike, 'add'>, path: string): Promise<LoadResult> {
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

/** Opens a file, turning an unexpected loader exception into a result the reader can show. */
export async function openSafely(session: SessionLike, path: string): Promise<LoadResult> {
  try {
    return await session.open(path);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'unreadable', message: `Sourcelight could not read this file: ${detail}` } };
  }
}
