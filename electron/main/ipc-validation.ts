import { isAbsolute } from 'node:path';
import { z } from 'zod';
import type { ExportRequest } from '../../shared/ipc/contract';
import { LAYER_IDS } from '../../shared/model/layers';

const exportRequestSchema = z.object({
  visibleLayers: z.array(z.enum(LAYER_IDS)).max(LAYER_IDS.length * 4),
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
  return { visibleLayers: LAYER_IDS.filter((layer) => parsed.data.visibleLayers.includes(layer)) };
}

/** Checks a dropped file's path as the preload resolved it: an absolute path, nothing else. */
export function parseDroppedPath(value: unknown): string | null {
  const parsed = droppedPathSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
