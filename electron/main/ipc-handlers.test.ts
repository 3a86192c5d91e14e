import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS, IPC_CHANNELS, SEND_CHANNELS } from '../../shared/ipc/contract';
import type { Article } from '../../shared/model/article';
import type { LoadResult } from '../../shared/model/load-result';
import type { ReaderSettings } from '../../shared/model/settings';
import type { RecentFile } from '../../shared/model/recent-file';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import { DropRecord } from './drop-record';
import {
  registerIpcHandlers,
  type InvokeEventLike,
  type InvokeHandler,
  type IpcHandlerDeps,
  type RecentFilesLike,
  type SendListener,
  type SessionLike,
} from './ipc-handlers';
import { ReaderSettingsOwner, type SettingsLike } from '../services/reader-settings';

const ARTICLE: Article = {
  text: 'Body.',
  blocks: [{ kind: 'paragraph', start: 0, end: 5 }],
  sourcePath: '/news/story.txt',
  sourceName: 'story.txt',
  format: 'txt',
  stripped: [],
  notices: [],
};
const LOADED: LoadResult = { ok: true, article: ARTICLE };
const OWN: InvokeEventLike = { sender: { id: 1 }, senderFrame: { url: 'file:///app/out/renderer/index.html', parent: null } };
const FOREIGN: InvokeEventLike = { sender: { id: 1 }, senderFrame: { url: 'https://evil.example/', parent: null } };

function setup(overrides: Partial<IpcHandlerDeps> = {}, article: Article | null = ARTICLE) {
  const session = {
    article,
    open: vi.fn(async (_path: string): Promise<LoadResult> => LOADED),
    exportArticle: vi.fn(async (..._args: Parameters<SessionLike['exportArticle']>) => ({ status: 'written', path: '/out/x.html' }) as const),
  } satisfies SessionLike;
  let stored: ReaderSettings = { ...DEFAULT_SETTINGS, visibleLayers: ['quote', 'unverified'], typologies: ['SC', 'ISM'] };
  const settings = {
    get settings() {
      return stored;
    },
    update: vi.fn(async (change: Partial<ReaderSettings>) => (stored = { ...stored, ...change })),
  } satisfies SettingsLike;
  const broadcast = vi.fn();
  const owner = new ReaderSettingsOwner(settings, broadcast);
  const recent: RecentFile[] = [{ path: '/news/recent.txt', name: 'recent.txt', openedAt: '2026-01-01T00:00:00.000Z' }];
  const recentFiles = {
    list: vi.fn(async () => recent),
    has: (path: string) => recent.some((file) => file.path === path),
    add: vi.fn(async (path: string) => [{ path, name: 'x', openedAt: '' }, ...recent]),
  } satisfies RecentFilesLike;
  const deps = {
    isTrustedSender: (event: InvokeEventLike) => event.senderFrame?.url.startsWith('file:///app/out/renderer/') ?? false,
    sessionFor: () => session,
    chooseArticlePath: vi.fn(async () => '/news/story.txt'),
    chooseExportPath: vi.fn(async () => '/out/x.html'),
    settings: owner,
    recentFiles,
    sampleArticlePath: '/app/resources/sample-article.txt',
    confirmExternalLink: vi.fn(async () => true),
    openExternal: vi.fn(async () => undefined),
    // The paths here are imaginary; dropped-file.test.ts checks the real disk check.
    droppedPathProblem: vi.fn(async () => null),
    drops: new DropRecord(),
    ...overrides,
  } satisfies IpcHandlerDeps;
  const handlers = new Map<string, InvokeHandler>();
  const listeners = new Map<string, SendListener>();
  registerIpcHandlers({ handle: (channel, listener) => handlers.set(channel, listener), on: (channel, listener) => listeners.set(channel, listener) }, deps);
  const call = (channel: string, event: InvokeEventLike, ...args: unknown[]) => handlers.get(channel)!(event, ...args);
  /** The preload reporting a real drop, as it does just before the reader asks to open the file. */
  const drop = (event: InvokeEventLike, ...paths: unknown[]) => listeners.get(IPC_CHANNELS.filesDropped)!(event, paths);
  return { session, deps, handlers, listeners, call, drop, settings, recentFiles, broadcast };
}

