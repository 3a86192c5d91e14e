// @vitest-environment node
import { fork, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { INVOKE_CHANNELS, IPC_CHANNELS, SEND_CHANNELS } from '../shared/ipc/contract';
import { CONTENT_SECURITY_POLICY, SECURE_WEB_PREFERENCES } from './main/security-policy';

// These tests read the BUILT app in out/, which `npm test` builds before vitest runs.
const OUT = resolve(__dirname, '../out');
const MAIN = join(OUT, 'main/index.js');
const PRELOAD = join(OUT, 'preload/index.cjs');
const RENDERER_HTML = join(OUT, 'renderer/index.html');
const MISSING = 'out/ is missing or incomplete: run `npm run build` (npm test does) before these build smoke tests';

function requireBuilt(context: TestContext, ...files: string[]): void {
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length > 0) context.skip(`${MISSING} (no ${missing.join(', ')})`);
}

describe('built preload', () => {
  it('is CommonJS that requires nothing but electron, as a sandboxed preload must be', (context) => {
    requireBuilt(context, PRELOAD);
    const code = readFileSync(PRELOAD, 'utf8');
    expect(code).not.toMatch(/^\s*(import|export)\b[\s{*'"]/m);
    expect([...code.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1])).toEqual(['electron']);
    expect(code).toContain('exposeInMainWorld');
    // The preload reports real drops to main, which opens only a path it was told about just now.
    expect(code).toContain(IPC_CHANNELS.filesDropped);
    expect(code).toMatch(/isTrusted/);
    expect(code).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
  });
});

describe('built main', () => {
  it('points at a preload file that exists', (context) => {
    requireBuilt(context, MAIN);
    const code = readFileSync(MAIN, 'utf8');
    const relative = /["'](\.\.\/preload\/[^"']+)["']/.exec(code)?.[1];
    expect(relative).toBe('../preload/index.cjs');
    expect(existsSync(join(OUT, 'main', relative!))).toBe(true);
  });
});

describe('built renderer page', () => {
  it('carries our CSP and no inline script', (context) => {
    requireBuilt(context, RENDERER_HTML);
    const html = readFileSync(RENDERER_HTML, 'utf8');
    const policy = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1];
    expect(policy).toBe(CONTENT_SECURITY_POLICY);
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\ssrc=/);
      expect(body!.trim()).toBe('');
    }
  });
});

