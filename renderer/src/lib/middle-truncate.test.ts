import { describe, expect, it } from 'vitest';
import { splitForMiddleTruncation } from './middle-truncate';

describe('splitForMiddleTruncation', () => {
  it('keeps short names whole', () => {
    expect(splitForMiddleTruncation('article.txt')).toEqual({ head: 'article.txt', tail: '' });
  });

  it('keeps the end of a long name, extension included, so only the middle can be cut', () => {
    const parts = splitForMiddleTruncation('pyongyang-munitions-factory-visit-2024-final.html');
    expect(parts.tail).toBe('4-final.html');
    expect(parts.head + parts.tail).toBe('pyongyang-munitions-factory-visit-2024-final.html');
  });

  it('never splits a character outside the Basic Multilingual Plane', () => {
    const name = `${'📰'.repeat(30)}.txt`;
    const { head, tail } = splitForMiddleTruncation(name);
    expect(head + tail).toBe(name);
    expect(tail.startsWith('\udcf0')).toBe(false);
  });
});
