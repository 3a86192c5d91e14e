import { ZOOM_LIMITS } from '../../shared/model/settings';

/** How a zoom command changes the level. */
export type ZoomDirection = 'in' | 'out' | 'reset';

/** Half a level per step: about 10 %, finer than Chromium's 20 % levels for reading text. */
const ZOOM_STEP = 0.5;

/** The zoom level after a zoom command, kept within the app's limits and on the step grid. */
export function nextZoomLevel(current: number, direction: ZoomDirection): number {
  if (direction === 'reset' || !Number.isFinite(current)) return 0;
  const stepped = Math.round(current / ZOOM_STEP) * ZOOM_STEP + (direction === 'in' ? ZOOM_STEP : -ZOOM_STEP);
  return Math.min(ZOOM_LIMITS.max, Math.max(ZOOM_LIMITS.min, stepped));
}
