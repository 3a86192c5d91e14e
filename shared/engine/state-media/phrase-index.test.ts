import { describe, expect, it } from 'vitest';
import { PhraseIndex, tokenize, tokenRange } from './phrase-index';

function index(): PhraseIndex<string> {
  const phrases = new PhraseIndex<string>();
  phrases.add('Syrian', 'SY');
  phrases.add('North Korean', 'KP');
  return phrases;
}

describe('PhraseIndex.findAll over a token range', () => {
  const text = 'Syrian officials cited North Korean state television on Tuesday.';
  const tokens = tokenize(text);

  it('finds the same phrases in a span as in a copy of that span tokenised on its own', () => {
    const span = { start: text.indexOf('North'), end: text.indexOf(' on') };
    const range = tokenRange(tokens, span)!;
    const words = text.slice(span.start, span.end);
    const inRange = index()
      .findAll(text, tokens, range.from, range.to)
      .map((m) => [m.start - span.start, m.end - span.start, m.value]);
    const inCopy = index()
      .findAll(words, tokenize(words))
      .map((m) => [m.start, m.end, m.value]);
    expect(inRange).toEqual([[0, 12, 'KP']]);
    expect(inRange).toEqual(inCopy);
  });

  it('ignores phrases outside the range', () => {
    const span = { start: text.indexOf('officials'), end: text.indexOf(' North') };
    const range = tokenRange(tokens, span)!;
    expect(index().findAll(text, tokens, range.from, range.to)).toEqual([]);
  });

  it('gives no range when a word straddles the span edge', () => {
    expect(tokenRange(tokens, { start: 2, end: 20 })).toBeUndefined();
    expect(tokenRange(tokens, { start: 0, end: 3 })).toBeUndefined();
  });
});
