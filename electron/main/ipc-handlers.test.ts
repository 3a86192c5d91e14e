import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS, IPC_CHANNELS } from '../../shared/ipc/contract';
import type { Article } from '../../shared/model/article';
import type { LoadResult } from '../../shared/model/load-result';
import { registerIpcHandlers, type InvokeEventLike, type InvokeHandler, type IpcHandlerDeps, type SessionLike } from './ipc-handlers';

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
    exportHtml: vi.fn(async () => ({ status: 'written', path: '/out/x.html' }) as const),
  } satisfies SessionLike;
  const deps: IpcHandlerDeps = {
    isTrustedSender: (event) => event.senderFrame?.url.startsWith('file:///app/out/renderer/') ?? false,
    sessionFor: () => session,
    chooseArticlePath: vi.fn(async () => '/news/story.txt'),
    chooseExportPath: vi.fn(async () => '/out/x.html'),
    ...overrides,
  };
  const handlers = new Map<string, InvokeHandler>();
  registerIpcHandlers({ handle: (channel, listener) => handlers.set(channel, listener) }, deps);
  const call = (channel: string, event: InvokeEventLike, ...args: unknown[]) => handlers.get(channel)!(event, ...args);
  return { session, deps, handlers, call };
}

describe('registerIpcHandlers', () => {
  it('handles exactly the contract invoke channels', () => {
    expect([...setup().handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
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
    const { call, session } = setup();
    expect(await call(IPC_CHANNELS.openDroppedPath, OWN, '/news/dropped.html')).toEqual(LOADED);
    expect(session.open).toHaveBeenCalledWith('/news/dropped.html');
    for (const bad of ['', 'relative.txt', 42, null, { path: '/x' }]) {
      await expect(call(IPC_CHANNELS.openDroppedPath, OWN, bad)).rejects.toThrow(/absolute path/);
    }
    expect(session.open).toHaveBeenCalledTimes(1);
  });

  it('turns a loader exception into a readable failure', async () => {
    const { call, session } = setup();
    session.open.mockRejectedValueOnce(new Error('disk on fire'));
    expect(await call(IPC_CHANNELS.openDroppedPath, OWN, '/news/a.txt')).toEqual({
      ok: false,
      error: { code: 'unreadable', message: 'Sourcelight could not read this file: disk on fire' },
    });
  });

  it('exports after the save dialog, suggesting <article>-sourcelight.html and replacing what the dialog confirmed', async () => {
    const { call, session, deps } = setup();
    expect(await call(IPC_CHANNELS.exportHtml, OWN, { visibleLayers: ['unverified', 'quote', 'quote'] })).toEqual({
      status: 'written',
      path: '/out/x.html',
    });
    expect(deps.chooseExportPath).toHaveBeenCalledWith(OWN, '/news/story-sourcelight.html');
    expect(session.exportHtml).toHaveBeenCalledWith({ visibleLayers: ['quote', 'unverified'] }, '/out/x.html', true);
  });

  it('reports a cancelled save dialog as cancelled', async () => {
    const { call, session } = setup({ chooseExportPath: async () => null });
    expect(await call(IPC_CHANNELS.exportHtml, OWN, { visibleLayers: [] })).toEqual({ status: 'cancelled' });
    expect(session.exportHtml).not.toHaveBeenCalled();
  });

  it('rejects export requests whose layers are not layer ids, without showing a dialog', async () => {
    const { call, deps } = setup();
    for (const bad of [undefined, {}, { visibleLayers: 'quote' }, { visibleLayers: ['quote', 'sports'] }, { visibleLayers: [1] }]) {
      expect(await call(IPC_CHANNELS.exportHtml, OWN, bad)).toEqual({ status: 'failed', message: 'The export request was not valid.' });
    }
    expect(deps.chooseExportPath).not.toHaveBeenCalled();
  });

  it('asks for an article before exporting when none is open', async () => {
    const { call, deps } = setup({}, null);
    expect(await call(IPC_CHANNELS.exportHtml, OWN, { visibleLayers: [] })).toEqual({
      status: 'failed',
      message: 'Open an article before exporting it.',
    });
    expect(deps.chooseExportPath).not.toHaveBeenCalled();
  });
});
