import { mkdtemp, rm } from 'node:fs/promises';
import { USER_OUTLETS_FILE } from '../../electron/services/user-outlets-file';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { DropRecord } from '../../electron/main/drop-record';
import { createIpcHandlers, exportArticleFor, type InvokeEventLike, type InvokeHandler, type IpcHandlerDeps } from '../../electron/main/ipc-handlers';
import { openRemembered } from '../../electron/services/article-actions';
import { ArticleSession } from '../../electron/services/article-session';
import { IsolatedLoader, type LoaderLimits } from '../../electron/services/loaders/isolated-load';
import { ReaderSettingsOwner } from '../../electron/services/reader-settings';
import { RecentFiles } from '../../electron/services/recent-files';
import { sampleArticlePath } from '../../electron/services/sample-article';
import { SettingsStore } from '../../electron/services/settings-store';
import { CorrectionsStore } from '../../electron/services/corrections-store';
import { IPC_CHANNELS, type MenuCommand } from '../../shared/ipc/contract';
import type { ExportFormat, ExportResult } from '../../shared/model/export-format';
import type { LayerId } from '../../shared/model/layers';
import type { ReaderSettings } from '../../shared/model/settings';
import type { LoadResult } from '../../shared/model/load-result';

/** Names of the page globals the bridge uses; the reader itself only ever sees `window.sourcelight`. */
const BINDINGS = {
  invoke: '__sourcelightInvoke',
  resolveDrop: '__sourcelightResolveDrop',
  emit: '__sourcelightEmit',
} as const;

/** The events the desktop side pushes to the page. */
type EmitKind = 'article-opened' | 'menu-command' | 'settings-changed' | 'export-finished';

/** The repository root, where the bundled sample article is in development. */
const REPO_ROOT = resolve(__dirname, '..', '..');

/** Options of the bridge. */
export interface BrowserBridgeOptions {
  /**
   * The user-data folder holding the settings and recent files. By default each bridge gets a fresh
   * temporary one, removed when the page closes; pass a folder to share state between pages.
   */
  readonly userDataDir?: string;
  /**
   * Limits for the loader the bridge opens files in. By default the bridge uses the shared loader
   * with the app's limits; a spec that needs a file stopped quickly passes smaller ones.
   */
  readonly loaderLimits?: LoaderLimits;
}

/** What the page script needs to know, passed as data because it cannot import. */
interface PageBridgeConfig {
  readonly bindings: typeof BINDINGS;
  readonly channels: typeof IPC_CHANNELS;
}

/** The event every handler receives: our own page, top frame, so the sender check passes as in the app. */
const OWN_PAGE_EVENT: InvokeEventLike = { sender: { id: 1 }, senderFrame: { url: 'http://127.0.0.1/', parent: null } };

/**
 * Runs in the page before any app script: implements `SourcelightApi` over the exposed bindings, the
 * way the preload implements it over IPC. Serialised by Playwright, so it may not close over imports.
 */
function installPageBridge({ bindings, channels }: PageBridgeConfig): void {
  type Listener = (value: unknown) => void;
  const page = window as unknown as Record<string, unknown>;
  const call = (name: string, ...args: unknown[]): Promise<unknown> => (page[name] as (...values: unknown[]) => Promise<unknown>)(...args);
  const notADiskFile = { ok: false, error: { code: 'unreadable', message: 'Only files from your disk can be dropped here.' } };

  // Like the preload's replay channel: an article opened before React subscribed is held for it.
  const articleListeners = new Set<Listener>();
  let heldArticle: { readonly value: unknown } | null = null;
  const menuListeners = new Set<Listener>();
  const settingsListeners = new Set<Listener>();
  const exportListeners = new Set<Listener>();

  const api = {
    openArticleDialog: () => call(bindings.invoke, channels.openArticleDialog),
    openDroppedFile: async (file: unknown) => {
      if (!(file instanceof File)) return notADiskFile;
      const path = await call(bindings.resolveDrop, file.name);
      if (typeof path !== 'string') return notADiskFile;
      return call(bindings.invoke, channels.openDroppedPath, path);
    },
    // Only the format crosses, as in the preload: the desktop side exports with the settings it holds.
    exportArticle: (format: unknown, language?: unknown) =>
      call(bindings.invoke, channels.exportArticle, String(format), language === undefined ? undefined : String(language)),
    openSampleArticle: () => call(bindings.invoke, channels.openSampleArticle),
    listRecentFiles: () => call(bindings.invoke, channels.listRecentFiles),
    openRecentFile: (path: unknown) => call(bindings.invoke, channels.openRecentFile, String(path)),
    getSettings: () => call(bindings.invoke, channels.getSettings),
    // Plain data only, as the preload sends it.
    updateSettings: (change: unknown) => call(bindings.invoke, channels.updateSettings, JSON.parse(JSON.stringify(change ?? {})) as unknown),
    openExternalLink: (url: unknown) => call(bindings.invoke, channels.openExternalLink, String(url)),
    getCorrections: () => call(bindings.invoke, channels.getCorrections),
    // Plain data only, as the preload sends it.
    saveCorrections: (corrections: unknown) => call(bindings.invoke, channels.saveCorrections, JSON.parse(JSON.stringify(corrections ?? [])) as unknown),
    exportCorrections: () => call(bindings.invoke, channels.exportCorrections),
    onArticleOpened: (listener: Listener) => {
      articleListeners.add(listener);
      if (heldArticle) {
        const { value } = heldArticle;
        heldArticle = null;
        listener(value);
      }
      return () => void articleListeners.delete(listener);
    },
    onMenuCommand: (listener: Listener) => {
      menuListeners.add(listener);
      return () => void menuListeners.delete(listener);
    },
    onSettingsChanged: (listener: Listener) => {
      settingsListeners.add(listener);
      return () => void settingsListeners.delete(listener);
    },
    onExportFinished: (listener: Listener) => {
      exportListeners.add(listener);
      return () => void exportListeners.delete(listener);
    },
  };
  Object.defineProperty(window, 'sourcelight', { value: Object.freeze(api), enumerable: true });
  Object.defineProperty(window, bindings.emit, {
    value: (kind: EmitKind, value: unknown) => {
      if (kind === 'menu-command') {
        for (const listener of [...menuListeners]) listener(value);
      } else if (kind === 'settings-changed') {
        for (const listener of [...settingsListeners]) listener(value);
      } else if (kind === 'export-finished') {
        for (const listener of [...exportListeners]) listener(value);
      } else if (articleListeners.size === 0) {
        heldArticle = { value };
      } else {
        for (const listener of [...articleListeners]) listener(value);
      }
    },
  });
}

