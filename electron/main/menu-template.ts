import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';
import { EXPORT_FORMATS, EXPORT_FORMAT_INFO, type ExportFormat } from '../../shared/model/export-format';
import { THEME_CHOICES, type ReaderSettings, type ThemeChoice } from '../../shared/model/settings';
import type { RecentFile } from '../../shared/model/recent-file';
import { LAYER_IDS, LAYER_INFO, type LayerId } from '../../shared/model/layers';
import type { ZoomDirection } from './zoom-level';

/** What the menu needs from the app; the window is the one the click came from, if any. */
export interface MenuActions {
  readonly openArticle: (window: BaseWindow | undefined) => void;
  readonly openRecent: (window: BaseWindow | undefined, path: string) => void;
  readonly clearRecent: () => void;
  readonly openSample: (window: BaseWindow | undefined) => void;
  readonly sendCommand: (window: BaseWindow | undefined, command: MenuCommand) => void;
  /** Exports the clicked window's article; main runs it with the settings it holds. */
  readonly exportArticle: (window: BaseWindow | undefined, format: ExportFormat) => void;
  /** Shows or hides a layer in every window (a settings change main makes and broadcasts). */
  readonly toggleLayer: (layer: LayerId) => void;
  /** Opens or closes the findings panel in every window. */
  readonly toggleFindingsPanel: () => void;
  readonly zoom: (window: BaseWindow | undefined, direction: ZoomDirection) => void;
  readonly setTheme: (theme: ThemeChoice) => void;
}

/** Options that change the menu's shape. */
export interface MenuOptions {
  readonly platform: NodeJS.Platform;
  /** Development builds keep reload and developer tools. */
  readonly isDevelopment: boolean;
}

/** The app state the menu shows: checked layers and theme, the recent files. */
export interface MenuState {
  readonly settings: ReaderSettings;
  readonly recentFiles: readonly RecentFile[];
}

/** The menu item that toggles a layer. */
export function toggleLayerItemId(layer: LayerId): string {
  return `toggle-layer-${layer}`;
}

const THEME_LABELS: Readonly<Record<ThemeChoice, string>> = { system: 'System', light: 'Light', dark: 'Dark' };

/** A file name as a menu label: `&` marks a mnemonic on Windows and Linux, so a literal one is doubled. */
function menuLabel(text: string, platform: NodeJS.Platform): string {
  return platform === 'darwin' ? text : text.replaceAll('&', '&&');
}

function recentSubmenu(actions: MenuActions, state: MenuState, options: MenuOptions): MenuItemConstructorOptions[] {
  if (state.recentFiles.length === 0) return [{ id: 'no-recent-files', label: 'No Recent Articles', enabled: false }];
  return [
    ...state.recentFiles.map((file, index): MenuItemConstructorOptions => ({
      id: `open-recent-${index}`,
      label: menuLabel(file.name, options.platform),
      toolTip: file.path,
      click: (_item, window) => actions.openRecent(window, file.path),
    })),
    { type: 'separator' },
    { id: 'clear-recent', label: 'Clear Recent', click: () => actions.clearRecent() },
  ];
}

/**
 * The application menu, rebuilt whenever the settings or the recent files change. Layer and panel
 * items are checkboxes showing the settings main holds; a click changes them there, which saves,
 * tells every window and rebuilds the menu. Exports run in main too; only page-local commands (close,
 * next and previous finding) are sent to the reader.
 */
export function buildMenuTemplate(actions: MenuActions, state: MenuState, options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const send =
    (command: MenuCommand): NonNullable<MenuItemConstructorOptions['click']> =>
    (_item, window) =>
      actions.sendCommand(window, command);
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { id: 'open-article', label: 'Open…', accelerator: 'CmdOrCtrl+O', click: (_item, window) => actions.openArticle(window) },
      { id: 'open-recent', label: 'Open Recent', submenu: recentSubmenu(actions, state, options) },
      { id: 'open-sample', label: 'Open Sample Article', click: (_item, window) => actions.openSample(window) },
      { type: 'separator' },
      ...EXPORT_FORMATS.map((format): MenuItemConstructorOptions => ({
        id: `export-${format}`,
        label: EXPORT_FORMAT_INFO[format].menuLabel,
        ...(format === 'html' ? { accelerator: 'CmdOrCtrl+E' } : {}),
        click: (_item, window) => actions.exportArticle(window, format),
      })),
      { type: 'separator' },
      { id: 'close-article', label: 'Close Article', accelerator: 'CmdOrCtrl+W', click: send('close-article') },
      // Cmd+W closes the article, so the window's own close moves to Shift.
      isMac ? { role: 'close', accelerator: 'Cmd+Shift+W' } : { role: 'quit' },
    ],
  };
  const layerItems = LAYER_IDS.map((layer, index): MenuItemConstructorOptions => ({
    id: toggleLayerItemId(layer),
    label: LAYER_INFO[layer].label,
    type: 'checkbox',
    checked: state.settings.visibleLayers.includes(layer),
    accelerator: `CmdOrCtrl+${index + 1}`,
    click: () => actions.toggleLayer(layer),
  }));
  const themeItems = THEME_CHOICES.map((theme): MenuItemConstructorOptions => ({
    id: `theme-${theme}`,
    label: THEME_LABELS[theme],
    type: 'radio',
    checked: state.settings.theme === theme,
    click: () => actions.setTheme(theme),
  }));
  const zoom =
    (direction: ZoomDirection): NonNullable<MenuItemConstructorOptions['click']> =>
    (_item, window) =>
      actions.zoom(window, direction);
  const developerItems: MenuItemConstructorOptions[] = options.isDevelopment ? [{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] : [];
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...layerItems,
      { type: 'separator' },
      {
        id: 'toggle-findings-panel',
        label: 'Findings Panel',
        type: 'checkbox',
        checked: state.settings.findingsPanelOpen,
        accelerator: 'CmdOrCtrl+Shift+F',
        click: () => actions.toggleFindingsPanel(),
      },
      { id: 'next-finding', label: 'Next Finding', accelerator: 'F3', click: send('next-finding') },
      { id: 'previous-finding', label: 'Previous Finding', accelerator: 'Shift+F3', click: send('previous-finding') },
      { type: 'separator' },
      { id: 'zoom-reset', label: 'Actual Size', accelerator: 'CmdOrCtrl+0', click: zoom('reset') },
      { id: 'zoom-in', label: 'Zoom In', accelerator: 'CmdOrCtrl+Plus', click: zoom('in') },
      // Most keyboards type "+" with Shift, so the unshifted "=" key zooms in too, as in browsers.
      { id: 'zoom-in-alias', label: 'Zoom In', accelerator: 'CmdOrCtrl+=', visible: false, acceleratorWorksWhenHidden: true, click: zoom('in') },
      { id: 'zoom-out', label: 'Zoom Out', accelerator: 'CmdOrCtrl+-', click: zoom('out') },
      { type: 'separator' },
      { id: 'theme', label: 'Theme', submenu: themeItems },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...developerItems,
    ],
  };
  const template: MenuItemConstructorOptions[] = [file, { role: 'editMenu' }, view, { role: 'windowMenu' }];
  return isMac ? [{ role: 'appMenu' }, ...template] : template;
}
