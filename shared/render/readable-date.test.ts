import { describe, expect, it } from 'vitest';
import { readableDate } from './readable-date';

describe('readableDate', () => {
  it('writes a moment as day, month name, year and the UTC time', () => {
    expect(readableDate('2019-11-18T21:17:27Z')).toBe('18 November 2019, 21:17 UTC');
  });

  it('converts an offset time to UTC', () => {
    expect(readableDate('2016-11-29T10:05:00-05:00')).toBe('29 November 2016, 15:05 UTC');
  });

  it('writes a bare date without a time', () => {
    expect(readableDate('2021-02-08')).toBe('8 February 2021');
  });

  it('leaves text that is no date as it was', () => {
    expect(readableDate('Spring 2020')).toBe('Spring 2020');
    expect(readableDate('  ')).toBeUndefined();
  });
});
