// @vitest-environment node
import { mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from '../../shared/ipc/contract';
import { ArticleSession } from '../services/article-session';
import { loadArticleFile } from '../services/load-article';
import { RecentFiles } from '../services/recent-files';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import { DROP_VALID_MS, DropRecord, MAX_DROPPED_PATHS } from './drop-record';
import { registerIpcHandlers, type InvokeEventLike, type InvokeHandler, type SendListener } from './ipc-handlers';

// These tests use the real disk check, the real recent list and real files, links included.
const PAGE = { url: 'app://sourcelight/index.html', parent: null };
const WINDOW_ONE: InvokeEventLike = { sender: { id: 1 }, senderFrame: PAGE };
const WINDOW_TWO: InvokeEventLike = { sender: { id: 2 }, senderFrame: PAGE };
const FOREIGN: InvokeEventLike = { sender: { id: 1 }, senderFrame: { url: 'https://evil.example/', parent: null } };

let folder = '';
let clock = 0;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'sourcelight-drop-handlers-'));
  writeFileSync(join(folder, 'story.txt'), 'Harbour reopens\n\nThe harbour reopened on Friday, officials said.');
  writeFileSync(join(folder, 'other.txt'), 'Ferry returns\n\nThe ferry returned to service on Monday, the operator said.');
  clock = 1_000_000;
});
afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

async function setUp() {
  const sessions = new Map([1, 2].map((id) => [id, new ArticleSession(loadArticleFile)]));
  const recentFiles = await RecentFiles.open(join(folder, 'user-data'));
  const handlers = new Map<string, InvokeHandler>();
  const listeners = new Map<string, SendListener>();
  registerIpcHandlers(
    { handle: (channel, handler) => handlers.set(channel, handler), on: (channel, listener) => listeners.set(channel, listener) },
    {
      isTrustedSender: (event) => event.senderFrame?.url.startsWith('app://sourcelight/') ?? false,
      sessionFor: (event) => sessions.get(event.sender.id)!,
      chooseArticlePath: async () => null,
      chooseExportPath: async () => null,
      settings: { settings: DEFAULT_SETTINGS, change: async () => DEFAULT_SETTINGS },
      recentFiles,
      sampleArticlePath: join(folder, 'story.txt'),
      confirmExternalLink: async () => false,
      openExternal: async () => undefined,
      drops: new DropRecord(() => clock),
    },
  );
  return {
    sessions,
    recentFiles,
    drop: (event: InvokeEventLike, ...paths: unknown[]) => listeners.get(IPC_CHANNELS.filesDropped)!(event, paths),
    openDropped: (event: InvokeEventLike, path: string) =>
      handlers.get(IPC_CHANNELS.openDroppedPath)!(event, path) as Promise<{ ok: boolean; error?: { code: string; message: string } }>,
    openRecent: (event: InvokeEventLike, path: string) =>
      handlers.get(IPC_CHANNELS.openRecentFile)!(event, path) as Promise<{ ok: boolean; error?: { code: string; message: string } }>,
  };
}

describe('opening a dropped path', () => {
  it('opens a file dropped on this window just now, once', async () => {
    const { drop, openDropped, sessions, recentFiles } = await setUp();
    const story = join(folder, 'story.txt');
    drop(WINDOW_ONE, story);
    clock += 50;
    expect(await openDropped(WINDOW_ONE, story)).toMatchObject({ ok: true });
    expect(sessions.get(1)!.article?.sourcePath).toBe(story);
    expect(recentFiles.has(story)).toBe(true);
    // The page cannot open it again on the strength of the same drop.
    expect(await openDropped(WINDOW_ONE, story)).toMatchObject({ ok: false, error: { code: 'unreadable' } });
  });

  it('refuses, with a message saying what to do, a path that was never dropped, dropped too long ago or on another window', async () => {
    const { drop, openDropped, sessions } = await setUp();
    const story = join(folder, 'story.txt');
    const never = await openDropped(WINDOW_ONE, story);
    expect(never.error?.message).toBe(
      '“story.txt” was not opened, because it was not just dropped on this window; drop it again, or choose it with File › Open.',
    );

    drop(WINDOW_ONE, story);
    clock += DROP_VALID_MS + 1;
    expect((await openDropped(WINDOW_ONE, story)).ok).toBe(false);

    drop(WINDOW_ONE, story);
    expect((await openDropped(WINDOW_TWO, story)).ok).toBe(false);
    // Another file than the one dropped.
    expect((await openDropped(WINDOW_ONE, join(folder, 'other.txt'))).ok).toBe(false);
    expect(sessions.get(1)!.article).toBeNull();
    expect(sessions.get(2)!.article).toBeNull();
  });

  it('ignores drops reported by a page that is not ours, and entries that are not absolute paths', async () => {
    const { drop, openDropped } = await setUp();
    const story = join(folder, 'story.txt');
    drop(FOREIGN, story);
    expect((await openDropped(WINDOW_ONE, story)).ok).toBe(false);
    drop(WINDOW_ONE, 'story.txt', 42, null, { path: story });
    expect((await openDropped(WINDOW_ONE, story)).ok).toBe(false);
    // Only the first MAX_DROPPED_PATHS entries of one drop are remembered.
    drop(WINDOW_ONE, ...Array.from({ length: MAX_DROPPED_PATHS }, (_, index) => join(folder, `padding-${index}.txt`)), story);
    expect((await openDropped(WINDOW_ONE, story)).ok).toBe(false);
  });

  it('refuses a dropped link named like an article that points at /etc/passwd, and the recent list never lets it in', async () => {
    const { drop, openDropped, openRecent, sessions, recentFiles } = await setUp();
    const story = join(folder, 'story.txt');
    drop(WINDOW_ONE, story);
    expect((await openDropped(WINDOW_ONE, story)).ok).toBe(true);
    const link = join(folder, 'notes.txt');
    symlinkSync('/etc/passwd', link);
    drop(WINDOW_ONE, link);
    const refused = await openDropped(WINDOW_ONE, link);
    expect(refused).toMatchObject({ ok: false, error: { code: 'unsupported-type' } });
    expect(refused.error?.message).toMatch(/^“notes\.txt” is not a type Sourcelight opens/);
    // The article on screen stays, and the link is not remembered.
    expect(sessions.get(1)!.article?.sourcePath).toBe(story);
    expect(recentFiles.has(link)).toBe(false);
    await expect(openRecent(WINDOW_ONE, link)).rejects.toThrow(/not on the recent list/);
  });

  it('checks a recent file again when it is reopened, so a link re-pointed at /etc/passwd is refused', async () => {
    const { drop, openDropped, openRecent, sessions, recentFiles } = await setUp();
    const link = join(folder, 'saved.txt');
    symlinkSync(join(folder, 'story.txt'), link);
    drop(WINDOW_ONE, link);
    expect((await openDropped(WINDOW_ONE, link)).ok).toBe(true);
    expect(recentFiles.has(link)).toBe(true);
    // Reopening from the list works while the link still points at an article.
    expect((await openRecent(WINDOW_TWO, link)).ok).toBe(true);

    unlinkSync(link);
    symlinkSync('/etc/passwd', link);
    const refused = await openRecent(WINDOW_ONE, link);
    expect(refused).toMatchObject({ ok: false, error: { code: 'unsupported-type' } });
    expect(sessions.get(1)!.article?.text).toContain('The harbour reopened on Friday');
    expect(sessions.get(1)!.article?.text).not.toContain('root:');
  });
});
