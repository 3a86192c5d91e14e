import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { IPC_CHANNELS, type DroppedFile, type MenuCommand, type SourcelightApi } from '../../shared/ipc/contract';
import type { ExportResult } from '../../shared/model/export-format';
import type { ReaderSettings } from '../../shared/model/settings';
import type { RecentFile } from '../../shared/model/recent-file';
import type { LoadResult } from '../../shared/model/load-result';
import type { Correction } from '../../shared/model/correction';
import { createReplayChannel } from './replay-channel';

// Subscribed before any page script runs, so an article opened from the command line while React is
// still mounting is replayed to the first listener instead of being lost.
const articleOpened = createReplayChannel<LoadResult>();
ipcRenderer.on(IPC_CHANNELS.articleOpened, (_event: IpcRendererEvent, result: LoadResult) => articleOpened.emit(result));

// Main opens a dropped path only if this preload saw the user drop it just now. Listening in the
// capture phase of this isolated world runs before any page script, and a drop made up by page
// script is not trusted and carries no files with a path.
window.addEventListener(
  'drop',
  (event: DragEvent) => {
    if (!event.isTrusted || !event.dataTransfer) return;
    const paths = [...event.dataTransfer.files].map((file) => webUtils.getPathForFile(file)).filter((path) => path !== '');
    if (paths.length > 0) ipcRenderer.send(IPC_CHANNELS.filesDropped, paths);
  },
  true,
);

const NOT_A_DISK_FILE: LoadResult = {
  ok: false,
  error: { code: 'unreadable', message: 'Only files from your disk can be dropped here.' },
};

/** The bridge the reader sees as `window.sourcelight`: typed calls only, never `ipcRenderer` itself. */
const api: SourcelightApi = {
  openArticleDialog: () => ipcRenderer.invoke(IPC_CHANNELS.openArticleDialog) as Promise<LoadResult | null>,
  openDroppedFile: async (file: DroppedFile) => {
    // Only a real DOM File has a path; anything the page made up is refused here.
    if (!(file instanceof File)) return NOT_A_DISK_FILE;
    const path = webUtils.getPathForFile(file);
    if (!path) return NOT_A_DISK_FILE;
    return ipcRenderer.invoke(IPC_CHANNELS.openDroppedPath, path) as Promise<LoadResult>;
  },
  // Only the format crosses: main exports with the layers and typologies it holds.
  exportArticle: (format, language) =>
    ipcRenderer.invoke(IPC_CHANNELS.exportArticle, String(format), language === undefined ? undefined : String(language)) as Promise<ExportResult>,
  openSampleArticle: () => ipcRenderer.invoke(IPC_CHANNELS.openSampleArticle) as Promise<LoadResult>,
  listRecentFiles: () => ipcRenderer.invoke(IPC_CHANNELS.listRecentFiles) as Promise<readonly RecentFile[]>,
  openRecentFile: (path) => ipcRenderer.invoke(IPC_CHANNELS.openRecentFile, String(path)) as Promise<LoadResult>,
  getCorrections: () => ipcRenderer.invoke(IPC_CHANNELS.getCorrections) as Promise<readonly Correction[]>,
  // Plain data only: the main process validates every field.
  saveCorrections: (corrections) =>
    ipcRenderer.invoke(IPC_CHANNELS.saveCorrections, JSON.parse(JSON.stringify(corrections)) as unknown) as Promise<readonly Correction[]>,
  exportCorrections: () => ipcRenderer.invoke(IPC_CHANNELS.exportCorrections) as Promise<ExportResult>,
  getSettings: () => ipcRenderer.invoke(IPC_CHANNELS.getSettings) as Promise<ReaderSettings>,
  // Copied into plain data: a page object with getters or a prototype never reaches main.
  updateSettings: (change) => ipcRenderer.invoke(IPC_CHANNELS.updateSettings, plainSettingsChange(change)) as Promise<ReaderSettings>,
  openExternalLink: (url) => ipcRenderer.invoke(IPC_CHANNELS.openExternalLink, String(url)) as Promise<boolean>,
  onArticleOpened: (listener) => articleOpened.subscribe(listener),
  onMenuCommand: (listener) => {
    const handler = (_event: IpcRendererEvent, command: MenuCommand): void => listener(command);
    ipcRenderer.on(IPC_CHANNELS.menuCommand, handler);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.menuCommand, handler);
    };
  },
  onSettingsChanged: (listener) => {
    const handler = (_event: IpcRendererEvent, settings: ReaderSettings): void => listener(settings);
    ipcRenderer.on(IPC_CHANNELS.settingsChanged, handler);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.settingsChanged, handler);
    };
  },
  onExportFinished: (listener) => {
    const handler = (_event: IpcRendererEvent, result: ExportResult): void => listener(result);
    ipcRenderer.on(IPC_CHANNELS.exportFinished, handler);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.exportFinished, handler);
    };
  },
};

// Every settings field crosses as JSON (the reading settings too); main validates each one.
function plainSettingsChange(change: Partial<ReaderSettings>): unknown {
  return JSON.parse(JSON.stringify(change ?? {})) as unknown;
}

contextBridge.exposeInMainWorld('sourcelight', api);
