import { LAYER_IDS, type LayerId } from '../../shared/model/layers';
import type { ReaderSettings } from '../../shared/model/settings';
import type { SettingsStore } from './settings-store';

/** The settings operations the owner uses; tests pass an in-memory store. */
export type SettingsLike = Pick<SettingsStore, 'settings' | 'update'>;

/**
 * The one owner of the reader's settings, kept in the main process: every change (the reader's
 * controls and keys, the menu, another window) comes here, is saved, and is broadcast. `origin` is
 * the window that sent a change; it already shows it and gets the stored settings as its answer.
 */
export class ReaderSettingsOwner {
  constructor(
    private readonly store: SettingsLike,
    private readonly broadcast: (settings: ReaderSettings, origin: number | undefined) => void,
  ) {}

  /** The settings in force. */
  get settings(): ReaderSettings {
    return this.store.settings;
  }

  /** Merges a (validated) change, saves it and tells every window; resolves to the settings now in force. */
  async change(change: Partial<ReaderSettings>, origin?: number): Promise<ReaderSettings> {
    let settings: ReaderSettings;
    try {
      settings = await this.store.update(change);
    } catch {
      // Not saved (read-only user-data folder), but in force for this run: the store keeps it in memory.
      settings = this.store.settings;
    }
    this.broadcast(settings, origin);
    return settings;
  }

  /** Shows or hides one layer, as the View menu's checkboxes do. */
  toggleLayer(layer: LayerId): Promise<ReaderSettings> {
    const visible = this.settings.visibleLayers;
    return this.change({ visibleLayers: LAYER_IDS.filter((candidate) => visible.includes(candidate) !== (candidate === layer)) });
  }

  /** Opens or closes the findings panel. */
  toggleFindingsPanel(): Promise<ReaderSettings> {
    return this.change({ findingsPanelOpen: !this.settings.findingsPanelOpen });
  }
}
