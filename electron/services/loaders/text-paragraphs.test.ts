import { describe, expect, it } from 'vitest';
import { detectWrapWidth, splitPlainTextParagraphs } from './text-paragraphs';
import { hardWrap } from './fixtures/hard-wrap';

const FIRST =
  'The council approved the new tram line on Monday after a debate that lasted most of the afternoon and ended with a narrow vote of eleven to nine.';
const SECOND = 'Work on the first section, between the station and the hospital, is due to start in the spring and should take about two years to finish.';
const THIRD = 'Opponents said the money would be better spent on buses, which can reach the outer villages.';

describe('splitPlainTextParagraphs', () => {
  it('splits paragraphs at blank lines', () => {
    expect(splitPlainTextParagraphs(`${FIRST}\n\n${SECOND}\r\n\r\n${THIRD}\n`)).toEqual([FIRST, SECOND, THIRD]);
  });

  it('treats each long line as its own paragraph when lines are not wrapped', () => {
    expect(splitPlainTextParagraphs(`${FIRST}\n${SECOND}\n${THIRD}`)).toEqual([FIRST, SECOND, THIRD]);
  });

  it('joins hard-wrapped lines and starts a paragraph at each indented first line', () => {
    const text = [...hardWrap(FIRST, 60, '   '), ...hardWrap(SECOND, 60, '   '), ...hardWrap(THIRD, 60, '   ')].join('\n');
    expect(splitPlainTextParagraphs(text)).toEqual([FIRST, SECOND, THIRD]);
  });

  it('joins hard-wrapped lines separated by blank lines', () => {
    const text = [hardWrap(FIRST, 72).join('\n'), hardWrap(SECOND, 72).join('\n'), hardWrap(THIRD, 72).join('\n')].join('\n\n');
    expect(splitPlainTextParagraphs(text)).toEqual([FIRST, SECOND, THIRD]);
  });

  it('ends a paragraph at a short line even without indentation or a blank line', () => {
    const text = [...hardWrap(FIRST, 64), ...hardWrap(SECOND, 64)].join('\n');
    const lastOfFirst = hardWrap(FIRST, 64).at(-1)!;
    // Only meaningful when the next word would have fitted on the short line.
    expect(lastOfFirst.length + 1 + 'Work'.length).toBeLessThanOrEqual(64);
    expect(splitPlainTextParagraphs(text)).toEqual([FIRST, SECOND]);
  });

  it('keeps the hyphen of a compound split across lines', () => {
    const text = [
      '   The army moved its anti-',
      'aircraft guns closer to the border in a build-',
      'up that lasted the whole month of March and',
      'worried the neighbouring states a great deal.',
    ].join('\n');
    expect(splitPlainTextParagraphs(text)).toEqual([
      'The army moved its anti-aircraft guns closer to the border in a build-up that lasted the whole month of March and worried the neighbouring states a great deal.',
    ]);
  });

  it('keeps a spaced dash at a line end as a dash between words', () => {
    const sentence =
      'The bridge over the river will open in May -- a month later than planned -- the city engineer told the council at its meeting on Tuesday night.';
    const lines = hardWrap(sentence, 45);
    expect(lines[0]).toMatch(/--$/);
    expect(splitPlainTextParagraphs([...lines, '', THIRD].join('\n'))).toEqual([sentence, THIRD]);
  });

  it('keeps a headline, an all-capitals line and a dateline apart from the wrapped text after them', () => {
    const body = hardWrap(FIRST, 60, '   ');
    const text = ['Council backs tram line', 'TRANSPORT', 'NORTHTOWN, May 4 (Coastal Wire) --', ...body].join('\n');
    expect(splitPlainTextParagraphs(text)).toEqual(['Council backs tram line', 'TRANSPORT', 'NORTHTOWN, May 4 (Coastal Wire) --', FIRST]);
  });

  it('joins telex copy written entirely in capitals', () => {
    const upper = FIRST.toUpperCase();
    const second = SECOND.toUpperCase();
    expect(splitPlainTextParagraphs([...hardWrap(upper, 60, '  '), ...hardWrap(second, 60, '  ')].join('\n'))).toEqual([upper, second]);
  });

  it('keeps a boilerplate line out of the paragraph around it', () => {
    const text = [...hardWrap(FIRST, 60), 'Advertisement', ...hardWrap(SECOND, 60)].join('\n');
    expect(splitPlainTextParagraphs(text)).toEqual([FIRST, 'Advertisement', SECOND]);
  });
});

describe('detectWrapWidth', () => {
  it('finds the width of wrapped text', () => {
    expect(detectWrapWidth([...hardWrap(FIRST, 60), ...hardWrap(SECOND, 60)])).toBeLessThanOrEqual(60);
    expect(detectWrapWidth([...hardWrap(FIRST, 60), ...hardWrap(SECOND, 60)])).toBeGreaterThan(50);
  });

  it('says a text of one-line paragraphs is not wrapped', () => {
    expect(detectWrapWidth([FIRST, SECOND, THIRD, FIRST])).toBeNull();
  });
});