/** What the fake electron module saw while the built main process started. */
interface Recorded {
  readonly windows: FakeWindow[];
  readonly handled: string[];
  readonly listened: string[];
  readonly appEvents: Map<string, (...args: unknown[]) => unknown>;
  headersListener?: ((details: { responseHeaders?: Record<string, string[]> }, callback: (response: unknown) => void) => void) | undefined;
  requestListener?: ((details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void) | undefined;
  devicePermission?: (() => boolean) | undefined;
  displayMediaRequest?: ((request: unknown, callback: (streams: unknown) => void) => void) | undefined;
  sandboxEnabled?: boolean;
  permissionRequest?: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
  permissionCheck?: (() => boolean) | undefined;
  menu?: unknown;
  lockData?: unknown;
  userData?: string;
  themeSource?: string;
  readonly recentDocuments: string[];
  schemes?: unknown;
  protocolHandlers?: Map<string, (request: { url: string }) => Promise<Response>>;
  /** Every utility process main forked, with what it asked for and the real Node process standing in for it. */
  readonly forks: { modulePath: string; options: { execArgv?: string[]; serviceName?: string }; child: ChildProcess }[];
}

// Electron gives a utility process `process.parentPort`; a plain Node child standing in for one gets
// the same small API from this script, loaded with --require before the built entry.
const PARENT_PORT_SHIM = `const { EventEmitter } = require('node:events');
const port = new EventEmitter();
port.postMessage = (message) => process.send(message);
process.on('message', (data) => port.emit('message', { data }));
process.parentPort = port;
`;
let shimFolder = '';

function parentPortShim(): string {
  shimFolder ||= mkdtempSync(join(tmpdir(), 'sl-utility-shim-'));
  const shim = join(shimFolder, 'parent-port.cjs');
  if (!existsSync(shim)) writeFileSync(shim, PARENT_PORT_SHIM);
  return shim;
}

afterAll(() => {
  if (shimFolder) rmSync(shimFolder, { recursive: true, force: true });
});

/** `utilityProcess.fork` played by a real Node child process running the built entry, so main's loader glue runs for real. */
function fakeUtilityProcessFork(recorded: Recorded) {
  return (modulePath: string, args: string[] = [], options: { execArgv?: string[]; serviceName?: string } = {}) => {
    const child = fork(modulePath, args, {
      execArgv: ['--require', parentPortShim(), ...(options.execArgv ?? [])],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      serialization: 'advanced',
    });
    recorded.forks.push({ modulePath, options, child });
    const utility = Object.assign(new EventEmitter(), {
      pid: child.pid,
      postMessage: (message: unknown) => child.send(message as object),
      kill: () => child.kill('SIGKILL'),
    });
    child.on('message', (message) => utility.emit('message', message));
    child.on('exit', (code) => utility.emit('exit', code ?? 1));
    return utility;
  };
}

function killForks(recorded: Recorded): void {
  for (const { child } of recorded.forks) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

class FakeWebContents extends EventEmitter {
  readonly id: number;
  readonly sent: [string, unknown][] = [];
  zoomLevel = 0;
  windowOpenHandler?: () => unknown;
  constructor(id: number) {
    super();
    this.id = id;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  setWindowOpenHandler(handler: () => unknown): void {
    this.windowOpenHandler = handler;
  }
  setZoomLevel(level: number): void {
    this.zoomLevel = level;
  }
}

class FakeWindow extends EventEmitter {
  readonly webContents: FakeWebContents;
  loadedFile?: string;
  loadedUrl?: string;
  maximized = false;
  constructor(
    readonly options: { webPreferences?: Record<string, unknown>; x?: number; y?: number; width?: number; height?: number },
    id: number,
  ) {
    super();
    this.webContents = new FakeWebContents(id);
  }
  loadFile(path: string): Promise<void> {
    this.loadedFile = path;
    return Promise.resolve();
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  isDestroyed(): boolean {
    return false;
  }
  isFocused(): boolean {
    return true;
  }
  isMinimized(): boolean {
    return false;
  }
  show(): void {}
  focus(): void {}
  restore(): void {}
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    const { x = 0, y = 0, width = 0, height = 0 } = this.options;
    return { x, y, width, height };
  }
}

const WORK_AREA = { x: 0, y: 0, width: 1920, height: 1040 };

function fakeElectron(recorded: Recorded): unknown {
  let nextId = 1;
  const BrowserWindow = class extends FakeWindow {
    constructor(options: { webPreferences?: Record<string, unknown> }) {
      super(options, nextId++);
      recorded.windows.push(this);
    }
  };
  return {
    app: {
      requestSingleInstanceLock: (data: unknown) => {
        recorded.lockData = data;
        return true;
      },
      on: (event: string, listener: (...args: unknown[]) => unknown) => recorded.appEvents.set(event, listener),
      whenReady: () => Promise.resolve(),
      enableSandbox: () => (recorded.sandboxEnabled = true),
      isReady: () => true,
      quit: () => undefined,
      isPackaged: false,
      getAppPath: () => resolve(__dirname, '..'),
      getPath: (name: string) => {
        if (name !== 'userData' || !recorded.userData) throw new Error(`unexpected app.getPath(${name})`);
        return recorded.userData;
      },
      addRecentDocument: (path: string) => recorded.recentDocuments.push(path),
      getAppMetrics: () => [],
      clearRecentDocuments: () => recorded.recentDocuments.splice(0),
    },
    nativeTheme: {
      set themeSource(value: string) {
        recorded.themeSource = value;
      },
    },
    screen: {
      getPrimaryDisplay: () => ({ workArea: WORK_AREA }),
      getAllDisplays: () => [{ workArea: WORK_AREA }],
    },
    shell: { openExternal: () => Promise.resolve() },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => (recorded.schemes = schemes),
      handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) => {
        recorded.protocolHandlers ??= new Map();
        recorded.protocolHandlers.set(scheme, handler);
      },
    },
    BrowserWindow,
    utilityProcess: { fork: fakeUtilityProcessFork(recorded) },
    ipcMain: { handle: (channel: string) => recorded.handled.push(channel), on: (channel: string) => recorded.listened.push(channel) },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: (menu: unknown) => (recorded.menu = menu) },
    dialog: {},
    session: {
      defaultSession: {
        webRequest: {
          onHeadersReceived: (listener: Recorded['headersListener']) => (recorded.headersListener = listener),
          onBeforeRequest: (listener: Recorded['requestListener']) => (recorded.requestListener = listener),
        },
        setDevicePermissionHandler: (handler: Recorded['devicePermission']) => (recorded.devicePermission = handler),
        setDisplayMediaRequestHandler: (handler: Recorded['displayMediaRequest']) => (recorded.displayMediaRequest = handler),
        setPermissionRequestHandler: (handler: Recorded['permissionRequest']) => (recorded.permissionRequest = handler),
        setPermissionCheckHandler: (handler: Recorded['permissionCheck']) => (recorded.permissionCheck = handler),
      },
    },
  };
}

