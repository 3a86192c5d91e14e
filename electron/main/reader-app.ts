import { join } from 'node:path';
import { Menu, app, ipcMain, nativeTheme, shell, utilityProcess, type BaseWindow, type BrowserWindow } from 'electron';
import { IPC_CHANNELS, type MenuCommand } from '../../shared/ipc/contract';
import type { ExportFormat } from '../../shared/model/export-format';
import type { LoadResult } from '../../shared/model/load-result';
import type { ReaderSettings, ThemeChoice } from '../../shared/model/settings';
import { openRemembered, openSafely, type RecentFilesLike } from '../services/article-actions';
import { CorrectionsStore } from '../services/corrections-store';
import { DEFAULT_LOADER_LIMITS, LoaderHost } from '../services/loaders/loader-host';
import { ReaderSettingsOwner } from '../services/reader-settings';
import { RecentFiles } from '../services/recent-files';
import { sampleArticlePath } from '../services/sample-article';
import { SettingsStore } from '../services/settings-store';
import { USER_OUTLETS_FILE } from '../services/user-outlets-file';
import { DropRecord } from './drop-record';
import { chooseArticlePath, chooseCorrectionsPath, chooseExportPath, confirmExternalLink } from './dialogs';
import { exportArticleFor, registerIpcHandlers, type IpcHandlerDeps, type InvokeEventLike } from './ipc-handlers';
import { buildMenuTemplate } from './menu-template';
import { isOwnRendererFrame, type RendererLocation } from './renderer-location';
import { ReaderWindow } from './reader-window';
import { loaderProcessPath, utilityProcessLoader } from './utility-loader';
import { nextZoomLevel, type ZoomDirection } from './zoom-level';

/** The settings, recent files and corrections, loaded from the user-data folder once the app is ready. */
interface Stores {
  readonly settings: SettingsStore;
  readonly recentFiles: RecentFiles;
  readonly corrections: CorrectionsStore;
}

/**
 * The running app once Electron is ready: its windows, the stores in the user-data folder, the one
 * owner of the reader settings (which applies theme and zoom, rebuilds the menu and tells every
 * window of a change), the menu and the IPC handlers.
 */
export class ReaderApp {
  private readonly windows = new Map<number, ReaderWindow>();
  private readonly settings: ReaderSettingsOwner;
  private readonly handlerDeps: IpcHandlerDeps;
  // Window geometry being saved; quitting waits for it so the last size is not lost.
  private pendingWindowSave: Promise<void> | null = null;
  // Files each window's preload saw the user drop just now; a dropped path is opened only from here.
  private readonly drops = new DropRecord();
  // Every file is read in one utility process, started with the first file (utility processes need
  // the app ready, as this object is), with a heap cap, a process memory cap and a time limit; windows share it.
  private readonly loader = new LoaderHost(
    utilityProcessLoader(
      (modulePath, args, options) => utilityProcess.fork(modulePath, args, options),
      loaderProcessPath(__dirname),
      DEFAULT_LOADER_LIMITS,
      () => app.getAppMetrics(),
    ),
    DEFAULT_LOADER_LIMITS,
  );

  private constructor(
    private readonly stores: Stores,
    private readonly location: RendererLocation,
    /** A file from the command line or the OS waiting for the next window to be made. */
    private startupPath: string | null,
  ) {
    this.settings = new ReaderSettingsOwner(stores.settings, (settings, origin) => this.applySettings(settings, origin));
    this.handlerDeps = {
      isTrustedSender: (event) => this.windows.has(event.sender.id) && isOwnRendererFrame(event.senderFrame, location),
      sessionFor: (event) => this.windowFor(event).session,
      chooseArticlePath: (event) => chooseArticlePath(this.windowFor(event).window),
      chooseExportPath: (event, defaultPath, format) => chooseExportPath(this.windowFor(event).window, defaultPath, format),
      settings: this.settings,
      corrections: stores.corrections,
      chooseCorrectionsPath: (event, defaultPath) => chooseCorrectionsPath(this.windowFor(event).window, defaultPath),
      recentFiles: this.recentFilesForHandlers(),
      sampleArticlePath: this.samplePath(),
      confirmExternalLink: (event, url) => confirmExternalLink(this.windowFor(event).window, url),
      // Only links parseExternalUrl accepted (http/https, no credentials) that the user confirmed reach here.
      openExternal: (url) => shell.openExternal(url), // eng-disable OPEN_EXTERNAL_JS_CHECK
      drops: this.drops,
    };
  }

