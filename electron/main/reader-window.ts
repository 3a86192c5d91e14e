import { BrowserWindow, screen } from 'electron';
import { IPC_CHANNELS } from '../../shared/ipc/contract';
import type { LoadResult } from '../../shared/model/load-result';
import { ArticleSession } from '../services/article-session';
import type { SavedWindowState } from '../services/settings-store';
import { preloadPath } from './renderer-location';
import { SECURE_WEB_PREFERENCES } from './security-policy';
import { restoreWindowBounds } from './window-bounds';

const WINDOW_SIZING = { width: 1100, height: 820, minWidth: 480, minHeight: 360 } as const;

/** What a reader window is made with. */
export interface ReaderWindowOptions {
  /** The page to load (dev server or app:// URL). */
  readonly url: string;
  /** Where the user's own outlets file is, read afresh for every article the window opens. */
  readonly userOutletsPath: string;
  /** Reads a file into an article (in the app's loader utility process, shared by every window). */
  readonly load: (path: string) => Promise<LoadResult>;
  /** The window geometry saved last, or null. */
  readonly saved: SavedWindowState | null;
  /** A file to open once the page has loaded (from the command line or the OS), or null. */
  readonly pendingPath: string | null;
  /** The zoom level to apply each time the page loads. */
  readonly zoomLevel: () => number;
  /** Ctrl + wheel or a pinch asked for zoom; it goes through the same saved setting as the menu. */
  readonly onZoom: (direction: 'in' | 'out') => void;
  /** The window is closing: its geometry is worth saving. */
  readonly onClose: (window: BrowserWindow) => void;
  /** The page was destroyed; the app forgets the window. */
  readonly onDestroyed: (id: number) => void;
  /** Opens a path in this window once the page is ready; the app decides about the recent list. */
  readonly open: (window: ReaderWindow, path: string) => Promise<LoadResult>;
}

/**
 * One reader window: its sandboxed page, the article session main keeps for it, and a file waiting
 * for the page to load. Everything here is per window; the app's state lives in `ReaderApp`.
 */
export class ReaderWindow {
  /** The Electron window. */
  readonly window: BrowserWindow;
  /** The article this window shows, as main knows it; exports are made from it. */
  readonly session: ArticleSession;
  /** The id of the window's web contents, which IPC events carry as `sender.id`. */
  readonly id: number;
  private loaded = false;
  private pendingPath: string | null;

  constructor(private readonly options: ReaderWindowOptions) {
    const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((display) => display.workArea);
    // Electronegativity cannot see through the spread below: contextIsolation, sandbox, no Node and
    // Auxclick off all come from SECURE_WEB_PREFERENCES (checked by security-policy.test.ts and
    // build-smoke.test.ts); the preload exposes only typed calls, never ipcRenderer. The scanner reads
    // its disable notes only on the line that opens the call, so the formatter leaves that line alone.
    // prettier-ignore
    const window = new BrowserWindow({ // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
      ...restoreWindowBounds(options.saved?.bounds ?? null, workAreas, WINDOW_SIZING),
      minWidth: WINDOW_SIZING.minWidth,
      minHeight: WINDOW_SIZING.minHeight,
      show: false,
      title: 'Sourcelight',
      webPreferences: { ...SECURE_WEB_PREFERENCES, preload: preloadPath(__dirname) }, // eng-disable PRELOAD_JS_CHECK
    });
    this.window = window;
    this.session = new ArticleSession(options.load, options.userOutletsPath);
    this.pendingPath = options.pendingPath;
    const contents = window.webContents;
    this.id = contents.id;
    if (options.saved?.maximized) window.maximize();
    window.once('ready-to-show', () => window.show());
    window.on('close', () => options.onClose(window));
    contents.on('did-start-loading', () => {
      this.loaded = false;
    });
    contents.on('zoom-changed', (_event, direction) => options.onZoom(direction));
    contents.on('did-finish-load', () => {
      this.loaded = true;
      contents.setZoomLevel(options.zoomLevel());
      const path = this.pendingPath;
      this.pendingPath = null;
      if (path !== null) void this.openPath(path);
    });
    contents.once('destroyed', () => options.onDestroyed(this.id));
    void window.loadURL(options.url);
  }

  /** Whether the page has loaded and can be told about an article. */
  get isLoaded(): boolean {
    return this.loaded;
  }

  /** Opens a file and announces it to the page; before the page has loaded, it waits for it. */
  async openPath(path: string): Promise<void> {
    if (!this.loaded) {
      this.pendingPath = path;
      return;
    }
    const result = await this.options.open(this, path);
    this.send(IPC_CHANNELS.articleOpened, result);
  }

  /** Sends a message to the page, unless the window is gone. */
  send(channel: string, value: unknown): void {
    if (!this.window.isDestroyed()) this.window.webContents.send(channel, value);
  }

  /** Brings the window to the front, restoring it if minimised. */
  focus(): void {
    if (this.window.isMinimized()) this.window.restore();
    this.window.focus();
  }
}