describe('registerIpcHandlers', () => {
  it('handles exactly the contract invoke channels, and listens on exactly its send channels', () => {
    expect([...setup().handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect([...setup().listeners.keys()]).toEqual([...SEND_CHANNELS]);
  });

  it('refuses every channel from a page that is not ours, before doing anything', async () => {
    const { call, session, deps } = setup();
    for (const channel of INVOKE_CHANNELS) {
      await expect(call(channel, FOREIGN, '/etc/passwd')).rejects.toThrow(/not Sourcelight/);
    }
    await expect(call(IPC_CHANNELS.openArticleDialog, { ...OWN, senderFrame: null })).rejects.toThrow();
    expect(session.open).not.toHaveBeenCalled();
    expect(deps.chooseArticlePath).not.toHaveBeenCalled();
    expect(deps.chooseExportPath).not.toHaveBeenCalled();
  });

  it('opens the chosen article, or resolves null when the dialog is cancelled', async () => {
    const { call, session } = setup();
    expect(await call(IPC_CHANNELS.openArticleDialog, OWN)).toEqual(LOADED);
    expect(session.open).toHaveBeenCalledWith('/news/story.txt');
    const cancelled = setup({ chooseArticlePath: async () => null });
    expect(await cancelled.call(IPC_CHANNELS.openArticleDialog, OWN)).toBeNull();
    expect(cancelled.session.open).not.toHaveBeenCalled();
  });

  it('opens a dropped absolute path and refuses anything else', async () => {
    const { call, drop, session } = setup();
    drop(OWN, '/news/dropped.html');
    expect(await call(IPC_CHANNELS.openDroppedPath, OWN, '/news/dropped.html')).toEqual(LOADED);
    expect(session.open).toHaveBeenCalledWith('/news/dropped.html');
    for (const bad of ['', 'relative.txt', 42, null, { path: '/x' }]) {
      await expect(call(IPC_CHANNELS.openDroppedPath, OWN, bad)).rejects.toThrow(/absolute path/);
    }
    expect(session.open).toHaveBeenCalledTimes(1);
  });

  it('turns a loader exception into a readable failure', async () => {
    const { call, drop, session } = setup();
    session.open.mockRejectedValueOnce(new Error('disk on fire'));
    drop(OWN, '/news/a.txt');
    expect(await call(IPC_CHANNELS.openDroppedPath, OWN, '/news/a.txt')).toEqual({
      ok: false,
      error: { code: 'unreadable', message: 'Sourcelight could not read this file: disk on fire' },
    });
  });

  it('exports after the save dialog with the layers and typologies main holds, suggesting <article>-sourcelight.html', async () => {
    const { call, session, deps } = setup();
    expect(await call(IPC_CHANNELS.exportArticle, OWN, 'html')).toEqual({ status: 'written', path: '/out/x.html' });
    expect(deps.chooseExportPath).toHaveBeenCalledWith(OWN, '/news/story-sourcelight.html', 'html');
    expect(session.exportArticle).toHaveBeenCalledWith(
      { visibleLayers: ['quote', 'unverified'], typologies: ['SC', 'ISM'], format: 'html', language: 'auto' },
      '/out/x.html',
      true,
      undefined,
      [],
    );
  });

  it('exports what the settings say after a change, not what the page might claim', async () => {
    const { call, session } = setup();
    await call(IPC_CHANNELS.updateSettings, OWN, { visibleLayers: ['state-media'] });
    await call(IPC_CHANNELS.exportArticle, OWN, 'csv');
    expect(session.exportArticle.mock.calls[0]?.[0]).toEqual({ visibleLayers: ['state-media'], typologies: ['SC', 'ISM'], format: 'csv', language: 'auto' });
  });

  it('suggests the extension of the requested format and passes the format on', async () => {
    const { call, session, deps } = setup();
    await call(IPC_CHANNELS.exportArticle, OWN, 'jsonld');
    expect(deps.chooseExportPath).toHaveBeenCalledWith(OWN, '/news/story-sourcelight.jsonld', 'jsonld');
    expect(session.exportArticle.mock.calls[0]?.[0]).toMatchObject({ format: 'jsonld' });
  });

  it('reports a cancelled save dialog as cancelled', async () => {
    const { call, session } = setup({ chooseExportPath: async () => null });
    expect(await call(IPC_CHANNELS.exportArticle, OWN, 'html')).toEqual({ status: 'cancelled' });
    expect(session.exportArticle).not.toHaveBeenCalled();
  });

  it('exports with the article language the reader chose, and refuses a language with no pack', async () => {
    const { call, session } = setup();
    expect(await call(IPC_CHANNELS.exportArticle, OWN, 'html', 'ru')).toEqual({ status: 'written', path: '/out/x.html' });
    expect(session.exportArticle.mock.calls[0]?.[0]).toMatchObject({ format: 'html', language: 'ru' });
    expect(await call(IPC_CHANNELS.exportArticle, OWN, 'html', 'pt')).toEqual({ status: 'failed', message: 'The export request was not valid.' });
  });

  it('rejects an export whose format is not one of the export formats, without showing a dialog', async () => {
    const { call, deps } = setup();
    for (const bad of [undefined, {}, 'pdf', 'HTML', { format: 'html' }, { visibleLayers: ['quote'] }, 1]) {
      expect(await call(IPC_CHANNELS.exportArticle, OWN, bad)).toEqual({ status: 'failed', message: 'The export request was not valid.' });
    }
    expect(deps.chooseExportPath).not.toHaveBeenCalled();
  });

  it('asks for an article before exporting when none is open', async () => {
    const { call, deps } = setup({}, null);
    expect(await call(IPC_CHANNELS.exportArticle, OWN, 'html')).toEqual({
      status: 'failed',
      message: 'Open an article before exporting it.',
    });
    expect(deps.chooseExportPath).not.toHaveBeenCalled();
  });
});

describe('the sample article, recent files and settings handlers', () => {
  it('opens the bundled sample article without putting it on the recent list', async () => {
    const { call, session, recentFiles } = setup();
    expect(await call(IPC_CHANNELS.openSampleArticle, OWN)).toEqual(LOADED);
    expect(session.open).toHaveBeenCalledWith('/app/resources/sample-article.txt');
    expect(recentFiles.add).not.toHaveBeenCalled();
  });

  it('puts every article opened by path at the top of the recent list, but not a failed one', async () => {
    const { call, drop, session, recentFiles } = setup();
    await call(IPC_CHANNELS.openArticleDialog, OWN);
    drop(OWN, '/news/dropped.html');
    await call(IPC_CHANNELS.openDroppedPath, OWN, '/news/dropped.html');
    session.open.mockResolvedValueOnce({ ok: false, error: { code: 'empty', message: 'The file is empty.' } });
    drop(OWN, '/news/empty.txt');
    await call(IPC_CHANNELS.openDroppedPath, OWN, '/news/empty.txt');
    expect(recentFiles.add.mock.calls).toEqual([['/news/story.txt'], ['/news/dropped.html']]);
  });

  it('still opens the article when the recent list cannot be saved', async () => {
    const { call, recentFiles } = setup();
    recentFiles.add.mockRejectedValueOnce(new Error('read-only disk'));
    expect(await call(IPC_CHANNELS.openArticleDialog, OWN)).toEqual(LOADED);
  });

  it('lists the recent files', async () => {
    const { call } = setup();
    expect(await call(IPC_CHANNELS.listRecentFiles, OWN)).toEqual([{ path: '/news/recent.txt', name: 'recent.txt', openedAt: '2026-01-01T00:00:00.000Z' }]);
  });

  it('opens a path on the recent list and refuses any other, so the page cannot read files of its choosing', async () => {
    const { call, session } = setup();
    expect(await call(IPC_CHANNELS.openRecentFile, OWN, '/news/recent.txt')).toEqual(LOADED);
    expect(session.open).toHaveBeenCalledWith('/news/recent.txt');
    for (const bad of ['/etc/passwd', 'recent.txt', '', 7, null, ['/news/recent.txt']]) {
      await expect(call(IPC_CHANNELS.openRecentFile, OWN, bad)).rejects.toThrow(/not on the recent list/);
    }
    expect(session.open).toHaveBeenCalledTimes(1);
  });

  it('returns the settings main holds', async () => {
    const { call, settings } = setup();
    expect(await call(IPC_CHANNELS.getSettings, OWN)).toEqual(settings.settings);
  });

  it('saves a valid settings change, answers with the settings in force and broadcasts it to the other windows', async () => {
    const { call, broadcast, settings } = setup();
    const before = settings.settings;
    const expected = { ...before, theme: 'dark', visibleLayers: ['state-media', 'quote'] };
    expect(await call(IPC_CHANNELS.updateSettings, OWN, { theme: 'dark', visibleLayers: ['quote', 'state-media'], window: { x: 0 } })).toEqual(expected);
    expect(settings.update).toHaveBeenCalledWith({ theme: 'dark', visibleLayers: ['state-media', 'quote'] });
    // The sender already shows the change; the owner broadcasts it, naming the sender so it is skipped.
    expect(broadcast).toHaveBeenCalledWith(expected, OWN.sender.id);
  });

  it('carries the reading settings through to main', async () => {
    const { call, settings } = setup();
    const reading = { fontSize: 22, typeface: 'sans', lineWidth: 'wide', lineSpacing: 'loose', paper: 'sepia' };
    expect(await call(IPC_CHANNELS.updateSettings, OWN, { reading })).toMatchObject({ reading });
    expect(settings.settings.reading).toEqual(reading);
  });

  it('refuses a settings change with an invalid field, saving nothing', async () => {
    const { call, settings, broadcast } = setup();
    for (const bad of [
      null,
      'dark',
      { theme: 'purple' },
      { zoomLevel: 40 },
      { zoomLevel: Number.NaN },
      { visibleLayers: ['sports'] },
      { findingsPanelOpen: 'yes' },
    ]) {
      await expect(call(IPC_CHANNELS.updateSettings, OWN, bad)).rejects.toThrow(/not valid/);
    }
    expect(settings.update).not.toHaveBeenCalled();
    expect(broadcast).not.toHaveBeenCalled();
  });

  it('keeps a settings change in force for this run when it cannot be saved', async () => {
    const { call, settings } = setup();
    const before = settings.settings;
    settings.update.mockRejectedValueOnce(new Error('read-only disk'));
    expect(await call(IPC_CHANNELS.updateSettings, OWN, { zoomLevel: 1 })).toEqual(before);
  });
});

describe('the external link handler', () => {
  it('opens an http(s) link in the browser only after the user confirms', async () => {
    const { call, deps } = setup();
    expect(await call(IPC_CHANNELS.openExternalLink, OWN, 'https://news.example/story?id=1')).toBe(true);
    expect(deps.confirmExternalLink).toHaveBeenCalledWith(OWN, 'https://news.example/story?id=1');
    expect(deps.openExternal).toHaveBeenCalledWith('https://news.example/story?id=1');
  });

  it('opens nothing when the user cancels', async () => {
    const { call, deps } = setup({ confirmExternalLink: vi.fn(async () => false) });
    expect(await call(IPC_CHANNELS.openExternalLink, OWN, 'http://news.example/')).toBe(false);
    expect(deps.openExternal).not.toHaveBeenCalled();
  });

  it('refuses file:, javascript:, data: and custom schemes without even asking', async () => {
    const { call, deps } = setup();
    for (const bad of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<p>hi</p>',
      'ms-settings:privacy',
      'smb://server/share',
      'HTTPS',
      '//news.example/',
      'https://user:secret@news.example/',
      42,
      null,
    ]) {
      expect(await call(IPC_CHANNELS.openExternalLink, OWN, bad)).toBe(false);
    }
    expect(deps.confirmExternalLink).not.toHaveBeenCalled();
    expect(deps.openExternal).not.toHaveBeenCalled();
  });
});
