import { describe, expect, it } from 'vitest';
import { ZOOM_LIMITS } from '../../shared/model/settings';
import { nextZoomLevel } from './zoom-level';

describe('nextZoomLevel', () => {
  it('steps by half a level in and out, and resets to 0', () => {
    expect(nextZoomLevel(0, 'in')).toBe(0.5);
    expect(nextZoomLevel(0.5, 'out')).toBe(0);
    expect(nextZoomLevel(-1, 'out')).toBe(-1.5);
    expect(nextZoomLevel(2.5, 'reset')).toBe(0);
  });

  it('snaps an off-grid level back onto the steps', () => {
    expect(nextZoomLevel(0.3, 'in')).toBe(1);
    expect(nextZoomLevel(0.2, 'out')).toBe(-0.5);
  });

  it('stays within the limits the settings accept', () => {
    expect(nextZoomLevel(ZOOM_LIMITS.max, 'in')).toBe(ZOOM_LIMITS.max);
    expect(nextZoomLevel(ZOOM_LIMITS.min, 'out')).toBe(ZOOM_LIMITS.min);
    expect(nextZoomLevel(Number.NaN, 'in')).toBe(0);
  });
});
