import { isAbsolute } from 'node:path';
import { z } from 'zod';
import type { ExportFormat, ExportRequest, ReaderSettings } from '../../shared/ipc/contract';
import type { Typology } from '../../shared/model/finding';
import { LAYER_IDS } from '../../shared/model/layers';
import { READER_SETTING_SCHEMAS } from '../services/settings-store';

const EXPORT_FORMATS = ['html', 'jsonld', 'csv'] as const satisfies readonly ExportFormat[];
const TYPOLOGIES = ['SC', 'CaPu', 'CaPr', 'ISFM', 'ISF', 'ISM', 'IP'] as const satisfies readonly Typology[];

const exportRequestSchema = z.object({
  visibleLayers: z.array(z.enum(LAYER_IDS)).max(LAYER_IDS.length * 4),
  format: z.enum(EXPORT_FORMATS).optional(),
  typologies: z.array(z.enum(TYPOLOGIES)).max(TYPOLOGIES.length * 4).optional(),
});

const droppedPathSchema = z
  .string()
  .min(1)
  .max(32_768)
  .refine((value) => isAbsolute(value) && !value.includes('\u0000'), 'must be an absolute path');

/** Checks an export request from the renderer; duplicate layers are folded, unknown fields dropped. */
export function parseExportRequest(value: unknown): ExportRequest | null {
  const parsed = exportRequestSchema.safeParse(value);
  if (!parsed.success) return null;
  const { format, typologies } = parsed.data;
  return {
    visibleLayers: LAYER_IDS.filter((layer) => parsed.data.visibleLayers.includes(layer)),
    ...(format ? { format } : {}),
    ...(typologies ? { typologies: TYPOLOGIES.filter((typology) => typologies.includes(typology)) } : {}),
  };
}

/** Checks a dropped file's path as the preload resolved it: an absolute path, nothing else. */
export function parseDroppedPath(value: unknown): string | null {
  const parsed = droppedPathSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

// Strict: a change with any invalid field is refused whole, so the reader never half-applies one.
const settingsChangeSchema = z.object(READER_SETTING_SCHEMAS).partial();

/** Checks a settings change from the renderer: known fields must be valid, unknown ones are dropped. */
export function parseSettingsChange(value: unknown): Partial<ReaderSettings> | null {
  const parsed = settingsChangeSchema.safeParse(value);
  if (!parsed.success) return null;
  const change: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(parsed.data)) if (field !== undefined) change[key] = field;
  return change as Partial<ReaderSettings>;
}

/** Checks a path the renderer picked from the recent list: an absolute path, nothing else. */
export function parseRecentPath(value: unknown): string | null {
  return parseDroppedPath(value);
}

/** The longest link the app will hand to the browser; longer ones are refused, not cut. */
const MAX_LINK_LENGTH = 8_192;

/**
 * Checks a link from an article: only http and https, without user names or passwords in it (a
 * classic way to disguise a host), are ever handed to the system browser. Returns the normalised URL.
 */
export function parseExternalUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LINK_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '' || url.hostname === '') return null;
  return url.href;
}
