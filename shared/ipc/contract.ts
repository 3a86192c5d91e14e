import type { LoadResult } from '../model/load-result';
import type { LayerId } from '../model/layers';

/** What the reader asks the main process to export. The main process re-analyses its own copy of the article. */
export interface ExportRequest {
  readonly visibleLayers: readonly LayerId[];
}

/** The outcome of an export: written, cancelled by the user, or failed with a message. */
export type ExportResult =
  | { readonly status: 'written'; readonly path: string }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly message: string };

/** The part of a dropped DOM `File` the contract relies on; the preload checks it is a real `File`. */
export interface DroppedFile {
  readonly name: string;
  readonly size: number;
}

/** Commands the application menu sends to the reader. */
export type MenuCommand = 'export-html' | 'toggle-layer-state-media' | 'toggle-layer-quote' | 'toggle-layer-unverified';

/**
 * The typed bridge between the reader and the main process. The preload implements it over IPC;
 * end-to-end tests implement it over Playwright's exposed functions.
 */
export interface SourcelightApi {
  /** Shows the open dialog; resolves null when the user cancels. */
  openArticleDialog(): Promise<LoadResult | null>;
  /** Opens a file the user dropped on the window. */
  openDroppedFile(file: DroppedFile): Promise<LoadResult>;
  /** Shows the save dialog and writes the marked-up HTML of the current article. */
  exportHtml(request: ExportRequest): Promise<ExportResult>;
  /** Articles opened from outside the reader (menu, command line, OS); returns an unsubscribe function. */
  onArticleOpened(listener: (result: LoadResult) => void): () => void;
  /** Menu commands for the reader; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** IPC channel names: the single place they are spelled. */
export const IPC_CHANNELS = {
  openArticleDialog: 'sourcelight:open-article-dialog',
  openDroppedPath: 'sourcelight:open-dropped-path',
  exportHtml: 'sourcelight:export-html',
  articleOpened: 'sourcelight:article-opened',
  menuCommand: 'sourcelight:menu-command',
} as const;

/** Channels the main process handles with `ipcMain.handle`. */
export const INVOKE_CHANNELS = [
  IPC_CHANNELS.openArticleDialog,
  IPC_CHANNELS.openDroppedPath,
  IPC_CHANNELS.exportHtml,
] as const;
