import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerBound } from './lower-bound';

describe('lowerBound', () => {
  it('finds the first item not before the target, or the length', () => {
    const values = [1, 3, 3, 7];
    expect([0, 1, 2, 3, 4, 7, 8].map((target) => lowerBound(values.length, (index) => values[index]! < target))).toEqual([0, 0, 1, 1, 3, 3, 4]);
    expect(lowerBound(0, () => true)).toBe(0);
  });

  it('agrees with a linear scan on any sorted list', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (unsorted, target) => {
        const values = [...unsorted].sort((a, b) => a - b);
        const linear = values.findIndex((value) => value >= target);
        expect(lowerBound(values.length, (index) => values[index]! < target)).toBe(linear === -1 ? values.length : linear);
      }),
    );
  });
});
