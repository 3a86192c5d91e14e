import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LAYER_IDS } from '../../shared/model/layers';
import {
  DEFAULT_SETTINGS,
  FONT_SIZE_LIMITS,
  LINE_SPACINGS,
  LINE_WIDTHS,
  PAPERS,
  THEME_CHOICES,
  TYPEFACES,
  ZOOM_LIMITS,
  type ReaderSettings,
} from '../../shared/model/settings';
import { TYPOLOGIES } from '../../shared/model/typology';
import { writeFileAtomic } from './atomic-write';

/** The settings file's name inside the app's user-data folder. */
export const SETTINGS_FILE_NAME = 'settings.json';

/** A window's outer rectangle in screen coordinates. */
export interface WindowBounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The window geometry remembered between runs; kept by the main process only, never sent to the reader. */
export interface SavedWindowState {
  readonly bounds: WindowBounds;
  readonly maximized: boolean;
}

// Sets are folded into canonical order so equal choices always compare and save alike.
const layerList = z
  .array(z.enum(LAYER_IDS))
  .max(LAYER_IDS.length * 4)
  .transform((layers) => LAYER_IDS.filter((layer) => layers.includes(layer)));
const typologyList = z
  .array(z.enum(TYPOLOGIES))
  .max(TYPOLOGIES.length * 4)
  .transform((typologies) => TYPOLOGIES.filter((typology) => typologies.includes(typology)));

/** One schema per reader setting, so a file or a change with one bad field keeps the good ones. */
export const READER_SETTING_SCHEMAS = {
  visibleLayers: layerList,
  typologies: typologyList,
  theme: z.enum(THEME_CHOICES),
  zoomLevel: z.number().finite().min(ZOOM_LIMITS.min).max(ZOOM_LIMITS.max),
  findingsPanelOpen: z.boolean(),
  reading: z.object({
    fontSize: z.number().int().min(FONT_SIZE_LIMITS.min).max(FONT_SIZE_LIMITS.max),
    typeface: z.enum(TYPEFACES),
    lineWidth: z.enum(LINE_WIDTHS),
    lineSpacing: z.enum(LINE_SPACINGS),
    paper: z.enum(PAPERS),
  }),
} as const;

const coordinate = z.number().int().min(-100_000).max(100_000);
const windowStateSchema = z.object({
  bounds: z.object({ x: coordinate, y: coordinate, width: z.number().int().min(1).max(100_000), height: z.number().int().min(1).max(100_000) }),
  maximized: z.boolean(),
});

type SettingKey = keyof typeof READER_SETTING_SCHEMAS;
const SETTING_KEYS = Object.keys(READER_SETTING_SCHEMAS) as SettingKey[];

/** Keeps the valid reader fields of an object and drops everything else; a non-object gives an empty change. */
export function pickValidSettings(value: unknown): Partial<ReaderSettings> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const record = value as Record<string, unknown>;
  const picked: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    if (!(key in record)) continue;
    const parsed = READER_SETTING_SCHEMAS[key].safeParse(record[key]);
    if (parsed.success) picked[key] = parsed.data;
  }
  return picked as Partial<ReaderSettings>;
}

/** Reads the window geometry saved in a settings object, or null when absent or invalid. */
export function pickWindowState(value: unknown): SavedWindowState | null {
  if (typeof value !== 'object' || value === null || !('window' in value)) return null;
  const parsed = windowStateSchema.safeParse(value.window);
  return parsed.success ? parsed.data : null;
}

/** Options of a settings store; tests fix the clock. */
export interface SettingsStoreOptions {
  readonly now?: () => Date;
}

/**
 * The settings file in the app's user-data folder. Reading never fails: an unreadable or corrupt
 * file is moved aside (so a user can still recover it) and the defaults apply. Writes are atomic and
 * run one after another, so the file always holds one complete, recent state.
 */
export class SettingsStore {
  private reader: ReaderSettings;
  private window: SavedWindowState | null;
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    /** Where the settings file lives. */
    readonly path: string,
    reader: ReaderSettings,
    window: SavedWindowState | null,
    /** Where a corrupt file was moved at load, if one was. */
    readonly corruptFileMovedTo: string | null,
  ) {
    this.reader = reader;
    this.window = window;
  }

  /** Loads the store from `folder`, creating nothing until the first change is saved. */
  static async open(folder: string, options: SettingsStoreOptions = {}): Promise<SettingsStore> {
    const path = join(folder, SETTINGS_FILE_NAME);
    let text: string;
    try {
      text = await fs.readFile(path, 'utf8');
    } catch {
      // No file yet (first run) or unreadable: defaults, and the next save creates or replaces it.
      return new SettingsStore(path, DEFAULT_SETTINGS, null, null);
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      const movedTo = await moveAside(folder, path, (options.now ?? (() => new Date()))());
      return new SettingsStore(path, DEFAULT_SETTINGS, null, movedTo);
    }
    return new SettingsStore(path, { ...DEFAULT_SETTINGS, ...pickValidSettings(data) }, pickWindowState(data), null);
  }

  /** The reader settings in force. */
  get settings(): ReaderSettings {
    return this.reader;
  }

  /** The window geometry saved last, or null. */
  get windowState(): SavedWindowState | null {
    return this.window;
  }

  /** Merges the valid fields of a change and saves; resolves to the settings now in force. */
  async update(change: Partial<ReaderSettings>): Promise<ReaderSettings> {
    this.reader = { ...this.reader, ...pickValidSettings(change) };
    await this.save();
    return this.reader;
  }

  /** Remembers the window geometry and saves. */
  async saveWindowState(state: SavedWindowState): Promise<void> {
    const parsed = windowStateSchema.safeParse(state);
    if (!parsed.success) return;
    this.window = parsed.data;
    await this.save();
  }

  private save(): Promise<void> {
    // Each write serialises the state at its turn, so the last write holds the newest state.
    const write = this.writing.then(async () => {
      await fs.mkdir(join(this.path, '..'), { recursive: true });
      const content = { version: 1, ...this.reader, ...(this.window ? { window: this.window } : {}) };
      await writeFileAtomic(this.path, `${JSON.stringify(content, null, 2)}\n`, { overwrite: true });
    });
    // A failed write must not block the ones after it; the caller still sees its own failure.
    this.writing = write.catch(() => undefined);
    return write;
  }
}

async function moveAside(folder: string, path: string, now: Date): Promise<string | null> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = join(folder, `settings.corrupt-${stamp}.json`);
  try {
    await fs.rename(path, target);
    return target;
  } catch {
    // Could not move it (read-only folder): the next save replaces it, which is still no crash.
    return null;
  }
}
