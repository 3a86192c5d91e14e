import type { Finding } from '../../../shared/model/finding';
import type { LayerId } from '../../../shared/model/layers';
import { STOP_SELECTOR } from './roving-marks';
import { lowerBound } from '../../../shared/util/lower-bound';

/** Whether an element is on screen below the top bar; one without a box (not laid out) counts as on screen. */
export function isOnScreen(element: Element, topEdge: number): boolean {
  const rect = element.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return true;
  return rect.bottom > topEdge && rect.top < window.innerHeight;
}

/**
 * The first finding of a visible layer at or below where the reader is reading (the top of the
 * screen, under the bar), found by a binary search over the stops, which are in text order. Null
 * when every finding is above the screen.
 */
export function findingAtReadingPosition(root: Element, findings: readonly Finding[], visible: ReadonlySet<LayerId>, topEdge: number): number | null {
  const stops = root.querySelectorAll<HTMLElement>(STOP_SELECTOR);
  const low = lowerBound(stops.length, (index) => stops[index]!.getBoundingClientRect().bottom <= topEdge);
  for (let at = low; at < stops.length; at++) {
    const ids = (stops[at]!.dataset.findingIds ?? '').split(' ');
    for (const id of ids) {
      const index = Number(id.slice(id.lastIndexOf('-') + 1));
      const finding = findings[index];
      if (finding && visible.has(finding.layer) && finding.start >= 0) return index;
    }
  }
  return null;
}
