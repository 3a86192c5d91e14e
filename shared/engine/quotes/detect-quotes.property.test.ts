import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTextContext } from '../text/text-context';
import { detectQuotes } from './detect-quotes';

// Pieces that stress pairing and speaker search: every mark, apostrophes, cues, names and paragraph breaks.
const PIECES = [
  '“',
  '”',
  '"',
  "'",
  '‘',
  '’',
  '«',
  '»',
  '„',
  '「',
  '」',
  '『',
  '』',
  '‚',
  'it’s',
  "Kim's",
  "'90s",
  "rock 'n' roll",
  'Turkey"s',
  'he said',
  'said Mr Kim',
  'Mr Kim said:',
  'according to',
  'quoted',
  'as saying',
  'the leader',
  'North Korean leader Kim Jong Un',
  'so-called',
  'called',
  'the film',
  'KCNA',
  '.',
  ',',
  ':',
  '\n',
  '\n\n',
  ' ',
  'We will win',
  'THE LEADER SAID',
  'who',
  'that',
  '—',
  '5"',
  'the workers’',
  '😀',
];

const articles = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(' '));

describe('detectQuotes on random and mutated text', () => {
  it('keeps every finding an in-bounds, faithful, non-overlapping slice and never throws', () => {
    fc.assert(
      fc.property(articles, (text) => {
        const findings = detectQuotes(createTextContext(text));
        let lastEnd = 0;
        for (const finding of findings) {
          expect(finding.layer).toBe('quote');
          expect(finding.start).toBeGreaterThanOrEqual(lastEnd);
          expect(finding.start).toBeLessThan(finding.end);
          expect(finding.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(finding.start, finding.end)).toBe(finding.text);
          expect(finding.message.length).toBeGreaterThan(0);
          lastEnd = finding.end;
        }
      }),
      { numRuns: 2000 },
    );
  });
});
