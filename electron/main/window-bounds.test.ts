import { describe, expect, it } from 'vitest';
import { restoreWindowBounds, type WorkArea } from './window-bounds';

const SIZING = { width: 1100, height: 820, minWidth: 480, minHeight: 360 } as const;
const LAPTOP: WorkArea = { x: 0, y: 0, width: 1440, height: 860 };
const MONITOR_RIGHT: WorkArea = { x: 1440, y: -200, width: 2560, height: 1400 };

describe('restoreWindowBounds', () => {
  it('uses the default size, placed by the OS, when nothing was saved', () => {
    expect(restoreWindowBounds(null, [LAPTOP], SIZING)).toEqual({ width: 1100, height: 820 });
  });

  it('restores a window that fits where it was', () => {
    expect(restoreWindowBounds({ x: 100, y: 50, width: 900, height: 700 }, [LAPTOP], SIZING)).toEqual({ x: 100, y: 50, width: 900, height: 700 });
  });

  it('restores a window on a second display, including negative coordinates', () => {
    const saved = { x: 2000, y: -150, width: 1200, height: 900 };
    expect(restoreWindowBounds(saved, [LAPTOP, MONITOR_RIGHT], SIZING)).toEqual(saved);
  });

  it('moves a window hanging over an edge fully back inside its display', () => {
    expect(restoreWindowBounds({ x: 1000, y: 600, width: 900, height: 700 }, [LAPTOP], SIZING)).toEqual({ x: 540, y: 160, width: 900, height: 700 });
  });

  it('shrinks a window larger than its display to the display', () => {
    expect(restoreWindowBounds({ x: -50, y: -50, width: 3000, height: 2000 }, [LAPTOP], SIZING)).toEqual({ x: 0, y: 0, width: 1440, height: 860 });
  });

  it('centres a window on the primary display when its display is gone', () => {
    const onUnpluggedMonitor = { x: 2000, y: 100, width: 1000, height: 700 };
    expect(restoreWindowBounds(onUnpluggedMonitor, [LAPTOP], SIZING)).toEqual({ x: 220, y: 80, width: 1000, height: 700 });
  });

  it('treats a window with only a sliver left on screen as off screen', () => {
    expect(restoreWindowBounds({ x: 1400, y: 100, width: 800, height: 600 }, [LAPTOP], SIZING)).toEqual({ x: 320, y: 130, width: 800, height: 600 });
  });

  it('chooses the display that shows most of a window spanning two', () => {
    const spanning = { x: 1040, y: 100, width: 1000, height: 600 };
    expect(restoreWindowBounds(spanning, [LAPTOP, MONITOR_RIGHT], SIZING)).toEqual({ x: 1440, y: 100, width: 1000, height: 600 });
  });

  it('never goes below the minimum size', () => {
    expect(restoreWindowBounds({ x: 10, y: 10, width: 200, height: 100 }, [LAPTOP], SIZING)).toMatchObject({ width: 480, height: 360 });
  });

  it('keeps the saved size when no display is known', () => {
    expect(restoreWindowBounds({ x: 10, y: 10, width: 900, height: 700 }, [], SIZING)).toEqual({ width: 900, height: 700 });
  });
});
