// @vitest-environment node
import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { INVOKE_CHANNELS, IPC_CHANNELS } from '../shared/ipc/contract';
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
  readonly appEvents: Map<string, (...args: unknown[]) => unknown>;
  headersListener?: (details: { responseHeaders?: Record<string, string[]> }, callback: (response: unknown) => void) => void;
  permissionRequest?: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
  permissionCheck?: () => boolean;
  menu?: unknown;
  lockData?: unknown;
}

class FakeWebContents extends EventEmitter {
  readonly id: number;
  readonly sent: [string, unknown][] = [];
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
}

class FakeWindow extends EventEmitter {
  readonly webContents: FakeWebContents;
  loadedFile?: string;
  loadedUrl?: string;
  constructor(
    readonly options: { webPreferences?: Record<string, unknown> },
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
}

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
      isReady: () => true,
      quit: () => undefined,
    },
    BrowserWindow,
    ipcMain: { handle: (channel: string) => recorded.handled.push(channel) },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: (menu: unknown) => (recorded.menu = menu) },
    dialog: {},
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: (listener: Recorded['headersListener']) => (recorded.headersListener = listener) },
        setPermissionRequestHandler: (handler: Recorded['permissionRequest']) => (recorded.permissionRequest = handler),
        setPermissionCheckHandler: (handler: Recorded['permissionCheck']) => (recorded.permissionCheck = handler),
      },
    },
  };
}

type LoadFunction = (request: string, parent: unknown, isMain: boolean) => unknown;

describe('built main process against a mocked electron module', () => {
  const recorded: Recorded = { windows: [], handled: [], appEvents: new Map() };
  let workDir = '';
  let article = '';
  let loaded = false;

  beforeAll(async () => {
    if (!existsSync(MAIN) || !existsSync(PRELOAD)) return;
    workDir = mkdtempSync(join(tmpdir(), 'sl-smoke-'));
    article = join(workDir, 'launch.txt');
    writeFileSync(article, 'The ministry said the road "will reopen soon," officials added.\n');
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
    await new Promise((resolveTick) => setImmediate(resolveTick));
  });

  afterAll(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('creates one window with the secure webPreferences and the built preload', (context) => {
    if (!loaded) context.skip(MISSING);
    expect(recorded.windows).toHaveLength(1);
    const preferences = recorded.windows[0]!.options.webPreferences!;
    expect(preferences).toMatchObject(SECURE_WEB_PREFERENCES);
    expect(preferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(preferences['preload']).toBe(PRELOAD);
    expect(recorded.windows[0]!.loadedFile).toBe(RENDERER_HTML);
  });

  it('registers exactly the contract invoke channels', (context) => {
    if (!loaded) context.skip(MISSING);
    expect([...recorded.handled].sort()).toEqual([...INVOKE_CHANNELS].sort());
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

  it('keeps every web contents from navigating, opening windows or attaching webviews', (context) => {
    if (!loaded) context.skip(MISSING);
    const contents = new FakeWebContents(99);
    recorded.appEvents.get('web-contents-created')!({}, contents);
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
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
    await expect.poll(() => contents.sent.length, { message: 'an article-opened message' }).toBe(1);
    expect(contents.sent[0]![0]).toBe(IPC_CHANNELS.articleOpened);
    expect(contents.sent[0]![1]).toHaveProperty('ok');
  });
});
