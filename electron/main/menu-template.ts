import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';
import { LAYER_IDS, LAYER_INFO, type LayerId } from '../../shared/model/layers';

/** What the menu needs from the app; the window is the one the click came from, if any. */
export interface MenuActions {
  readonly openArticle: (window: BaseWindow | undefined) => void;
  readonly sendCommand: (window: BaseWindow | undefined, command: MenuCommand) => void;
}

/** Options that change the menu's shape. */
export interface MenuOptions {
  readonly platform: NodeJS.Platform;
  /** Development builds keep reload and developer tools. */
  readonly isDevelopment: boolean;
}

/** The menu command that toggles a layer in the reader. */
export function toggleLayerCommand(layer: LayerId): MenuCommand {
  return `toggle-layer-${layer}`;
}

/**
 * The application menu. Layer items are plain items, not checkboxes: the reader owns the layer
 * state, so a checkbox here could disagree with the screen.
 */
export function buildMenuTemplate(actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { id: 'open-article', label: 'Open…', accelerator: 'CmdOrCtrl+O', click: (_item, window) => actions.openArticle(window) },
      {
        id: 'export-html',
        label: 'Export HTML…',
        accelerator: 'CmdOrCtrl+E',
        click: (_item, window) => actions.sendCommand(window, 'export-html'),
      },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const layerItems = LAYER_IDS.map(
    (layer, index): MenuItemConstructorOptions => ({
      id: toggleLayerCommand(layer),
      label: `Toggle ${LAYER_INFO[layer].label}`,
      accelerator: `CmdOrCtrl+${index + 1}`,
      click: (_item, window) => actions.sendCommand(window, toggleLayerCommand(layer)),
    }),
  );
  const developerItems: MenuItemConstructorOptions[] = options.isDevelopment
    ? [{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }]
    : [];
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...layerItems,
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...developerItems,
    ],
  };
  const template: MenuItemConstructorOptions[] = [file, { role: 'editMenu' }, view, { role: 'windowMenu' }];
  return isMac ? [{ role: 'appMenu' }, ...template] : template;
}