  /** Loads the stores (never fails: a corrupt settings file is moved aside and the defaults apply), registers the handlers and installs the menu. */
  static async start(location: RendererLocation, startupPath: string | null): Promise<ReaderApp> {
    const folder = app.getPath('userData');
    let readerApp: ReaderApp | null = null;
    const [settings, recentFiles, corrections] = await Promise.all([
      SettingsStore.open(folder),
      RecentFiles.open(folder, { onChange: () => readerApp?.installMenu() }),
      CorrectionsStore.open(folder),
    ]);
    readerApp = new ReaderApp({ settings, recentFiles, corrections }, location, startupPath);
    nativeTheme.themeSource = settings.settings.theme;
    registerIpcHandlers(ipcMain, readerApp.handlerDeps);
    readerApp.installMenu();
    return readerApp;
  }

  /** How many windows are open. */
  get windowCount(): number {
    return this.windows.size;
  }

  /** A file to open: in the window given or the focused one (or a new one), brought to the front. */
  openPath(path: string | null, window?: BaseWindow): void {
    const target = this.targetWindow(window) ?? this.createWindow();
    target.focus();
    if (path !== null) void target.openPath(path);
  }

  /** Keeps a file the OS handed over while no window was open, for the next window made. */
  holdForNextWindow(path: string): void {
    this.startupPath = path;
  }

  /** Opens a new window; a file waiting from the command line or the OS opens in it once its page has loaded. */
  createWindow(): ReaderWindow {
    const pendingPath = this.startupPath;
    this.startupPath = null;
    const readerWindow = new ReaderWindow({
      url: this.location.url,
      userOutletsPath: join(app.getPath('userData'), USER_OUTLETS_FILE),
      load: (path) => this.loader.load(path),
      saved: this.stores.settings.windowState,
      pendingPath,
      zoomLevel: () => this.settings.settings.zoomLevel,
      onZoom: (direction) => void this.zoomBy(direction),
      onClose: (window) => this.rememberWindow(window),
      onDestroyed: (id) => {
        this.windows.delete(id);
        this.drops.forget(id);
      },
      open: (_window, path) => this.openForWindow(_window, path),
    });
    this.windows.set(readerWindow.id, readerWindow);
    return readerWindow;
  }

  /** The window a menu click or a launch is for: the clicked one, else the focused one, else any. */
  targetWindow(window?: BaseWindow): ReaderWindow | null {
    const candidates = [...this.windows.values()];
    return candidates.find((candidate) => candidate.window === window) ?? candidates.find((candidate) => candidate.window.isFocused()) ?? candidates[0] ?? null;
  }

  /** Resolves once the window geometry being saved is on disk (or failed); null when nothing is being saved. */
  takePendingWindowSave(): Promise<void> | null {
    const save = this.pendingWindowSave;
    this.pendingWindowSave = null;
    return save;
  }

  /** Stops the loader utility process, when the app quits. */
  closeLoader(): Promise<void> {
    return this.loader.close();
  }

  private windowFor(event: InvokeEventLike): ReaderWindow {
    const readerWindow = this.windows.get(event.sender.id);
    if (!readerWindow) throw new Error('Refused an IPC call from an unknown window.');
    return readerWindow;
  }

  private samplePath(): string {
    return sampleArticlePath({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() });
  }

  /** Opens a path for a window: the bundled sample never goes on the recent list, every other file does. */
  private openForWindow(readerWindow: ReaderWindow, path: string): Promise<LoadResult> {
    if (path === this.samplePath()) return openSafely(readerWindow.session, path);
    return openRemembered(readerWindow.session, this.recentFilesForHandlers(), path);
  }

