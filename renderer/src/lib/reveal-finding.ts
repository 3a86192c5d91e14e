import type { Finding } from '../../../shared/model/finding';
import { findingId } from './article-analysis';

const FLASH_ATTRIBUTE = 'data-flash';
const FLASH_MS = 1600;

/** The marks of one finding inside a reading root, in text order. */
export function marksOfFinding(root: ParentNode, finding: Finding, index: number): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`mark[data-finding-ids~="${findingId(finding, index)}"]`)];
}

/**
 * Scrolls a finding into the middle of the view, moves keyboard focus to it (which opens its
 * popover) and flashes its marks briefly. Marks are owned by the memoised article body, so the
 * flash is an attribute React never renders, not a re-render.
 */
export function revealFinding(root: ParentNode, finding: Finding, index: number): boolean {
  const marks = marksOfFinding(root, finding, index);
  const first = marks[0];
  if (!first) return false;
  const reduceMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  first.scrollIntoView?.({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  if (!first.hasAttribute('tabindex')) first.tabIndex = -1;
  first.focus({ preventScroll: true });
  for (const mark of marks) {
    mark.removeAttribute(FLASH_ATTRIBUTE);
    // Reading the layout restarts the CSS animation when the same finding is revealed twice in a row.
    void mark.offsetWidth;
    mark.setAttribute(FLASH_ATTRIBUTE, '');
  }
  setTimeout(() => {
    for (const mark of marks) mark.removeAttribute(FLASH_ATTRIBUTE);
  }, FLASH_MS);
  return true;
}
