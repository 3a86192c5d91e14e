import { join } from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, nativeTheme, protocol, screen, session, shell, utilityProcess, type BaseWindow } from 'electron';
import { IPC_CHANNELS, type MenuCommand, type ReaderSettings, type ThemeChoice } from '../../shared/ipc/contract';
import { ArticleSession } from '../services/article-session';
import { DEFAULT_LOADER_LIMITS, LoaderHost } from '../services/loaders/loader-host';
import { RecentFiles } from '../services/recent-files';
import { sampleArticlePath } from '../services/sample-article';
import { SettingsStore } from '../services/settings-store';
import { CorrectionsStore } from '../services/corrections-store';
import { USER_OUTLETS_FILE } from '../services/user-outlets-file';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, appProtocolResponse } from './app-protocol';
import { ARTICLE_FILE_FILTERS } from './article-file-types';
import { EXPORT_DIALOG_FILTERS } from './export-file-name';
import { openRemembered, openSafely, registerIpcHandlers, type InvokeEventLike, type RecentFilesLike } from './ipc-handlers';
import { DropRecord } from './drop-record';
import { describeExternalLink } from './ipc-validation';
import { resolveLaunchPath, resolveSecondInstancePath } from './launch-path';
import { buildMenuTemplate } from './menu-template';
import { isAllowedRendererRequest, isOwnRendererFrame, preloadPath, resolveRendererLocation } from './renderer-location';
import { SECURE_WEB_PREFERENCES } from './security-policy';
import { hardenWebContents, secureSession } from './window-security';
import { restoreWindowBounds } from './window-bounds';
import { loaderProcessPath, utilityProcessLoader } from './utility-loader';
import { nextZoomLevel, type ZoomDirection } from './zoom-level';

/** What the main process keeps per window: its article, and a file waiting for the page to load. */
interface WindowState {
  readonly window: BrowserWindow;
  readonly session: ArticleSession;
  loaded: boolean;
  pendingPath: string | null;
}

const rendererLocation = resolveRendererLocation(__dirname, process.env['ELECTRON_RENDERER_URL'], app.isPackaged);
// Every renderer, including any a bug or a dependency might create, runs in the Chromium sandbox.
app.enableSandbox();
// The built page is served as app://sourcelight/, where our handler puts the CSP header on every
// response (Chromium runs no header hook for file://); schemes must be registered before ready.
if (rendererLocation.kind === 'file') protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
const isDefaultApp = process.defaultApp === true;
const windows = new Map<number, WindowState>();
// Files each window's preload saw the user drop just now; a dropped path is opened only from here.
const drops = new DropRecord();
let startupPath = resolveLaunchPath(process.argv, {
  defaultApp: isDefaultApp,
  initCwd: process.env['INIT_CWD'],
  cwd: process.cwd(),
});

/** The settings and recent files, loaded from the user-data folder once the app is ready. */
interface Stores {
  readonly settings: SettingsStore;
  readonly recentFiles: RecentFiles;
  readonly corrections: CorrectionsStore;
}
let stores: Stores | null = null;
const WINDOW_SIZING = { width: 1100, height: 820, minWidth: 480, minHeight: 360 } as const;
// Window geometry being saved; quitting waits for it so the last size is not lost.
let pendingWindowSave: Promise<void> | null = null;
// Every file is read in one utility process, started with the first file (utility processes need
// the app ready), with a heap cap, a process memory cap and a time limit; windows share it.
const loader = new LoaderHost(
  utilityProcessLoader((modulePath, args, options) => utilityProcess.fork(modulePath, args, options), loaderProcessPath(__dirname), DEFAULT_LOADER_LIMITS, () => app.getAppMetrics()),
  DEFAULT_LOADER_LIMITS,
);

function createWindow(): WindowState {
  const saved = stores?.settings.windowState ?? null;
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((display) => display.workArea);
  // Electronegativity cannot see through the spread below: contextIsolation, sandbox, no Node and
  // Auxclick off all come from SECURE_WEB_PREFERENCES (checked by security-policy.test.ts and
  // build-smoke.test.ts); the preload exposes only typed calls, never ipcRenderer.
  const window = new BrowserWindow({ // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
    ...restoreWindowBounds(saved?.bounds ?? null, workAreas, WINDOW_SIZING),
    minWidth: WINDOW_SIZING.minWidth,
    minHeight: WINDOW_SIZING.minHeight,
    show: false,
    title: 'Sourcelight',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: preloadPath(__dirname) }, // eng-disable PRELOAD_JS_CHECK
  });
  const contents = window.webContents;
  const id = contents.id;
  const articleSession = new ArticleSession((path) => loader.load(path), join(app.getPath('userData'), USER_OUTLETS_FILE));
  const state: WindowState = { window, session: articleSession, loaded: false, pendingPath: startupPath };
  startupPath = null;
  windows.set(id, state);
  if (saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => rememberWindow(window));
  contents.on('did-start-loading', () => {
    state.loaded = false;
  });
  // Ctrl + mouse wheel and pinch ask for zoom this way; it goes through the same saved setting as the menu.
  contents.on('zoom-changed', (_event, direction) => void zoomBy(direction));
  contents.on('did-finish-load', () => {
    state.loaded = true;
    if (stores) contents.setZoomLevel(stores.settings.settings.zoomLevel);
    const path = state.pendingPath;
    state.pendingPath = null;
    if (path !== null) void openInWindow(state, path);
  });
  contents.once('destroyed', () => {
    windows.delete(id);
    drops.forget(id);
  });
  void window.loadURL(rendererLocation.url);
  return state;
}

