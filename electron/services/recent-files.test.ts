// @vitest-environment node
import { mkdtemp, readFile, readdir, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecentFile } from '../../shared/model/recent-file';
import { MAX_RECENT_FILES, RECENT_FILES_NAME, RecentFiles } from './recent-files';

let folder: string;
let articles: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sl-recent-'));
  articles = await mkdtemp(join(tmpdir(), 'sl-recent-articles-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
  await rm(articles, { recursive: true, force: true });
});

async function article(name: string): Promise<string> {
  const path = join(articles, name);
  await writeFile(path, 'The council said the pier would reopen.\n');
  return path;
}

function clock(): () => Date {
  let tick = 0;
  return () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++));
}

describe('RecentFiles', () => {
  it('lists opened files newest first with their names and times', async () => {
    const recent = await RecentFiles.open(folder, { now: clock() });
    const first = await article('first.txt');
    const second = await article('second.html');
    await recent.add(first);
    await recent.add(second);
    expect(await recent.list()).toEqual([
      { path: second, name: 'second.html', openedAt: '2026-01-01T00:00:01.000Z' },
      { path: first, name: 'first.txt', openedAt: '2026-01-01T00:00:00.000Z' },
    ]);
  });

  it('moves a file opened again to the top instead of listing it twice', async () => {
    const recent = await RecentFiles.open(folder);
    const [a, b] = [await article('a.txt'), await article('b.txt')];
    await recent.add(a);
    await recent.add(b);
    await recent.add(a);
    expect((await recent.list()).map((file) => file.name)).toEqual(['a.txt', 'b.txt']);
  });

  it('treats paths differing only in case as one file on Windows and macOS, not on Linux', async () => {
    for (const [platform, expected] of [
      ['win32', 1],
      ['darwin', 1],
      ['linux', 2],
    ] as const) {
      const recent = await RecentFiles.open(join(folder, platform), { platform });
      await recent.add('/News/Story.txt');
      await recent.add('/news/story.txt');
      expect(recent.current, platform).toHaveLength(expected);
      expect(recent.has('/NEWS/STORY.TXT'), platform).toBe(platform !== 'linux');
    }
  });

  it(`keeps at most ${MAX_RECENT_FILES} files, dropping the oldest`, async () => {
    const recent = await RecentFiles.open(folder);
    const paths: string[] = [];
    for (let index = 0; index < MAX_RECENT_FILES + 3; index += 1) {
      paths.push(await article(`story-${index}.txt`));
      await recent.add(paths.at(-1)!);
    }
    const listed = await recent.list();
    expect(listed).toHaveLength(MAX_RECENT_FILES);
    expect(listed[0]!.path).toBe(paths.at(-1));
    expect(recent.has(paths[2]!)).toBe(false);
    expect(recent.has(paths[3]!)).toBe(true);
  });

  it('is remembered in the user-data folder between runs', async () => {
    const path = await article('kept.txt');
    await (await RecentFiles.open(folder)).add(path);
    expect(await readdir(folder)).toEqual([RECENT_FILES_NAME]);
    const later = await RecentFiles.open(folder);
    expect(later.has(path)).toBe(true);
  });

  it('drops files that no longer exist when listing, and saves that', async () => {
    const recent = await RecentFiles.open(folder);
    const gone = await article('gone.txt');
    const kept = await article('kept.txt');
    await recent.add(gone);
    await recent.add(kept);
    await unlink(gone);
    expect((await recent.list()).map((file) => file.name)).toEqual(['kept.txt']);
    expect(recent.has(gone)).toBe(false);
    const saved = JSON.parse(await readFile(join(folder, RECENT_FILES_NAME), 'utf8')) as RecentFile[];
    expect(saved.map((file) => file.name)).toEqual(['kept.txt']);
  });

  it('drops a folder that took a listed file’s place', async () => {
    const recent = await RecentFiles.open(folder);
    await recent.add(articles);
    expect(await recent.list()).toEqual([]);
  });

  it('starts empty from a damaged file, and keeps only the valid entries of a list', async () => {
    await writeFile(join(folder, RECENT_FILES_NAME), '[{"path": "/a.txt", "na');
    expect((await RecentFiles.open(folder)).current).toEqual([]);
    const valid = { path: '/news/a.txt', name: 'a.txt', openedAt: '2026-01-01T00:00:00.000Z' };
    await writeFile(join(folder, RECENT_FILES_NAME), JSON.stringify([valid, { path: 'relative.txt', name: 'r', openedAt: '' }, { path: 5 }, 'x', valid]));
    expect((await RecentFiles.open(folder)).current).toEqual([valid]);
  });

  it('ignores a relative path', async () => {
    const recent = await RecentFiles.open(folder);
    await recent.add('story.txt');
    expect(recent.current).toEqual([]);
  });

  it('tells its listener about every change, and can be cleared', async () => {
    const seen: string[][] = [];
    const recent = await RecentFiles.open(folder, { onChange: (files) => seen.push(files.map((file) => file.name)) });
    await recent.add(await article('one.txt'));
    await recent.clear();
    expect(seen).toEqual([['one.txt'], []]);
    expect(await recent.list()).toEqual([]);
  });
});
