import { INVOKE_CHANNELS, IPC_CHANNELS, type ExportResult } from '../../shared/ipc/contract';
import type { LoadResult } from '../../shared/model/load-result';
import type { ArticleSession } from '../services/article-session';
import { defaultExportPath } from './export-file-name';
import { parseDroppedPath, parseExportRequest } from './ipc-validation';

/** The parts of Electron's `IpcMainInvokeEvent` the handlers read. */
export interface InvokeEventLike {
  readonly sender: { readonly id: number };
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/** A handler as `ipcMain.handle` receives it. */
export type InvokeHandler = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

/** The part of `ipcMain` the handlers are registered on; tests pass a recorder. */
export interface InvokeRegistry {
  handle(channel: string, listener: InvokeHandler): void;
}

/** The session operations the handlers use, so tests need no file loaders. */
export type SessionLike = Pick<ArticleSession, 'article' | 'open' | 'exportHtml'>;

/** What the handlers need from the window and the OS; the main process wires Electron's dialogs in. */
export interface IpcHandlerDeps {
  /** Whether the frame that sent the call is our own page. */
  readonly isTrustedSender: (event: InvokeEventLike) => boolean;
  /** The article session of the window that sent the call. */
  readonly sessionFor: (event: InvokeEventLike) => SessionLike;
  /** Shows the open dialog; null when cancelled. */
  readonly chooseArticlePath: (event: InvokeEventLike) => Promise<string | null>;
  /** Shows the save dialog, which itself asks before replacing a file; null when cancelled. */
  readonly chooseExportPath: (event: InvokeEventLike, defaultPath: string) => Promise<string | null>;
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

  return {
    [IPC_CHANNELS.openArticleDialog]: guarded(async (event): Promise<LoadResult | null> => {
      const path = await deps.chooseArticlePath(event);
      return path === null ? null : openSafely(deps.sessionFor(event), path);
    }),
    [IPC_CHANNELS.openDroppedPath]: guarded(async (event, rawPath): Promise<LoadResult> => {
      const path = parseDroppedPath(rawPath);
      if (path === null) throw new Error('Refused a dropped file without an absolute path.');
      return openSafely(deps.sessionFor(event), path);
    }),
    [IPC_CHANNELS.exportHtml]: guarded(async (event, rawRequest): Promise<ExportResult> => {
      const request = parseExportRequest(rawRequest);
      if (request === null) return { status: 'failed', message: 'The export request was not valid.' };
      const session = deps.sessionFor(event);
      const article = session.article;
      if (!article) return { status: 'failed', message: 'Open an article before exporting it.' };
      const destination = await deps.chooseExportPath(event, defaultExportPath(article.sourcePath, article.sourceName));
      if (destination === null) return { status: 'cancelled' };
      return session.exportHtml(request, destination, true);
    }),
  };
}

/** Registers the handlers for exactly the contract's invoke channels. */
export function registerIpcHandlers(registry: InvokeRegistry, deps: IpcHandlerDeps): void {
  const handlers = createIpcHandlers(deps);
  for (const channel of INVOKE_CHANNELS) registry.handle(channel, handlers[channel]);
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
