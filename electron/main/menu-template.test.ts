import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { ReaderSettings } from '../../shared/model/settings';
import type { RecentFile } from '../../shared/model/recent-file';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import { buildMenuTemplate, type MenuActions } from './menu-template';

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const RECENT: RecentFile[] = [
  { path: '/news/harbour.txt', name: 'harbour.txt', openedAt: '2026-02-02T10:00:00.000Z' },
  { path: '/news/Q&A.html', name: 'Q&A.html', openedAt: '2026-02-01T10:00:00.000Z' },
];

function build(options: { platform?: NodeJS.Platform; isDevelopment?: boolean; settings?: Partial<ReaderSettings>; recentFiles?: RecentFile[] } = {}) {
  const actions = {
    openArticle: vi.fn(),
    openRecent: vi.fn(),
    clearRecent: vi.fn(),
    openSample: vi.fn(),
    sendCommand: vi.fn(),
    exportArticle: vi.fn(),
    toggleLayer: vi.fn(),
    toggleFindingsPanel: vi.fn(),
    zoom: vi.fn(),
    setTheme: vi.fn(),
  } satisfies MenuActions;
  const template = buildMenuTemplate(
    actions,
    { settings: { ...DEFAULT_SETTINGS, ...options.settings }, recentFiles: options.recentFiles ?? RECENT },
    { platform: options.platform ?? 'linux', isDevelopment: options.isDevelopment ?? false },
  );
  const items = flatten(template);
  const item = (id: string) => {
    const found = items.find((candidate) => candidate.id === id);
    if (!found) throw new Error(`no menu item ${id}`);
    return found;
  };
  const click = (id: string) => (item(id).click as (menuItem: unknown, window: unknown, event: unknown) => void)({}, 'window', {});
  return { actions, template, items, item, click };
}

describe('buildMenuTemplate', () => {
  it('opens an article with CmdOrCtrl+O', () => {
    const { item, click, actions } = build();
    expect(item('open-article').accelerator).toBe('CmdOrCtrl+O');
    click('open-article');
    expect(actions.openArticle).toHaveBeenCalledWith('window');
  });

  it('lists the recent files newest first under Open Recent, each opening its path', () => {
    const { item, click, actions } = build();
    const submenu = item('open-recent').submenu as MenuItemConstructorOptions[];
    expect(submenu.map((entry) => entry.label ?? entry.type)).toEqual(['harbour.txt', 'Q&&A.html', 'separator', 'Clear Recent']);
    click('open-recent-1');
    expect(actions.openRecent).toHaveBeenCalledWith('window', '/news/Q&A.html');
    click('clear-recent');
    expect(actions.clearRecent).toHaveBeenCalledOnce();
  });

  it('keeps an ampersand in a file name literal on macOS, where labels have no mnemonics', () => {
    expect(build({ platform: 'darwin' }).item('open-recent-1').label).toBe('Q&A.html');
  });

  it('shows a disabled placeholder when there are no recent files', () => {
    const submenu = build({ recentFiles: [] }).item('open-recent').submenu as MenuItemConstructorOptions[];
    expect(submenu).toEqual([{ id: 'no-recent-files', label: 'No Recent Articles', enabled: false }]);
  });

  it('opens the bundled sample article', () => {
    const { click, actions } = build();
    click('open-sample');
    expect(actions.openSample).toHaveBeenCalledWith('window');
  });

  it('exports the clicked window’s article in each format in main, and asks the reader to close the article', () => {
    const { item, click, actions } = build();
    expect(item('export-html').accelerator).toBe('CmdOrCtrl+E');
    expect(['export-html', 'export-jsonld', 'export-csv'].map((id) => item(id).label)).toEqual([
      'Export HTML…',
      'Export Annotations (JSON-LD)…',
      'Export CSV…',
    ]);
    for (const id of ['export-html', 'export-jsonld', 'export-csv', 'close-article']) click(id);
    expect(actions.exportArticle.mock.calls).toEqual([
      ['window', 'html'],
      ['window', 'jsonld'],
      ['window', 'csv'],
    ]);
    expect(actions.sendCommand.mock.calls).toEqual([['window', 'close-article']]);
  });

  it('has a checkbox per layer showing the saved visibility and toggling it in main', () => {
    const { item, click, actions } = build({ settings: { visibleLayers: ['quote'] } });
    expect(['toggle-layer-state-media', 'toggle-layer-quote', 'toggle-layer-unverified'].map((id) => [item(id).type, item(id).checked])).toEqual([
      ['checkbox', false],
      ['checkbox', true],
      ['checkbox', false],
    ]);
    for (const id of ['toggle-layer-state-media', 'toggle-layer-quote', 'toggle-layer-unverified']) click(id);
    expect(actions.toggleLayer.mock.calls).toEqual([['state-media'], ['quote'], ['unverified']]);
    expect(actions.sendCommand).not.toHaveBeenCalled();
  });

  it('toggles the findings panel and moves between findings with F3 and Shift+F3', () => {
    const { item, click, actions } = build({ settings: { findingsPanelOpen: false } });
    expect(item('toggle-findings-panel')).toMatchObject({ type: 'checkbox', checked: false });
    expect(item('next-finding').accelerator).toBe('F3');
    expect(item('previous-finding').accelerator).toBe('Shift+F3');
    for (const id of ['toggle-findings-panel', 'next-finding', 'previous-finding']) click(id);
    expect(actions.toggleFindingsPanel).toHaveBeenCalledOnce();
    expect(actions.sendCommand.mock.calls.map((call) => call[1])).toEqual(['next-finding', 'previous-finding']);
  });

  it('zooms in, out and back to actual size through the app, with the usual shortcuts', () => {
    const { item, click, actions } = build();
    expect(['zoom-in', 'zoom-in-alias', 'zoom-out', 'zoom-reset'].map((id) => item(id).accelerator)).toEqual([
      'CmdOrCtrl+Plus',
      'CmdOrCtrl+=',
      'CmdOrCtrl+-',
      'CmdOrCtrl+0',
    ]);
    for (const id of ['zoom-in', 'zoom-in-alias', 'zoom-out', 'zoom-reset']) click(id);
    expect(actions.zoom.mock.calls).toEqual([
      ['window', 'in'],
      ['window', 'in'],
      ['window', 'out'],
      ['window', 'reset'],
    ]);
  });

  it('offers the three themes as radio items with the saved one checked', () => {
    const { item, click, actions } = build({ settings: { theme: 'dark' } });
    expect(['theme-system', 'theme-light', 'theme-dark'].map((id) => [item(id).type, item(id).checked])).toEqual([
      ['radio', false],
      ['radio', false],
      ['radio', true],
    ]);
    click('theme-light');
    expect(actions.setTheme).toHaveBeenCalledWith('light');
  });

  it('gives every accelerator to one item only', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const accelerators = build({ platform, isDevelopment: true })
        .items.map((item) => item.accelerator)
        .filter((accelerator) => accelerator !== undefined);
      expect(new Set(accelerators).size, platform).toBe(accelerators.length);
    }
  });

  it('offers developer tools only in development and the app menu only on macOS', () => {
    expect(build({ isDevelopment: false }).items.some((item) => item.role === 'toggleDevTools')).toBe(false);
    expect(build({ isDevelopment: true }).items.some((item) => item.role === 'toggleDevTools')).toBe(true);
    expect(build({ platform: 'darwin' }).items.some((item) => item.role === 'appMenu')).toBe(true);
    expect(build({ platform: 'win32' }).items.some((item) => item.role === 'appMenu')).toBe(false);
  });
});