type LoadFunction = (request: string, parent: unknown, isMain: boolean) => unknown;

describe('built main process against a mocked electron module', () => {
  const recorded: Recorded = { windows: [], handled: [], listened: [], appEvents: new Map(), recentDocuments: [], forks: [] };
  let workDir = '';
  let article = '';
  let loaded = false;

  beforeAll(async () => {
    if (!existsSync(MAIN) || !existsSync(PRELOAD)) return;
    workDir = mkdtempSync(join(tmpdir(), 'sl-smoke-'));
    article = join(workDir, 'launch.txt');
    writeFileSync(article, 'The ministry said the road "will reopen soon," officials added.\n');
    // A previous run's settings: the window geometry and theme must come back.
    recorded.userData = join(workDir, 'user-data');
    mkdirSync(recorded.userData);
    writeFileSync(
      join(recorded.userData, 'settings.json'),
      JSON.stringify({ theme: 'dark', zoomLevel: 1, window: { bounds: { x: 40, y: 30, width: 1000, height: 700 }, maximized: true } }),
    );
    const moduleInternals = Module as unknown as { _load: LoadFunction };
    const originalLoad = moduleInternals._load;
    const electron = fakeElectron(recorded);
    const savedArgv = process.argv;
    const savedRendererUrl = process.env['ELECTRON_RENDERER_URL'];
    delete process.env['ELECTRON_RENDERER_URL'];
    // As `electron out/main/index.js launch.txt` would start it.
    process.argv = ['electron', MAIN, article];
    Object.assign(process, { defaultApp: true });
    moduleInternals._load = function (this: unknown, request, parent, isMain) {
      if (request === 'electron') return electron;
      return originalLoad.call(this, request, parent, isMain);
    };
    try {
      createRequire(__filename)(MAIN);
      loaded = true;
    } finally {
      moduleInternals._load = originalLoad;
      process.argv = savedArgv;
      Reflect.deleteProperty(process, 'defaultApp');
      if (savedRendererUrl !== undefined) process.env['ELECTRON_RENDERER_URL'] = savedRendererUrl;
    }
    // The window appears once the settings have been read from disk.
    for (let waited = 0; recorded.windows.length === 0 && waited < 5_000; waited += 10) {
      await new Promise((resolveWait) => setTimeout(resolveWait, 10));
    }
  });

  afterAll(() => {
    killForks(recorded);
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('creates one window with the secure webPreferences and the built preload', (context) => {
    if (!loaded) context.skip(MISSING);
    expect(recorded.windows).toHaveLength(1);
    const preferences = recorded.windows[0]!.options.webPreferences!;
    expect(preferences).toMatchObject(SECURE_WEB_PREFERENCES);
    expect(preferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(preferences['preload']).toBe(PRELOAD);
    expect(recorded.windows[0]!.loadedUrl).toBe('app://sourcelight/index.html');
    expect(recorded.windows[0]!.loadedFile).toBeUndefined();
  });

  it('serves the built page over app:// with the CSP header on every response', async (context) => {
    if (!loaded) context.skip(MISSING);
    expect(recorded.schemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    const handler = recorded.protocolHandlers?.get('app');
    expect(handler).toBeDefined();
    const page = await handler!({ url: 'app://sourcelight/index.html' });
    expect(page.status).toBe(200);
    expect(await page.text()).toBe(readFileSync(RENDERER_HTML, 'utf8'));
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const escape = await handler!({ url: 'app://sourcelight/..%2f..%2fmain/index.js' });
    expect(escape.status).toBeGreaterThanOrEqual(400);
    expect(escape.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('restores the saved window geometry and theme', (context) => {
    if (!loaded) context.skip(MISSING);
    expect(recorded.windows[0]!.options).toMatchObject({ x: 40, y: 30, width: 1000, height: 700 });
    expect(recorded.windows[0]!.maximized).toBe(true);
    expect(recorded.themeSource).toBe('dark');
  });

  it('registers exactly the contract invoke channels', (context) => {
    if (!loaded) context.skip(MISSING);
    expect([...recorded.handled].sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect(recorded.listened).toEqual([...SEND_CHANNELS]);
  });

  it('sends the CSP header and refuses every permission', (context) => {
    if (!loaded) context.skip(MISSING);
    let response: unknown;
    recorded.headersListener!({ responseHeaders: { 'content-type': ['text/html'] } }, (value) => (response = value));
    expect(response).toEqual({
      responseHeaders: { 'content-type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
    let granted: boolean | undefined;
    recorded.permissionRequest!({}, 'media', (value) => (granted = value));
    expect(granted).toBe(false);
    expect(recorded.permissionCheck!()).toBe(false);
  });

  it('sandboxes every renderer, and refuses devices and screen capture', (context) => {
    if (!loaded) context.skip(MISSING);
    expect(recorded.sandboxEnabled).toBe(true);
    expect(recorded.devicePermission!()).toBe(false);
    let streams: unknown = 'unanswered';
    recorded.displayMediaRequest!({}, (value) => (streams = value));
    expect(streams).toBeNull();
  });

  it('lets the session fetch only the built renderer, never the network or other local files', (context) => {
    if (!loaded) context.skip(MISSING);
    const cancelled = (url: string): boolean | undefined => {
      let answer: boolean | undefined;
      recorded.requestListener!({ url }, (response) => (answer = response.cancel));
      return answer;
    };
    const rendererFolder = pathToFileURL(join(OUT, 'renderer')).href;
    expect(cancelled('app://sourcelight/index.html')).toBe(false);
    expect(cancelled('app://sourcelight/assets/analysis.worker.js')).toBe(false);
    // Served over app://, so no file:// URL is needed, not even the built page's own.
    expect(cancelled(`${rendererFolder}/index.html`)).toBe(true);
    expect(cancelled('app://sourcelight/%E0%A4%A.js')).toBe(true);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
    expect(cancelled('https://tracker.example/pixel.gif')).toBe(true);
    expect(cancelled('http://127.0.0.1:8080/')).toBe(true);
    expect(cancelled(pathToFileURL('/etc/passwd').href)).toBe(true);
    expect(cancelled(`${rendererFolder}/../main/index.js`)).toBe(true);
  });

  it('keeps every web contents from navigating, opening windows or attaching webviews', (context) => {
    if (!loaded) context.skip(MISSING);
    const contents = new FakeWebContents(99);
    recorded.appEvents.get('web-contents-created')!({}, contents);
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false;
      contents.emit(event, { preventDefault: () => (prevented = true) });
      expect(prevented, event).toBe(true);
    }
    expect(contents.windowOpenHandler!()).toEqual({ action: 'deny' });
  });

  it('holds a single-instance lock carrying the launch file, and hands second launches to the window', (context) => {
    if (!loaded) context.skip(MISSING);
    expect(recorded.lockData).toEqual({ openPath: article });
    expect(recorded.appEvents.has('second-instance')).toBe(true);
  });

  it('opens the command-line file once the page has loaded and sends it to the reader', async (context) => {
    if (!loaded) context.skip(MISSING);
    const contents = recorded.windows[0]!.webContents;
    expect(contents.sent).toEqual([]);
    contents.emit('did-finish-load');
    // The first file starts the isolated loader worker, which takes a few seconds on a busy machine.
    await expect.poll(() => contents.sent.length, { message: 'an article-opened message', timeout: 20_000 }).toBe(1);
    expect(contents.sent[0]![0]).toBe(IPC_CHANNELS.articleOpened);
    expect(contents.sent[0]![1]).toHaveProperty('ok');
    expect(contents.zoomLevel).toBe(1);
  }, 30_000);

  it('remembers the opened file in the recent list and the OS recent documents', async (context) => {
    if (!loaded) context.skip(MISSING);
    await expect.poll(() => recorded.recentDocuments, { timeout: 20_000 }).toEqual([article]);
    await expect
      .poll(() => existsSync(join(recorded.userData!, 'recent-files.json')) && readFileSync(join(recorded.userData!, 'recent-files.json'), 'utf8'))
      .toContain('launch.txt');
  }, 30_000);

  it('opens a second launch’s file in the running window instead of a new one', async (context) => {
    if (!loaded) context.skip(MISSING);
    const second = join(workDir, 'second.txt');
    writeFileSync(second, 'Officials reportedly met on Monday.\n');
    const contents = recorded.windows[0]!.webContents;
    const before = contents.sent.length;
    recorded.appEvents.get('second-instance')!({}, ['electron', MAIN, second], workDir, { openPath: second });
    await expect.poll(() => contents.sent.length, { timeout: 20_000 }).toBe(before + 1);
    const [channel, result] = contents.sent.at(-1)!;
    expect(channel).toBe(IPC_CHANNELS.articleOpened);
    expect(result).toMatchObject({ ok: true, article: { sourcePath: second } });
    expect(recorded.windows).toHaveLength(1);
  }, 30_000);

  it('opens a file a second launch named only on its command line (a packaged "Open With" without lock data)', async (context) => {
    if (!loaded) context.skip(MISSING);
    const third = join(workDir, 'third.txt');
    writeFileSync(third, 'The agency said the port "is open," officials added.\n');
    const contents = recorded.windows[0]!.webContents;
    const before = contents.sent.length;
    recorded.appEvents.get('second-instance')!({}, ['electron', MAIN, '--allow-file-access-from-files', 'third.txt'], workDir, undefined);
    await expect.poll(() => contents.sent.length).toBe(before + 1);
    expect(contents.sent.at(-1)![1]).toMatchObject({ ok: true, article: { sourcePath: third } });
    expect(recorded.windows).toHaveLength(1);
  });

  it('opens a file macOS hands over with open-file (double-click, Open With, a drop on the Dock icon) in the running window', async (context) => {
    if (!loaded) context.skip(MISSING);
    const fromFinder = join(workDir, 'from-finder.txt');
    writeFileSync(fromFinder, 'State media reported the bridge had reopened.\n');
    const contents = recorded.windows[0]!.webContents;
    const before = contents.sent.length;
    let prevented = false;
    recorded.appEvents.get('open-file')!({ preventDefault: () => (prevented = true) }, fromFinder);
    // Without preventDefault macOS would report that the app cannot open the file.
    expect(prevented).toBe(true);
    await expect.poll(() => contents.sent.length).toBe(before + 1);
    expect(contents.sent.at(-1)).toEqual([
      IPC_CHANNELS.articleOpened,
      expect.objectContaining({ ok: true, article: expect.objectContaining({ sourcePath: fromFinder }) }),
    ]);
    expect(recorded.windows).toHaveLength(1);
  });

  it('reads a PDF through the built pdf worker, leaving this process’s Array.prototype.push alone', async (context) => {
    if (!loaded) context.skip(MISSING);
    requireBuilt(context, join(OUT, 'main/pdf-worker.js'));
    const pdf = resolve(__dirname, 'services/loaders/fixtures/same-article/ferry-article.pdf');
    const push = Array.prototype.push;
    const contents = recorded.windows[0]!.webContents;
    const before = contents.sent.length;
    recorded.appEvents.get('second-instance')!({}, ['electron', MAIN, pdf], workDir, { openPath: pdf });
    // Starting a worker and pdfjs in it can take a few seconds on a busy machine.
    await expect.poll(() => contents.sent.length, { timeout: 20_000 }).toBe(before + 1);
    expect(contents.sent.at(-1)![1]).toMatchObject({ ok: true, article: { sourcePath: pdf, format: 'pdf' } });
    expect(Array.prototype.push).toBe(push);
  }, 30_000);

  it('reads every file in one utility process forked from the built loader entry with the heap cap', (context) => {
    if (!loaded) context.skip(MISSING);
    expect(recorded.forks).toHaveLength(1);
    const [{ modulePath, options }] = recorded.forks as [Recorded['forks'][number]];
    expect(modulePath).toBe(join(OUT, 'main/loader-process.js'));
    expect(options.execArgv).toEqual(['--max-old-space-size=768']);
    expect(options.serviceName).toBe('Sourcelight file reader');
  });

  it('opens the next file in a fresh utility process after the loader process died, and the window never notices', async (context) => {
    if (!loaded) context.skip(MISSING);
    const { child } = recorded.forks[0]!;
    const gone = new Promise((resolveExit) => child.once('exit', resolveExit));
    child.kill('SIGKILL');
    await gone;
    const after = join(workDir, 'after-crash.txt');
    writeFileSync(after, 'The ministry said the bridge "is safe," officials added.\n');
    const contents = recorded.windows[0]!.webContents;
    const before = contents.sent.length;
    recorded.appEvents.get('second-instance')!({}, ['electron', MAIN, after], workDir, { openPath: after });
    await expect.poll(() => contents.sent.length, { timeout: 20_000 }).toBe(before + 1);
    expect(contents.sent.at(-1)![1]).toMatchObject({ ok: true, article: { sourcePath: after } });
    expect(recorded.forks).toHaveLength(2);
  }, 30_000);

  it('saves the window geometry when the window closes', async (context) => {
    if (!loaded) context.skip(MISSING);
    const window = recorded.windows[0]!;
    window.emit('close', {});
    const settingsFile = join(recorded.userData!, 'settings.json');
    await expect
      .poll(() => (JSON.parse(readFileSync(settingsFile, 'utf8')) as { window?: unknown }).window)
      .toEqual({ bounds: { x: 40, y: 30, width: 1000, height: 700 }, maximized: true });
  });
});

describe('built main process started by opening a file from Finder (open-file before ready)', () => {
  const recorded: Recorded = { windows: [], handled: [], listened: [], appEvents: new Map(), recentDocuments: [], forks: [] };
  let workDir = '';
  let article = '';
  let becomeReady: () => void = () => undefined;
  let loaded = false;

  beforeAll(async () => {
    if (!existsSync(MAIN) || !existsSync(PRELOAD)) return;
    workDir = mkdtempSync(join(tmpdir(), 'sl-open-file-'));
    article = join(workDir, 'opened-from-finder.txt');
    writeFileSync(article, 'The ministry said the ferry "will sail on Friday," officials added.\n');
    recorded.userData = join(workDir, 'user-data');
    mkdirSync(recorded.userData);
    const base = fakeElectron(recorded) as { app: Record<string, unknown> };
    const ready = new Promise<void>((resolveReady) => (becomeReady = resolveReady));
    const electron = { ...base, app: { ...base.app, whenReady: () => ready } };
    const moduleInternals = Module as unknown as { _load: LoadFunction };
    const originalLoad = moduleInternals._load;
    const savedArgv = process.argv;
    const savedRendererUrl = process.env['ELECTRON_RENDERER_URL'];
    delete process.env['ELECTRON_RENDERER_URL'];
    // macOS starts the app with no file argument and delivers the file as an event instead.
    process.argv = ['electron', MAIN];
    Object.assign(process, { defaultApp: true });
    const requireBuilt = createRequire(__filename);
    delete requireBuilt.cache[MAIN];
    moduleInternals._load = function (this: unknown, request, parent, isMain) {
      if (request === 'electron') return electron;
      return originalLoad.call(this, request, parent, isMain);
    };
    try {
      requireBuilt(MAIN);
      loaded = true;
    } finally {
      moduleInternals._load = originalLoad;
      process.argv = savedArgv;
      Reflect.deleteProperty(process, 'defaultApp');
      if (savedRendererUrl !== undefined) process.env['ELECTRON_RENDERER_URL'] = savedRendererUrl;
    }
  });

  afterAll(() => {
    killForks(recorded);
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('keeps the file until the window has loaded, then opens it there', async (context) => {
    if (!loaded) context.skip(MISSING);
    let prevented = false;
    recorded.appEvents.get('open-file')!({ preventDefault: () => (prevented = true) }, article);
    expect(prevented).toBe(true);
    expect(recorded.windows).toHaveLength(0);
    becomeReady();
    await expect.poll(() => recorded.windows.length, { message: 'the first window' }).toBe(1);
    const contents = recorded.windows[0]!.webContents;
    contents.emit('did-finish-load');
    // The first open starts the loader worker, which takes a few seconds on a busy machine.
    await expect.poll(() => contents.sent.length, { timeout: 20_000 }).toBe(1);
    expect(contents.sent[0]).toEqual([
      IPC_CHANNELS.articleOpened,
      expect.objectContaining({ ok: true, article: expect.objectContaining({ sourcePath: article }) }),
    ]);
  });
});

describe('built loader worker', () => {
  const LOADER = join(OUT, 'main/loader-worker.js');
  const SAME_ARTICLE = resolve(__dirname, 'services/loaders/fixtures/same-article');

  async function loadInBuiltWorker(path: string): Promise<{ ok: boolean; article?: { format: string; text: string } }> {
    const { Worker } = await import('node:worker_threads');
    const worker = new Worker(LOADER, { workerData: { tag: 'sourcelight-article-loader' }, resourceLimits: { maxOldGenerationSizeMb: 256 } });
    try {
      return await new Promise((resolveLoad, reject) => {
        worker.once('message', (message: { result: { ok: boolean; article?: { format: string; text: string } } }) => resolveLoad(message.result));
        worker.once('error', reject);
        worker.postMessage({ id: 1, path });
      });
    } finally {
      await worker.terminate();
    }
  }

  it('opens an article, and a PDF through the PDF worker it starts, with no TypeScript tooling', async (context) => {
    requireBuilt(context, LOADER, join(OUT, 'main/pdf-worker.js'));
    const code = readFileSync(LOADER, 'utf8');
    expect(code).not.toContain('require("electron")');
    const txt = await loadInBuiltWorker(join(SAME_ARTICLE, 'ferry-article.txt'));
    const pdf = await loadInBuiltWorker(join(SAME_ARTICLE, 'ferry-article.pdf'));
    expect(txt.ok && txt.article?.format).toBe('txt');
    expect(pdf.ok && pdf.article?.format).toBe('pdf');
  }, 60_000);
});

describe('built loader process', () => {
  const LOADER = join(OUT, 'main/loader-process.js');
  const SAME_ARTICLE = resolve(__dirname, 'services/loaders/fixtures/same-article');

  it('answers requests over process.parentPort with the same loaders, and needs no electron module', async (context) => {
    requireBuilt(context, LOADER, join(OUT, 'main/pdf-worker.js'));
    expect(readFileSync(LOADER, 'utf8')).not.toContain('require("electron")');
    const recorded = { forks: [] } as unknown as Recorded;
    const utility = fakeUtilityProcessFork(recorded)(LOADER, [], { execArgv: ['--max-old-space-size=256'] });
    try {
      const answers: unknown[] = [];
      utility.on('message', (message: unknown) => answers.push(message));
      utility.postMessage('not a request');
      utility.postMessage({ id: 7, path: join(SAME_ARTICLE, 'ferry-article.txt') });
      utility.postMessage({ id: 8, path: join(SAME_ARTICLE, 'ferry-article.pdf') });
      await expect.poll(() => answers.length, { timeout: 30_000 }).toBe(2);
      const byId = new Map((answers as { id: number; result: { ok: boolean; article?: { format: string } } }[]).map((answer) => [answer.id, answer.result]));
      expect(byId.get(7)).toMatchObject({ ok: true, article: { format: 'txt' } });
      expect(byId.get(8)).toMatchObject({ ok: true, article: { format: 'pdf' } });
    } finally {
      killForks(recorded);
    }
  }, 60_000);
});
