import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuoteFinding } from '../../model/finding';
import { createTextContext } from '../text/text-context';
import { detectUnverified } from './detect-unverified';

// Cue words, their look-alikes, clause punctuation and quotation marks, glued together at random.
const FRAGMENTS = [
  'reportedly',
  'allegedly',
  'claimed',
  'claims',
  'claim that',
  'the lives of',
  'what Pyongyang described as',
  'what he called',
  'is believed to be',
  'said to be',
  'seen as',
  'could not be independently verified',
  'without providing evidence',
  'sources said',
  'a person familiar with',
  'on condition of anonymity',
  'rumours',
  'speculation',
  'some reports suggest',
  'has been accused of',
  'accused Seoul of',
  'accusing him of',
  'whom',
  'of',
  '?',
  'not',
  'no group',
  'Mr.',
  'U.S.',
  'the',
  'said',
  'and',
  'but',
  'which',
  'who',
  '8,700-tonne',
  '.',
  ',',
  ';',
  ':',
  '—',
  '--',
  ' - ',
  '\n\n',
  '\n',
  ' ',
  '“',
  '”',
  '"',
  "'",
  '(',
  ')',
  'KIM REPORTEDLY ILL',
  'insurance',
  'close to',
  'the border',
  '😀',
];

const articleText = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(' '));

/** Random non-overlapping quote spans over the text, as the quote detector might report them. */
function randomQuotes(text: string, cuts: readonly number[]): QuoteFinding[] {
  const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
  const quotes: QuoteFinding[] = [];
  for (let i = 0; i + 1 < points.length; i += 2) {
    const start = points[i]!;
    const end = points[i + 1]!;
    quotes.push({ layer: 'quote', start, end, text: text.slice(start, end), ruleId: 'quote/test', message: 'A test quote.' });
  }
  return quotes;
}

describe('detectUnverified on random and mutated text', () => {
  it('keeps findings in bounds, faithful to the text, ordered and never overlapping', () => {
    fc.assert(
      fc.property(articleText, fc.array(fc.nat(), { maxLength: 6 }), (text, cuts) => {
        const findings = detectUnverified(createTextContext(text), randomQuotes(text, cuts));
        let previousEnd = 0;
        for (const finding of findings) {
          expect(finding.start).toBeGreaterThanOrEqual(previousEnd);
          expect(finding.end).toBeGreaterThan(finding.start);
          expect(finding.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(finding.start, finding.end)).toBe(finding.text);
          expect(finding.ruleId).toBe(`unverified/${finding.cueKind}`);
          previousEnd = finding.end;
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('never marks a cue that lies inside a quote', () => {
    fc.assert(
      fc.property(articleText, (body) => {
        const text = `“${body.replace(/[“”]/g, '')} reportedly”`;
        const quote: QuoteFinding = { layer: 'quote', start: 0, end: text.length, text, ruleId: 'quote/test', message: 'A test quote.' };
        expect(detectUnverified(createTextContext(text), [quote])).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
