// @vitest-environment node
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import { SETTINGS_FILE_NAME, SettingsStore, pickValidSettings } from './settings-store';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sl-settings-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const FIXED_NOW = () => new Date('2026-03-04T05:06:07.890Z');

async function saved(): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(join(folder, SETTINGS_FILE_NAME), 'utf8')) as Record<string, unknown>;
}

describe('SettingsStore', () => {
  it('starts from the defaults on first run and creates no file until something changes', async () => {
    const store = await SettingsStore.open(folder);
    expect(store.settings).toEqual(DEFAULT_SETTINGS);
    expect(store.windowState).toBeNull();
    expect(await readdir(folder)).toEqual([]);
  });

  it('saves a change and reads it back in a later run', async () => {
    const first = await SettingsStore.open(folder);
    expect(await first.update({ theme: 'dark', zoomLevel: 1.5, visibleLayers: ['unverified'] })).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'dark',
      zoomLevel: 1.5,
      visibleLayers: ['unverified'],
    });
    await first.saveWindowState({ bounds: { x: 10, y: 20, width: 900, height: 700 }, maximized: true });
    const second = await SettingsStore.open(folder);
    expect(second.settings).toEqual(first.settings);
    expect(second.windowState).toEqual({ bounds: { x: 10, y: 20, width: 900, height: 700 }, maximized: true });
  });

  it('creates the user-data folder when it does not exist yet', async () => {
    const nested = join(folder, 'Sourcelight');
    const store = await SettingsStore.open(nested);
    await store.update({ findingsPanelOpen: false });
    expect(JSON.parse(await readFile(join(nested, SETTINGS_FILE_NAME), 'utf8'))).toMatchObject({ findingsPanelOpen: false });
  });

  for (const [label, content] of [
    ['half-written JSON', '{"theme": "dark", "zoomLe'],
    ['an array', '[1, 2, 3]'],
    ['a bare string', '"dark"'],
    ['binary junk', '\u0000\u0001\u0002'],
    ['an empty file', ''],
  ] as const) {
    it(`moves a corrupt file (${label}) aside as settings.corrupt-<time>.json and uses the defaults`, async () => {
      await writeFile(join(folder, SETTINGS_FILE_NAME), content);
      const store = await SettingsStore.open(folder, { now: FIXED_NOW });
      expect(store.settings).toEqual(DEFAULT_SETTINGS);
      expect(store.corruptFileMovedTo).toBe(join(folder, 'settings.corrupt-2026-03-04T05-06-07-890Z.json'));
      expect(await readdir(folder)).toEqual(['settings.corrupt-2026-03-04T05-06-07-890Z.json']);
      expect(await readFile(store.corruptFileMovedTo!, 'utf8')).toBe(content);
    });
  }

  it('keeps the valid fields of a file and drops invalid or unknown ones, without moving it aside', async () => {
    await writeFile(
      join(folder, SETTINGS_FILE_NAME),
      JSON.stringify({
        theme: 'dark',
        zoomLevel: 99,
        visibleLayers: ['quote', 'gossip'],
        typologies: ['ISM', 'CaPu'],
        findingsPanelOpen: 'no',
        favouriteColour: 'teal',
        window: { bounds: { x: 1, y: 2, width: -5, height: 10 }, maximized: false },
      }),
    );
    const store = await SettingsStore.open(folder);
    expect(store.settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', typologies: ['CaPu', 'ISM'] });
    expect(store.windowState).toBeNull();
    expect(store.corruptFileMovedTo).toBeNull();
    await store.update({});
    expect(await saved()).not.toHaveProperty('favouriteColour');
  });

  it('ignores invalid fields in a change and keeps the rest', async () => {
    const store = await SettingsStore.open(folder);
    const change = { theme: 'neon', zoomLevel: -2 } as unknown as Parameters<SettingsStore['update']>[0];
    expect(await store.update(change)).toEqual({ ...DEFAULT_SETTINGS, zoomLevel: -2 });
  });

  it('writes atomically: no temporary file remains, and concurrent changes end with the newest state', async () => {
    const store = await SettingsStore.open(folder);
    const levels = [0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4];
    await Promise.all(levels.map((zoomLevel) => store.update({ zoomLevel })));
    expect(await readdir(folder)).toEqual([SETTINGS_FILE_NAME]);
    expect(await saved()).toMatchObject({ version: 1, zoomLevel: 4 });
  });

  it('never leaves a partly written file for a reader to find while saves run', async () => {
    const store = await SettingsStore.open(folder);
    await store.update({ zoomLevel: 0 });
    let reads = 0;
    let writing = true;
    const reader = (async () => {
      while (writing) {
        JSON.parse(await readFile(join(folder, SETTINGS_FILE_NAME), 'utf8'));
        reads += 1;
      }
    })();
    for (const zoomLevel of [1, -1, 2, -2, 3, -3, 0]) await store.update({ zoomLevel, typologies: ['SC', 'ISM', 'IP'] });
    writing = false;
    await reader;
    expect(reads).toBeGreaterThan(0);
  });

  it('reports a failed save but keeps the change in force', async () => {
    // A folder where the settings file should be makes every save fail.
    await mkdir(join(folder, SETTINGS_FILE_NAME));
    const store = await SettingsStore.open(folder);
    await expect(store.update({ theme: 'light' })).rejects.toThrow();
    expect(store.settings.theme).toBe('light');
    // A later save is not blocked by the failed one.
    await expect(store.update({ theme: 'dark' })).rejects.toThrow();
  });
});

describe('pickValidSettings', () => {
  it('returns an empty change for anything that is not an object', () => {
    for (const value of [null, undefined, 3, 'x', ['theme']]) expect(pickValidSettings(value)).toEqual({});
  });
});