/**
 * The desktop side of the app for a browser page: the same IPC handlers and `ArticleSession` the
 * main process registers, with the OS dialogs answered by the test.
 */
export class BrowserBridge {
  /** The article session the handlers act on, as the main process keeps one per window. */
  readonly session: ArticleSession;
  /** Paths the save dialog was opened with as its suggestion, oldest first. */
  readonly suggestedExportPaths: string[] = [];
  /** Links the page asked to open, in the order the confirm dialog was shown for them. */
  readonly confirmedLinkPrompts: string[] = [];
  /** Links handed to the "system browser" (after the user confirmed), oldest first. */
  readonly openedLinks: string[] = [];
  private readonly openAnswers: (string | null)[] = [];
  private readonly saveAnswers: (string | null)[] = [];
  private readonly linkAnswers: boolean[] = [];
  private readonly droppable = new Map<string, string>();
  /** What main knows of drops: the bridge records each one as the preload reports it in the app. */
  readonly drops = new DropRecord();
  private readonly handlers: Readonly<Record<string, InvokeHandler>>;
  private readonly deps: IpcHandlerDeps;
  /** The owner of the settings, as main keeps it: every change is saved here and broadcast. */
  private readonly owner: ReaderSettingsOwner;
  // The page's broadcast of the last change made outside it, so menu actions can wait for the page to hear it.
  private lastBroadcast: Promise<void> = Promise.resolve();

  private constructor(
    private readonly page: Page,
    /** The user-data folder the settings and recent files are saved in. */
    readonly userDataDir: string,
    /** The settings file, as the main process keeps it. */
    readonly settings: SettingsStore,
    /** The recent-files list, as the main process keeps it. */
    readonly recentFiles: RecentFiles,
    /** The reader's corrections, as the main process keeps them. */
    readonly corrections: CorrectionsStore,
    loader?: IsolatedLoader,
  ) {
    // Like the main process: the user's own outlets are read from the user-data folder for every article.
    this.session = new ArticleSession(loader ? (path) => loader.load(path) : undefined, join(userDataDir, USER_OUTLETS_FILE));
    // Like main: a change the page sent is answered to it, any other change is pushed to it.
    this.owner = new ReaderSettingsOwner(settings, (changed, origin) => {
      if (origin !== OWN_PAGE_EVENT.sender.id) this.lastBroadcast = this.emit('settings-changed', changed);
    });
    this.deps = {
      isTrustedSender: () => true,
      sessionFor: () => this.session,
      // An unanswered dialog behaves as if the user pressed Cancel.
      chooseArticlePath: async () => this.openAnswers.shift() ?? null,
      chooseExportPath: async (_event, defaultPath) => {
        this.suggestedExportPaths.push(defaultPath);
        return this.saveAnswers.shift() ?? null;
      },
      settings: this.owner,
      recentFiles,
      corrections,
      chooseCorrectionsPath: async (_event, defaultPath) => {
        this.suggestedExportPaths.push(defaultPath);
        return this.saveAnswers.shift() ?? null;
      },
      sampleArticlePath: sampleArticlePath({ isPackaged: false, resourcesPath: '', appPath: REPO_ROOT }),
      // An unanswered confirm dialog behaves as if the user pressed Cancel.
      confirmExternalLink: async (_event, url) => {
        this.confirmedLinkPrompts.push(url);
        return this.linkAnswers.shift() ?? false;
      },
      openExternal: async (url) => {
        this.openedLinks.push(url);
      },
      drops: this.drops,
    };
    this.handlers = createIpcHandlers(this.deps);
  }

