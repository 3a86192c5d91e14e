import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { IPC_CHANNELS, type DroppedFile, type MenuCommand, type SourcelightApi } from '../../shared/ipc/contract';
import type { LoadResult } from '../../shared/model/load-result';
import { createReplayChannel } from './replay-channel';

// Subscribed before any page script runs, so an article opened from the command line while React is
// still mounting is replayed to the first listener instead of being lost.
const articleOpened = createReplayChannel<LoadResult>();
ipcRenderer.on(IPC_CHANNELS.articleOpened, (_event: IpcRendererEvent, result: LoadResult) => articleOpened.emit(result));

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
  exportHtml: (request) =>
    ipcRenderer.invoke(IPC_CHANNELS.exportHtml, { visibleLayers: [...request.visibleLayers] }) as ReturnType<
      SourcelightApi['exportHtml']
    >,
  onArticleOpened: (listener) => articleOpened.subscribe(listener),
  onMenuCommand: (listener) => {
    const handler = (_event: IpcRendererEvent, command: MenuCommand): void => listener(command);
    ipcRenderer.on(IPC_CHANNELS.menuCommand, handler);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.menuCommand, handler);
    };
  },
};

contextBridge.exposeInMainWorld('sourcelight', api);
