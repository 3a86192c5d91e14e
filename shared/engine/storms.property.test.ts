import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';

// Units that a hostile file repeats to make a detector backtrack or rescan: quotes, speech verbs,
// sourcing cues, brackets, emphasis marks and unclosed quotation marks.
const UNITS = [
  '"We talk," he said. ',
  'he said ',
  'according to officials ',
  '( [ { ',
  '“a ',
  'reportedly, sources say, ',
  '*a* ',
  '«» ',
  'KCNA said ',
  'the state news agency ',
  '"',
  '‘',
  ' -- ',
  'Mr Kim told reporters ',
];

function bestTime(text: string): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    analyze(text);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('analysis of storms', () => {
  it('grows linearly: eight times the storm costs well under sixty-four times as much', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...UNITS), { minLength: 1, maxLength: 3 }), (units) => {
        const unit = units.join('');
        const count = Math.ceil(12_000 / unit.length);
        // Both sizes are large enough (24 KB and 192 KB) that start-up costs and timer noise do not set the ratio.
        const small = bestTime(unit.repeat(count * 2));
        const large = bestTime(unit.repeat(count * 16));
        // Linear work gives about 8 and quadratic 64; 32 leaves room for a busy machine, and a floor of 5 ms for timer noise.
        expect(large / Math.max(small, 5)).toBeLessThan(32);
      }),
      { numRuns: 6 },
    );
  }, 120_000);
});
