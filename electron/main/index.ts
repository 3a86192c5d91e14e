import { app, protocol, session } from 'electron';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, appProtocolResponse } from './app-protocol';
import { resolveLaunchPath, resolveSecondInstancePath } from './launch-path';
import { ReaderApp } from './reader-app';
import { isAllowedRendererRequest, resolveRendererLocation } from './renderer-location';
import { hardenWebContents, secureSession } from './window-security';

// The app's lifecycle only: what must happen before ready, the single-instance lock, and the app
// events. Windows are in reader-window.ts; stores, settings, menu and IPC in reader-app.ts.

const rendererLocation = resolveRendererLocation(__dirname, process.env['ELECTRON_RENDERER_URL'], app.isPackaged);
// Every renderer, including any a bug or a dependency might create, runs in the Chromium sandbox.
app.enableSandbox();
// The built page is served as app://sourcelight/, where our handler puts the CSP header on every
// response (Chromium runs no header hook for file://); schemes must be registered before ready.
if (rendererLocation.kind === 'file') protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
const isDefaultApp = process.defaultApp === true;
// A file to open that arrived before the app was ready; the first window picks it up.
let startupPath = resolveLaunchPath(process.argv, {
  defaultApp: isDefaultApp,
  initCwd: process.env['INIT_CWD'],
  cwd: process.cwd(),
});
let readerApp: ReaderApp | null = null;

async function onReady(): Promise<void> {
  if (rendererLocation.kind === 'file') {
    const folder = rendererLocation.folder;
    protocol.handle(APP_SCHEME, (request) => appProtocolResponse(folder, request.url));
  }
  secureSession(session.defaultSession, (url) => isAllowedRendererRequest(url, rendererLocation));
  readerApp = await ReaderApp.start(rendererLocation, startupPath);
  startupPath = null;
  readerApp.createWindow();
}

// A second launch hands its file to the running window instead of opening a second app.
if (!app.requestSingleInstanceLock({ openPath: startupPath })) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    const path = resolveSecondInstancePath(additionalData, argv, workingDirectory, isDefaultApp);
    // Not ready yet: the window created on ready picks the file up.
    if (readerApp === null) {
      if (path !== null) startupPath = path;
      return;
    }
    readerApp.openPath(path);
  });
  // macOS delivers files opened from Finder this way, possibly before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    const target = readerApp?.targetWindow() ?? null;
    if (target) void target.openPath(path);
    else if (readerApp) readerApp.holdForNextWindow(path);
    else startupPath = path;
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (readerApp !== null && readerApp.windowCount === 0) readerApp.createWindow();
  });
  // Quitting waits for the window geometry being saved, once; a failed save does not hold it up.
  app.on('will-quit', (event) => {
    void readerApp?.closeLoader();
    const save = readerApp?.takePendingWindowSave() ?? null;
    if (save === null) return;
    event.preventDefault();
    void save.finally(() => app.quit());
  });
  void app.whenReady().then(onReady);
}
