import type { LanguageChoice } from '../engine/lang/detect-language';
import type { Correction } from '../model/correction';
import type { ExportFormat, ExportResult } from '../model/export-format';
import type { LoadResult } from '../model/load-result';
import type { RecentFile } from '../model/recent-file';
import type { ReaderSettings } from '../model/settings';

/** The part of a dropped DOM `File` the contract relies on; the preload checks it is a real `File`. */
export interface DroppedFile {
  readonly name: string;
  readonly size: number;
}

/**
 * Commands the application menu sends to the reader: only what is the page's own business. Layer and
 * panel toggles change the settings in main, and menu exports run in main; the reader hears of both
 * through `onSettingsChanged` and `onExportFinished`.
 */
export type MenuCommand = 'close-article' | 'next-finding' | 'previous-finding';

/**
 * The typed bridge between the reader and the main process. The preload implements it over IPC;
 * end-to-end tests implement it over Playwright's exposed functions.
 */
export interface SourcelightApi {
  /** Shows the open dialog; resolves null when the user cancels. */
  openArticleDialog(): Promise<LoadResult | null>;
  /** Opens a file the user dropped on the window. */
  openDroppedFile(file: DroppedFile): Promise<LoadResult>;
  /** Shows the save dialog and writes the open article in `format`, with the layers and typologies main holds in the settings. */
  exportArticle(format: ExportFormat, language?: LanguageChoice): Promise<ExportResult>;
  /** Opens the bundled sample article (written by the Sourcelight team). */
  openSampleArticle(): Promise<LoadResult>;
  /** Recently opened articles, newest first. */
  listRecentFiles(): Promise<readonly RecentFile[]>;
  /** Opens an entry of the recent-files list; main only opens paths that are on that list. */
  openRecentFile(path: string): Promise<LoadResult>;
  /** The remembered reader settings. */
  getSettings(): Promise<ReaderSettings>;
  /** Sends a change to main, which merges, saves and broadcasts it to every window; resolves to the settings now in force. */
  updateSettings(change: Partial<ReaderSettings>): Promise<ReaderSettings>;
  /** The reader's corrections of the open article, remembered on this machine by the article's content hash. */
  getCorrections(): Promise<readonly Correction[]>;
  /** Replaces the open article's corrections and saves them; resolves to what was stored. */
  saveCorrections(corrections: readonly Correction[]): Promise<readonly Correction[]>;
  /** Shows the save dialog and writes the open article's corrections as a JSON file to collect. */
  exportCorrections(): Promise<ExportResult>;
  /** Asks the user to confirm, then opens an http(s) link from the article in the system browser. */
  openExternalLink(url: string): Promise<boolean>;
  /** Articles opened from outside the reader (menu, command line, OS); returns an unsubscribe function. */
  onArticleOpened(listener: (result: LoadResult) => void): () => void;
  /** Menu commands for the reader; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** The settings main holds after a change this reader did not send (another window's, the menu's); returns an unsubscribe function. */
  onSettingsChanged(listener: (settings: ReaderSettings) => void): () => void;
  /** The outcome of an export the menu started; returns an unsubscribe function. */
  onExportFinished(listener: (result: ExportResult) => void): () => void;
}

/** IPC channel names: the single place they are spelled. */
export const IPC_CHANNELS = {
  openArticleDialog: 'sourcelight:open-article-dialog',
  openDroppedPath: 'sourcelight:open-dropped-path',
  exportArticle: 'sourcelight:export-article',
  articleOpened: 'sourcelight:article-opened',
  menuCommand: 'sourcelight:menu-command',
  openSampleArticle: 'sourcelight:open-sample-article',
  listRecentFiles: 'sourcelight:list-recent-files',
  openRecentFile: 'sourcelight:open-recent-file',
  getSettings: 'sourcelight:get-settings',
  updateSettings: 'sourcelight:update-settings',
  openExternalLink: 'sourcelight:open-external-link',
  settingsChanged: 'sourcelight:settings-changed',
  exportFinished: 'sourcelight:export-finished',
  getCorrections: 'sourcelight:get-corrections',
  saveCorrections: 'sourcelight:save-corrections',
  exportCorrections: 'sourcelight:export-corrections',
  filesDropped: 'sourcelight:files-dropped',
} as const;

/** Channels the main process handles with `ipcMain.handle`. */
export const INVOKE_CHANNELS = [
  IPC_CHANNELS.openArticleDialog,
  IPC_CHANNELS.openDroppedPath,
  IPC_CHANNELS.exportArticle,
  IPC_CHANNELS.openSampleArticle,
  IPC_CHANNELS.listRecentFiles,
  IPC_CHANNELS.openRecentFile,
  IPC_CHANNELS.getSettings,
  IPC_CHANNELS.updateSettings,
  IPC_CHANNELS.openExternalLink,
  IPC_CHANNELS.getCorrections,
  IPC_CHANNELS.saveCorrections,
  IPC_CHANNELS.exportCorrections,
] as const;

/**
 * Channels the main process listens to with `ipcMain.on` (no answer): the preload reports the paths
 * of files the user really dropped, so main opens a dropped path only if it was just dropped there.
 */
export const SEND_CHANNELS = [IPC_CHANNELS.filesDropped] as const;
