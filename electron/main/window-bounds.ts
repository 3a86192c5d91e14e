import type { WindowBounds } from '../services/settings-store';

/** A display's usable area (without task bars and docks), in screen coordinates. */
export interface WorkArea {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The size a new window gets, and the smallest it may be. */
export interface WindowSizing {
  readonly width: number;
  readonly height: number;
  readonly minWidth: number;
  readonly minHeight: number;
}

/** Where to put a window: a size, and a position unless the OS should choose (centre) it. */
export interface PlacedBounds {
  readonly width: number;
  readonly height: number;
  readonly x?: number;
  readonly y?: number;
}

/** How much of a saved window must still be on a display for the position to be kept. */
const MIN_VISIBLE = { width: 120, height: 60 } as const;

function overlap(a: WindowBounds, b: WorkArea): { readonly width: number; readonly height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

/**
 * Where to restore a window saved at `saved`, given the displays there are now (primary first).
 * A window that was on a display still present is shrunk to fit it and moved fully inside it; one
 * whose display is gone (an unplugged monitor) gets its size back on the primary display, centred,
 * so it can never open out of reach.
 */
export function restoreWindowBounds(saved: WindowBounds | null, workAreas: readonly WorkArea[], sizing: WindowSizing): PlacedBounds {
  const primary = workAreas[0];
  if (!saved) return { width: sizing.width, height: sizing.height };
  const fitIn = (area: WorkArea) => ({
    width: clamp(saved.width, sizing.minWidth, area.width),
    height: clamp(saved.height, sizing.minHeight, area.height),
  });
  let best: { readonly area: WorkArea; readonly visible: number } | null = null;
  for (const area of workAreas) {
    const shared = overlap(saved, area);
    if (shared.width < MIN_VISIBLE.width || shared.height < MIN_VISIBLE.height) continue;
    const visible = shared.width * shared.height;
    if (!best || visible > best.visible) best = { area, visible };
  }
  if (!best) {
    if (!primary) return { width: Math.max(saved.width, sizing.minWidth), height: Math.max(saved.height, sizing.minHeight) };
    const size = fitIn(primary);
    return {
      ...size,
      x: Math.round(primary.x + (primary.width - size.width) / 2),
      y: Math.round(primary.y + (primary.height - size.height) / 2),
    };
  }
  const { area } = best;
  const size = fitIn(area);
  return {
    ...size,
    x: clamp(saved.x, area.x, area.x + area.width - size.width),
    y: clamp(saved.y, area.y, area.y + area.height - size.height),
  };
}
