import { describe, expect, it } from 'vitest';
import { findAll } from './text-ranges';

describe('findAll', () => {
  it('finds every occurrence, ignoring case', () => {
    expect(findAll('KCNA said. The kcna report.', 'kcna')).toEqual([
      { start: 0, end: 4 },
      { start: 15, end: 19 },
    ]);
  });

  it('finds nothing for an empty query and stops at the limit', () => {
    expect(findAll('abc', '  ')).toEqual([]);
    expect(findAll('a'.repeat(10), 'a', 3)).toHaveLength(3);
  });
});