  /** The recent list as the handlers see it: adding a file also tells the OS (Jump List, Dock menu). */
  private recentFilesForHandlers(): RecentFilesLike {
    const { recentFiles } = this.stores;
    return {
      list: () => recentFiles.list(),
      has: (path) => recentFiles.has(path),
      add: async (path) => {
        // The sample can reach here through a window that was still loading; it is ours, not a recent file.
        if (path === this.samplePath()) return recentFiles.current;
        app.addRecentDocument(path);
        return recentFiles.add(path);
      },
    };
  }

  private rememberWindow(window: BrowserWindow): void {
    if (window.isDestroyed()) return;
    const save = this.stores.settings.saveWindowState({ bounds: window.getNormalBounds(), maximized: window.isMaximized() }).catch(() => undefined);
    this.pendingWindowSave = save;
    void save.finally(() => {
      if (this.pendingWindowSave === save) this.pendingWindowSave = null;
    });
  }

  /** Applies settings to every window and the menu; `origin` sent the change and already shows it, so it is not told again. */
  private applySettings(settings: ReaderSettings, origin: number | undefined): void {
    nativeTheme.themeSource = settings.theme;
    for (const [id, readerWindow] of this.windows) {
      if (readerWindow.window.isDestroyed()) continue;
      readerWindow.window.webContents.setZoomLevel(settings.zoomLevel);
      if (id !== origin) readerWindow.send(IPC_CHANNELS.settingsChanged, settings);
    }
    this.installMenu();
  }

  private async zoomBy(direction: ZoomDirection): Promise<void> {
    await this.settings.change({ zoomLevel: nextZoomLevel(this.settings.settings.zoomLevel, direction) });
  }

  private async setTheme(theme: ThemeChoice): Promise<void> {
    await this.settings.change({ theme });
  }

  /** A menu export: run in main with the settings it holds; the reader is told the outcome to show it. */
  private async exportFromMenu(window: BaseWindow | undefined, format: ExportFormat): Promise<void> {
    const target = this.targetWindow(window);
    if (!target) return;
    const event: InvokeEventLike = { sender: { id: target.id }, senderFrame: null };
    const result = await exportArticleFor(this.handlerDeps, event, format);
    target.send(IPC_CHANNELS.exportFinished, result);
  }

  private openSampleFromMenu(window: BaseWindow | undefined): void {
    const target = this.targetWindow(window) ?? this.createWindow();
    void target.openPath(this.samplePath());
  }

  private async openFromMenu(window?: BaseWindow): Promise<void> {
    const target = this.targetWindow(window) ?? this.createWindow();
    const path = await chooseArticlePath(target.window);
    if (path !== null) await target.openPath(path);
  }

  private sendMenuCommand(window: BaseWindow | undefined, command: MenuCommand): void {
    this.targetWindow(window)?.send(IPC_CHANNELS.menuCommand, command);
  }

  private async clearRecent(): Promise<void> {
    app.clearRecentDocuments();
    await this.stores.recentFiles.clear().catch(() => undefined);
  }

  private installMenu(): void {
    const template = buildMenuTemplate(
      {
        openArticle: (window) => void this.openFromMenu(window),
        openRecent: (window, path) => this.openPath(path, window),
        clearRecent: () => void this.clearRecent(),
        openSample: (window) => this.openSampleFromMenu(window),
        sendCommand: (window, command) => this.sendMenuCommand(window, command),
        exportArticle: (window, format) => void this.exportFromMenu(window, format),
        toggleLayer: (layer) => void this.settings.toggleLayer(layer),
        toggleFindingsPanel: () => void this.settings.toggleFindingsPanel(),
        zoom: (_window, direction) => void this.zoomBy(direction),
        setTheme: (theme) => void this.setTheme(theme),
      },
      { settings: this.settings.settings, recentFiles: this.stores.recentFiles.current },
      { platform: process.platform, isDevelopment: this.location.kind === 'dev-server' },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }
}
