import type { LanguageChoice } from '../engine/lang/detect-language';
import type { Correction } from '../model/correction';
import type { Typology } from '../model/finding';
import type { LoadResult } from '../model/load-result';
import type { LayerId } from '../model/layers';

/** File formats an article's findings can be exported to. */
export type ExportFormat = 'html' | 'jsonld' | 'csv';

/** What the reader asks the main process to export. The main process re-analyses its own copy of the article. */
export interface ExportRequest {
  readonly visibleLayers: readonly LayerId[];
  /** Defaults to `html`. */
  readonly format?: ExportFormat;
  /** State Media Monitor typologies the user highlights; defaults to the engine's. */
  readonly typologies?: readonly Typology[];
  /** The language pack the reader chose for the article; detected from the text when absent or `auto`. */
  readonly language?: LanguageChoice;
}

/** Colour theme: follow the OS, or force one. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** Typeface of the article text. */
export type Typeface = 'serif' | 'sans';

/** How long the article's lines run. */
export type LineWidth = 'narrow' | 'medium' | 'wide';

/** Space between the article's lines. */
export type LineSpacing = 'compact' | 'normal' | 'loose';

/** The page colour behind the article: as the app's theme, or light, sepia or dark whatever the theme. */
export type Paper = 'theme' | 'light' | 'sepia' | 'dark';

/** How the article text is set, as a reader view lets one choose. */
export interface ReadingSettings {
  /** Size of the article text in CSS pixels. */
  readonly fontSize: number;
  readonly typeface: Typeface;
  readonly lineWidth: LineWidth;
  readonly lineSpacing: LineSpacing;
  readonly paper: Paper;
}

/** Smallest and largest article text size, in CSS pixels. */
export const FONT_SIZE_LIMITS = { min: 14, max: 30 } as const;

/** The reading settings before the user changes any. */
export const DEFAULT_READING_SETTINGS: ReadingSettings = { fontSize: 18, typeface: 'serif', lineWidth: 'medium', lineSpacing: 'normal', paper: 'theme' };

/** Reader preferences remembered between runs (window size and position are kept by the main process). */
export interface ReaderSettings {
  readonly visibleLayers: readonly LayerId[];
  readonly typologies: readonly Typology[];
  readonly theme: ThemeChoice;
  /** Zoom level as Electron counts it: 0 is 100 %. */
  readonly zoomLevel: number;
  readonly findingsPanelOpen: boolean;
  readonly reading: ReadingSettings;
}

/** A recently opened article, as the welcome screen and File > Open Recent list it. */
export interface RecentFile {
  readonly path: string;
  readonly name: string;
  readonly openedAt: string;
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
export type MenuCommand =
  | 'export-html'
  | 'export-jsonld'
  | 'export-csv'
  | 'close-article'
  | 'toggle-layer-state-media'
  | 'toggle-layer-quote'
  | 'toggle-layer-unverified'
  | 'toggle-findings-panel'
  | 'next-finding'
  | 'previous-finding';

/**
 * The typed bridge between the reader and the main process. The preload implements it over IPC;
 * end-to-end tests implement it over Playwright's exposed functions.
 */
export interface SourcelightApi {
  /** Shows the open dialog; resolves null when the user cancels. */
  openArticleDialog(): Promise<LoadResult | null>;
  /** Opens a file the user dropped on the window. */
  openDroppedFile(file: DroppedFile): Promise<LoadResult>;
  /** Shows the save dialog and writes the current article in the requested format (HTML unless told). */
  exportHtml(request: ExportRequest): Promise<ExportResult>;
  /** Opens the bundled sample article (written by the Sourcelight team). */
  openSampleArticle(): Promise<LoadResult>;
  /** Recently opened articles, newest first. */
  listRecentFiles(): Promise<readonly RecentFile[]>;
  /** Opens an entry of the recent-files list; main only opens paths that are on that list. */
  openRecentFile(path: string): Promise<LoadResult>;
  /** The remembered reader settings. */
  getSettings(): Promise<ReaderSettings>;
  /** Merges and saves a change to the settings; resolves to the settings now in force. */
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
  /** Settings changed from outside the reader (View menu); returns an unsubscribe function. */
  onSettingsChanged(listener: (settings: ReaderSettings) => void): () => void;
}

/** IPC channel names: the single place they are spelled. */
export const IPC_CHANNELS = {
  openArticleDialog: 'sourcelight:open-article-dialog',
  openDroppedPath: 'sourcelight:open-dropped-path',
  exportHtml: 'sourcelight:export-html',
  articleOpened: 'sourcelight:article-opened',
  menuCommand: 'sourcelight:menu-command',
  openSampleArticle: 'sourcelight:open-sample-article',
  listRecentFiles: 'sourcelight:list-recent-files',
  openRecentFile: 'sourcelight:open-recent-file',
  getSettings: 'sourcelight:get-settings',
  updateSettings: 'sourcelight:update-settings',
  openExternalLink: 'sourcelight:open-external-link',
  settingsChanged: 'sourcelight:settings-changed',
  getCorrections: 'sourcelight:get-corrections',
  saveCorrections: 'sourcelight:save-corrections',
  exportCorrections: 'sourcelight:export-corrections',
  filesDropped: 'sourcelight:files-dropped',
} as const;

/** Channels the main process handles with `ipcMain.handle`. */
export const INVOKE_CHANNELS = [
  IPC_CHANNELS.openArticleDialog,
  IPC_CHANNELS.openDroppedPath,
  IPC_CHANNELS.exportHtml,
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
