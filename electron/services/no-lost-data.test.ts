// @vitest-environment node
import { promises as fsPromises, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LAYER_IDS } from '../../shared/model/layers';
import { ArticleSession } from './article-session';
import { SETTINGS_FILE_NAME, SettingsStore } from './settings-store';

const realWriteFile = fsPromises.writeFile.bind(fsPromises);

/** Makes every file write put down a few bytes and then fail as a full disk does. */
function failWritesLikeAFullDisk(): void {
  vi.spyOn(fsPromises, 'writeFile').mockImplementation(async (path, data, options) => {
    await realWriteFile(path, String(data).slice(0, 12), options);
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  });
}

describe('a write that fails half-way', () => {
  let folder = '';
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'sl-no-loss-'));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(folder, { recursive: true, force: true });
  });

  it('leaves the previous settings file complete, and the next run reads it', async () => {
    const store = await SettingsStore.open(folder);
    await store.update({ theme: 'dark', zoomLevel: 2 });
    const before = readFileSync(join(folder, SETTINGS_FILE_NAME), 'utf8');

    failWritesLikeAFullDisk();
    await expect(store.update({ theme: 'light' })).rejects.toThrow();
    vi.restoreAllMocks();

    expect(readFileSync(join(folder, SETTINGS_FILE_NAME), 'utf8')).toBe(before);
    expect(readdirSync(folder)).toEqual([SETTINGS_FILE_NAME]);
    const nextRun = await SettingsStore.open(folder);
    expect(nextRun.corruptFileMovedTo).toBeNull();
    expect(nextRun.settings).toMatchObject({ theme: 'dark', zoomLevel: 2 });
  });

  it('leaves the previous export complete when replacing it fails', async () => {
    const source = join(folder, 'article.txt');
    writeFileSync(source, 'The harbour authority said on Tuesday that the pier would close.\n\n“We will reopen it,” the harbour master said.\n');
    const session = new ArticleSession();
    expect((await session.open(source)).ok).toBe(true);
    const destination = join(folder, 'article-export.html');
    expect((await session.exportArticle({ visibleLayers: LAYER_IDS }, destination, true)).status).toBe('written');
    const before = readFileSync(destination, 'utf8');

    failWritesLikeAFullDisk();
    const failed = await session.exportArticle({ visibleLayers: ['quote'] }, destination, true);
    vi.restoreAllMocks();

    expect(failed.status).toBe('failed');
    expect(readFileSync(destination, 'utf8')).toBe(before);
    expect(readdirSync(folder).sort()).toEqual(['article-export.html', 'article.txt']);
  });
});
