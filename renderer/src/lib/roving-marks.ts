import type { LayerId } from '../../../shared/model/layers';
import { hiddenLayerAttribute } from '../../../shared/render/highlight-markup';

/** Selector of the marks where a finding begins: the article's keyboard stops. */
export const STOP_SELECTOR = 'mark[data-stop]';

/** Whether a stop shows at least one visible layer (a hidden layer's marks are skipped by the arrows). */
export function isVisibleStop(root: Element, mark: Element): boolean {
  const layers = (mark.getAttribute('data-layers') ?? '').split(' ').filter(Boolean) as LayerId[];
  return layers.some((layer) => !root.hasAttribute(hiddenLayerAttribute(layer)));
}

/** Makes `mark` the article's one Tab stop: tabindex 0 there, -1 on every other stop. */
export function makeTabStop(root: Element, mark: HTMLElement | null): void {
  for (const other of root.querySelectorAll<HTMLElement>('mark[tabindex="0"]')) if (other !== mark) other.tabIndex = -1;
  if (mark) mark.tabIndex = 0;
}

/** The stop an arrow key moves to from `from`: the next or previous visible one, or the first or last. */
export function neighbourStop(root: Element, from: Element, key: string): HTMLElement | null {
  const stops = [...root.querySelectorAll<HTMLElement>(STOP_SELECTOR)].filter((mark) => isVisibleStop(root, mark));
  if (stops.length === 0) return null;
  if (key === 'Home') return stops[0]!;
  if (key === 'End') return stops.at(-1)!;
  const here = stops.indexOf(from as HTMLElement);
  const forward = key === 'ArrowRight' || key === 'ArrowDown';
  if (here === -1) return forward ? stops[0]! : stops.at(-1)!;
  return stops[Math.max(0, Math.min(stops.length - 1, here + (forward ? 1 : -1)))]!;
}