async function openInWindow(state: WindowState, path: string): Promise<void> {
  if (!state.loaded) {
    state.pendingPath = path;
    return;
  }
  const result = stores ? await openRemembered(state.session, recentFilesForHandlers(stores), path) : await openSafely(state.session, path);
  if (!state.window.isDestroyed()) state.window.webContents.send(IPC_CHANNELS.articleOpened, result);
}

/** The recent list as the handlers see it: adding a file also tells the OS (Jump List, Dock menu). */
function recentFilesForHandlers({ recentFiles }: Stores): RecentFilesLike {
  return {
    list: () => recentFiles.list(),
    has: (path) => recentFiles.has(path),
    add: async (path) => {
      // The sample can reach here through a window that was still loading; it is ours, not a recent file.
      if (path === currentSamplePath()) return recentFiles.current;
      app.addRecentDocument(path);
      return recentFiles.add(path);
    },
  };
}

function rememberWindow(window: BrowserWindow): void {
  if (!stores || window.isDestroyed()) return;
  const save = stores.settings
    .saveWindowState({ bounds: window.getNormalBounds(), maximized: window.isMaximized() })
    .catch(() => undefined);
  pendingWindowSave = save;
  void save.finally(() => {
    if (pendingWindowSave === save) pendingWindowSave = null;
  });
}

/** Applies settings to every window and the menu; `origin` already knows them, so it is not told again. */
function applySettings(settings: ReaderSettings, origin?: number): void {
  nativeTheme.themeSource = settings.theme;
  for (const [id, state] of windows) {
    if (state.window.isDestroyed()) continue;
    state.window.webContents.setZoomLevel(settings.zoomLevel);
    if (id !== origin) state.window.webContents.send(IPC_CHANNELS.settingsChanged, settings);
  }
  installMenu();
}

async function changeSettings(change: Partial<ReaderSettings>): Promise<void> {
  if (!stores) return;
  let settings: ReaderSettings;
  try {
    settings = await stores.settings.update(change);
  } catch {
    settings = stores.settings.settings;
  }
  applySettings(settings);
}

async function zoomBy(direction: ZoomDirection): Promise<void> {
  if (stores) await changeSettings({ zoomLevel: nextZoomLevel(stores.settings.settings.zoomLevel, direction) });
}

async function setTheme(theme: ThemeChoice): Promise<void> {
  await changeSettings({ theme });
}

async function openRecentFromMenu(window: BaseWindow | undefined, path: string): Promise<void> {
  const state = targetWindow(window) ?? createWindow();
  focus(state.window);
  await openInWindow(state, path);
}

async function openSampleFromMenu(window: BaseWindow | undefined): Promise<void> {
  const state = targetWindow(window) ?? createWindow();
  if (!state.loaded) {
    state.pendingPath = currentSamplePath();
    return;
  }
  // Like the handler: the bundled sample never goes on the recent list.
  const result = await openSafely(state.session, currentSamplePath());
  if (!state.window.isDestroyed()) state.window.webContents.send(IPC_CHANNELS.articleOpened, result);
}

function currentSamplePath(): string {
  return sampleArticlePath({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() });
}

async function clearRecent(): Promise<void> {
  app.clearRecentDocuments();
  await stores?.recentFiles.clear().catch(() => undefined);
}