  /** Exposes the bindings and installs `window.sourcelight` for every document the page loads. */
  static async install(page: Page, options: BrowserBridgeOptions = {}): Promise<BrowserBridge> {
    const ownFolder = options.userDataDir === undefined;
    const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'sl-e2e-user-data-')));
    if (ownFolder) page.once('close', () => void rm(userDataDir, { recursive: true, force: true }));
    const loader = options.loaderLimits ? new IsolatedLoader(options.loaderLimits) : undefined;
    if (loader) page.once('close', () => void loader.close());
    const bridge = new BrowserBridge(
      page,
      userDataDir,
      await SettingsStore.open(userDataDir),
      await RecentFiles.open(userDataDir),
      await CorrectionsStore.open(userDataDir),
      loader,
    );
    await page.exposeFunction(BINDINGS.invoke, (channel: string, ...args: unknown[]) => bridge.invoke(channel, args));
    await page.exposeFunction(BINDINGS.resolveDrop, (name: string) => {
      const path = bridge.droppable.get(name) ?? null;
      // As the preload tells main about a real drop before the reader asks to open it.
      if (path !== null) bridge.drops.record(OWN_PAGE_EVENT.sender.id, [path]);
      return path;
    });
    await page.addInitScript(installPageBridge, { bindings: BINDINGS, channels: IPC_CHANNELS });
    return bridge;
  }

  /** The file the next open dialog returns; null answers Cancel. */
  answerNextOpenDialog(path: string | null): void {
    this.openAnswers.push(path);
  }

  /** The file the next save dialog returns; null answers Cancel. */
  answerNextSaveDialog(path: string | null): void {
    this.saveAnswers.push(path);
  }

  /** Whether the next "open this link in your browser?" dialog is confirmed; unanswered ones are cancelled. */
  answerNextLinkConfirm(confirm: boolean): void {
    this.linkAnswers.push(confirm);
  }

  /** Changes settings the way the View menu does (zoom, theme): saved by the desktop side, then pushed to the page. */
  async changeSettingsFromMenu(change: Partial<ReaderSettings>): Promise<ReaderSettings> {
    const settings = await this.owner.change(change);
    await this.lastBroadcast;
    return settings;
  }

  /** Toggles a layer the way View > layer does: a settings change on the desktop side, pushed to the page. */
  async toggleLayerFromMenu(layer: LayerId): Promise<ReaderSettings> {
    const settings = await this.owner.toggleLayer(layer);
    await this.lastBroadcast;
    return settings;
  }

  /** Opens or closes the findings panel the way View > Findings Panel does. */
  async toggleFindingsPanelFromMenu(): Promise<ReaderSettings> {
    const settings = await this.owner.toggleFindingsPanel();
    await this.lastBroadcast;
    return settings;
  }

  /** Exports the way File > Export does: run on the desktop side with its settings, the outcome told to the page. */
  async exportFromMenu(format: ExportFormat): Promise<ExportResult> {
    const result = await exportArticleFor(this.deps, OWN_PAGE_EVENT, format);
    await this.emit('export-finished', result);
    return result;
  }

  /** Makes a file droppable: a dropped DOM File named like it resolves to this path, as Electron's webUtils does. */
  allowDrop(path: string): string {
    const name = basename(path);
    this.droppable.set(name, path);
    return name;
  }

  /** Opens a file the way the menu, the command line or the OS does: outside the page, then announced to it. */
  async openFromOutside(path: string): Promise<LoadResult> {
    const result = await openRemembered(this.session, this.recentFiles, path);
    await this.emit('article-opened', result);
    return result;
  }

  /** Sends an application-menu command to the reader. */
  async sendMenuCommand(command: MenuCommand): Promise<void> {
    await this.emit('menu-command', command);
  }

  private async emit(kind: EmitKind, value: unknown): Promise<void> {
    await this.page.evaluate(
      ([name, eventKind, payload]) => {
        (window as unknown as Record<string, (kind: string, value: unknown) => void>)[name]!(eventKind, payload);
      },
      [BINDINGS.emit, kind, value] as const,
    );
  }

  private async invoke(channel: string, args: unknown[]): Promise<unknown> {
    const handler = this.handlers[channel];
    if (!handler) throw new Error(`The page called an unknown channel: ${channel}`);
    return handler(OWN_PAGE_EVENT, ...args);
  }
}
