import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuActions } from './menu-template';

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(platform: NodeJS.Platform = 'linux', isDevelopment = false) {
  const actions = { openArticle: vi.fn(), sendCommand: vi.fn() } satisfies MenuActions;
  const items = flatten(buildMenuTemplate(actions, { platform, isDevelopment }));
  const click = (id: string) => {
    const item = items.find((candidate) => candidate.id === id)!;
    (item.click as (menuItem: unknown, window: unknown, event: unknown) => void)({}, 'window', {});
  };
  return { actions, items, click };
}

describe('buildMenuTemplate', () => {
  it('opens an article with CmdOrCtrl+O', () => {
    const { items, click, actions } = build();
    expect(items.find((item) => item.id === 'open-article')?.accelerator).toBe('CmdOrCtrl+O');
    click('open-article');
    expect(actions.openArticle).toHaveBeenCalledWith('window');
  });

  it('asks the reader to export with CmdOrCtrl+E', () => {
    const { items, click, actions } = build();
    expect(items.find((item) => item.id === 'export-html')?.accelerator).toBe('CmdOrCtrl+E');
    click('export-html');
    expect(actions.sendCommand).toHaveBeenCalledWith('window', 'export-html');
  });

  it('has a View item per layer sending its toggle command', () => {
    const { click, actions } = build();
    for (const id of ['toggle-layer-state-media', 'toggle-layer-quote', 'toggle-layer-unverified']) click(id);
    expect(actions.sendCommand.mock.calls.map((call) => call[1])).toEqual([
      'toggle-layer-state-media',
      'toggle-layer-quote',
      'toggle-layer-unverified',
    ]);
  });

  it('offers developer tools only in development and the app menu only on macOS', () => {
    expect(build('linux', false).items.some((item) => item.role === 'toggleDevTools')).toBe(false);
    expect(build('linux', true).items.some((item) => item.role === 'toggleDevTools')).toBe(true);
    expect(build('darwin').items.some((item) => item.role === 'appMenu')).toBe(true);
    expect(build('win32').items.some((item) => item.role === 'appMenu')).toBe(false);
  });
});
