/**
 * Binary search over `length` items in order: the first index whose item is not `before` the target,
 * or `length` when all are. `before` must hold for a prefix of the indexes and fail for the rest.
 */
export function lowerBound(length: number, before: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (before(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}
