import type { Finding } from '../../../shared/model/finding';
import type { LayerId } from '../../../shared/model/layers';

/** Which way `n` / `p` move. */
export type StepDirection = 'next' | 'previous';

/**
 * The index of the next (or previous) finding on a visible layer, in text order, wrapping at the
 * ends; from no current finding, `next` starts at the first and `previous` at the last. Null when
 * no visible layer has findings.
 */
export function stepFinding(findings: readonly Finding[], visible: ReadonlySet<LayerId>, current: number | null, direction: StepDirection): number | null {
  const candidates: number[] = [];
  findings.forEach((finding, index) => {
    if (visible.has(finding.layer)) candidates.push(index);
  });
  if (candidates.length === 0) return null;
  const order = [...candidates].sort((a, b) => findings[a]!.start - findings[b]!.start || a - b);
  if (current === null || findings[current] === undefined) return direction === 'next' ? order[0]! : order.at(-1)!;
  const here = findings[current];
  const key = (index: number): [number, number] => [findings[index]!.start, index];
  const before = (a: [number, number], b: [number, number]): boolean => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  const now: [number, number] = [here.start, current];
  if (direction === 'next') return order.find((index) => before(now, key(index))) ?? order[0]!;
  return [...order].reverse().find((index) => before(key(index), now)) ?? order.at(-1)!;
}