function installMenu(): void {
  if (!stores) return;
  const template = buildMenuTemplate(
    {
      openArticle: (window) => void openFromMenu(window),
      openRecent: (window, path) => void openRecentFromMenu(window, path),
      clearRecent: () => void clearRecent(),
      openSample: (window) => void openSampleFromMenu(window),
      sendCommand: sendMenuCommand,
      zoom: (_window, direction) => void zoomBy(direction),
      setTheme: (theme) => void setTheme(theme),
    },
    { settings: stores.settings.settings, recentFiles: stores.recentFiles.current },
    { platform: process.platform, isDevelopment: rendererLocation.kind === 'dev-server' },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** The window a menu click or a launch is for: the clicked one, else the focused one, else any. */
function targetWindow(window?: BaseWindow): WindowState | null {
  const candidates = [...windows.values()];
  return (
    candidates.find((state) => state.window === window) ??
    candidates.find((state) => state.window.isFocused()) ??
    candidates[0] ??
    null
  );
}

function stateForEvent(event: InvokeEventLike): WindowState {
  const state = windows.get(event.sender.id);
  if (!state) throw new Error('Refused an IPC call from an unknown window.');
  return state;
}

async function chooseArticlePath(window: BrowserWindow): Promise<string | null> {
  const result = await dialog.showOpenDialog(window, {
    title: 'Open an article',
    properties: ['openFile'],
    filters: [...ARTICLE_FILE_FILTERS],
  });
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

async function openFromMenu(window?: BaseWindow): Promise<void> {
  const state = targetWindow(window) ?? createWindow();
  const path = await chooseArticlePath(state.window);
  if (path !== null) await openInWindow(state, path);
}

function sendMenuCommand(window: BaseWindow | undefined, command: MenuCommand): void {
  const state = targetWindow(window);
  if (state && !state.window.isDestroyed()) state.window.webContents.send(IPC_CHANNELS.menuCommand, command);
}

function focus(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.focus();
}

async function loadStores(): Promise<Stores> {
  const folder = app.getPath('userData');
  const [settings, recentFiles, corrections] = await Promise.all([
    SettingsStore.open(folder),
    RecentFiles.open(folder, { onChange: () => installMenu() }),
    CorrectionsStore.open(folder),
  ]);
  return { settings, recentFiles, corrections };
}

async function onReady(): Promise<void> {
  if (rendererLocation.kind === 'file') {
    const folder = rendererLocation.folder;
    protocol.handle(APP_SCHEME, (request) => appProtocolResponse(folder, request.url));
  }
  secureSession(session.defaultSession, (url) => isAllowedRendererRequest(url, rendererLocation));
  // Never fails: a corrupt settings file is moved aside and the defaults apply.
  const loaded = await loadStores();
  stores = loaded;
  nativeTheme.themeSource = loaded.settings.settings.theme;
  registerIpcHandlers(ipcMain, {
    isTrustedSender: (event) => windows.has(event.sender.id) && isOwnRendererFrame(event.senderFrame, rendererLocation),
    sessionFor: (event) => stateForEvent(event).session,
    chooseArticlePath: (event) => chooseArticlePath(stateForEvent(event).window),
    chooseExportPath: async (event, defaultPath, format) => {
      const filter = EXPORT_DIALOG_FILTERS[format];
      const result = await dialog.showSaveDialog(stateForEvent(event).window, {
        title: `Export ${filter.name}`,
        defaultPath,
        filters: [{ name: filter.name, extensions: [...filter.extensions] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    settings: loaded.settings,
    corrections: loaded.corrections,
    chooseCorrectionsPath: async (event, defaultPath) => {
      const result = await dialog.showSaveDialog(stateForEvent(event).window, {
        title: 'Export corrections',
        defaultPath,
        filters: [{ name: 'Sourcelight corrections (JSON)', extensions: ['json'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    recentFiles: recentFilesForHandlers(loaded),
    sampleArticlePath: currentSamplePath(),
    confirmExternalLink: async (event, url) => {
      const result = await dialog.showMessageBox(stateForEvent(event).window, {
        type: 'question',
        title: 'Open link',
        message: 'Open this link in your web browser?',
        detail: describeExternalLink(url),
        buttons: ['Open in Browser', 'Cancel'],
        defaultId: 0,
        cancelId: 1,
        noLink: true,
      });
      return result.response === 0;
    },
    // Only links parseExternalUrl accepted (http/https, no credentials) that the user confirmed reach here.
    openExternal: (url) => shell.openExternal(url), // eng-disable OPEN_EXTERNAL_JS_CHECK
    settingsUpdated: (event, settings) => applySettings(settings, event.sender.id),
    drops,
  });
  installMenu();
  createWindow();
}

// A second launch hands its file to the running window instead of opening a second app.
if (!app.requestSingleInstanceLock({ openPath: startupPath })) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    const path = resolveSecondInstancePath(additionalData, argv, workingDirectory, isDefaultApp);
    // Stores are loaded right after ready, and the first window is made then.
    const state = targetWindow() ?? (stores !== null ? createWindow() : null);
    if (!state) {
      // Not ready yet: the window created on ready picks the file up.
      if (path !== null) startupPath = path;
      return;
    }
    focus(state.window);
    if (path !== null) void openInWindow(state, path);
  });
  // macOS delivers files opened from Finder this way, possibly before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    const state = targetWindow();
    if (state) void openInWindow(state, path);
    else startupPath = path;
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (windows.size === 0 && stores !== null) createWindow();
  });
  // Quitting waits for the window geometry being saved, once; a failed save does not hold it up.
  app.on('will-quit', (event) => {
    void loader.close();
    const save = pendingWindowSave;
    if (save === null) return;
    event.preventDefault();
    pendingWindowSave = null;
    void save.finally(() => app.quit());
  });
  void app.whenReady().then(onReady);
}
