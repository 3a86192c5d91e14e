import { INVOKE_CHANNELS, IPC_CHANNELS } from '../../shared/ipc/contract';
import type { ExportFormat, ExportResult } from '../../shared/model/export-format';
import type { LoadResult } from '../../shared/model/load-result';
import type { Correction } from '../../shared/model/correction';
import type { ReaderSettings } from '../../shared/model/settings';
import type { RecentFile } from '../../shared/model/recent-file';
import {
  exportSessionArticle,
  exportSessionCorrections,
  openRemembered,
  openSafely,
  type RecentFilesLike,
  type SessionLike,
} from '../services/article-actions';
import { correctionListSchema, type CorrectionsStore } from '../services/corrections-store';
import type { ReaderSettingsOwner } from '../services/reader-settings';
import { droppedPathProblem } from './dropped-file';
import type { DropRecord } from './drop-record';
import { basename } from 'node:path';
import { parseDroppedPath, parseExportFormat, parseExportLanguage, parseExternalUrl, parseRecentPath, parseSettingsChange } from './ipc-validation';

export type { RecentFilesLike, SessionLike };

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
  /** The owner of the reader settings, which saves and broadcasts every change; exports read the layers and typologies there. */
  readonly settings: Pick<ReaderSettingsOwner, 'settings' | 'change'>;
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
  const openAndRemember = (event: InvokeEventLike, path: string): Promise<LoadResult> => openRemembered(deps.sessionFor(event), deps.recentFiles, path);

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
    [IPC_CHANNELS.exportArticle]: guarded(async (event, rawFormat, rawLanguage): Promise<ExportResult> =>
      exportArticleFor(deps, event, rawFormat, rawLanguage),
    ),
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
      const session = deps.sessionFor(event);
      const corrections = session.article ? (deps.corrections?.forArticle(session.article) ?? []) : [];
      const choose = deps.chooseCorrectionsPath;
      return exportSessionCorrections(session, corrections, choose ? (defaultPath) => choose(event, defaultPath) : undefined);
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
      return deps.settings.change(change, event.sender.id);
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

/**
 * Exports the article of the window `event` came from, in `rawFormat` once checked, with the settings
 * main holds. The reader's Export button (over IPC) and the menu (in main) both come through here.
 */
export async function exportArticleFor(
  deps: Pick<IpcHandlerDeps, 'sessionFor' | 'chooseExportPath' | 'settings' | 'corrections'>,
  event: InvokeEventLike,
  rawFormat: unknown,
  rawLanguage?: unknown,
): Promise<ExportResult> {
  const format = parseExportFormat(rawFormat);
  const language = parseExportLanguage(rawLanguage);
  if (format === null || language === null) return { status: 'failed', message: 'The export request was not valid.' };
  const session = deps.sessionFor(event);
  const corrections = session.article ? (deps.corrections?.forArticle(session.article) ?? []) : [];
  return exportSessionArticle(
    session,
    deps.settings.settings,
    format,
    (defaultPath, chosen: ExportFormat) => deps.chooseExportPath(event, defaultPath, chosen),
    corrections,
    language,
  );
}
