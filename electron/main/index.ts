import { BrowserWindow, Menu, app, dialog, ipcMain, session, type BaseWindow } from 'electron';
import { IPC_CHANNELS, type MenuCommand } from '../../shared/ipc/contract';
import { ArticleSession } from '../services/article-session';
import { ARTICLE_FILE_FILTERS, EXPORT_FILE_FILTERS } from './article-file-types';
import { openSafely, registerIpcHandlers, type InvokeEventLike } from './ipc-handlers';
import { resolveLaunchPath, resolveSecondInstancePath } from './launch-path';
import { buildMenuTemplate } from './menu-template';
import { isOwnRendererFrame, preloadPath, resolveRendererLocation } from './renderer-location';
import { SECURE_WEB_PREFERENCES } from './security-policy';
import { hardenWebContents, secureSession } from './window-security';

/** What the main process keeps per window: its article, and a file waiting for the page to load. */
interface WindowState {
  readonly window: BrowserWindow;
  readonly session: ArticleSession;
  loaded: boolean;
  pendingPath: string | null;
}

const rendererLocation = resolveRendererLocation(__dirname, process.env['ELECTRON_RENDERER_URL']);
const isDefaultApp = process.defaultApp === true;
const windows = new Map<number, WindowState>();
let startupPath = resolveLaunchPath(process.argv, {
  defaultApp: isDefaultApp,
  initCwd: process.env['INIT_CWD'],
  cwd: process.cwd(),
});

function createWindow(): WindowState {
  const window = new BrowserWindow({
    width: 1100,
    height: 820,
    minWidth: 480,
    minHeight: 360,
    show: false,
    title: 'Sourcelight',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: preloadPath(__dirname) },
  });
  const contents = window.webContents;
  const id = contents.id;
  const state: WindowState = { window, session: new ArticleSession(), loaded: false, pendingPath: startupPath };
  startupPath = null;
  windows.set(id, state);
  window.once('ready-to-show', () => window.show());
  contents.on('did-start-loading', () => {
    state.loaded = false;
  });
  contents.on('did-finish-load', () => {
    state.loaded = true;
    const path = state.pendingPath;
    state.pendingPath = null;
    if (path !== null) void openInWindow(state, path);
  });
  contents.once('destroyed', () => windows.delete(id));
  if (rendererLocation.kind === 'dev-server') void window.loadURL(rendererLocation.url);
  else void window.loadFile(rendererLocation.path);
  return state;
}

async function openInWindow(state: WindowState, path: string): Promise<void> {
  if (!state.loaded) {
    state.pendingPath = path;
    return;
  }
  const result = await openSafely(state.session, path);
  if (!state.window.isDestroyed()) state.window.webContents.send(IPC_CHANNELS.articleOpened, result);
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

function onReady(): void {
  secureSession(session.defaultSession);
  registerIpcHandlers(ipcMain, {
    isTrustedSender: (event) => windows.has(event.sender.id) && isOwnRendererFrame(event.senderFrame, rendererLocation),
    sessionFor: (event) => stateForEvent(event).session,
    chooseArticlePath: (event) => chooseArticlePath(stateForEvent(event).window),
    chooseExportPath: async (event, defaultPath) => {
      const result = await dialog.showSaveDialog(stateForEvent(event).window, {
        title: 'Export HTML',
        defaultPath,
        filters: [...EXPORT_FILE_FILTERS],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  });
  const template = buildMenuTemplate(
    { openArticle: (window) => void openFromMenu(window), sendCommand: sendMenuCommand },
    { platform: process.platform, isDevelopment: rendererLocation.kind === 'dev-server' },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  createWindow();
}

// A second launch hands its file to the running window instead of opening a second app.
if (!app.requestSingleInstanceLock({ openPath: startupPath })) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    const path = resolveSecondInstancePath(additionalData, argv, workingDirectory, isDefaultApp);
    const state = targetWindow() ?? (app.isReady() ? createWindow() : null);
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
    if (windows.size === 0 && app.isReady()) createWindow();
  });
  void app.whenReady().then(onReady);
}
