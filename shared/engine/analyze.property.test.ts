import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../model/layers';
import { analyze } from './analyze';

// Fragments that exercise every detector: outlets, quotation marks of every style, cues, apostrophes.
const FRAGMENTS = [
  'KCNA',
  'the state news agency KCNA',
  'state media',
  'said',
  'reported',
  'according to',
  'Xinhua',
  'TASS',
  'Mr Kim',
  'he said',
  'the outlet',
  'reportedly',
  'allegedly',
  'what Pyongyang described as',
  'sources',
  'could not be independently verified',
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
  'it’s',
  "rock 'n' roll",
  '.',
  ',',
  ':',
  '\n\n',
  '\n',
  ' ',
  '(',
  ')',
  '--',
  'The',
  'leader',
  'missile',
  'May',
  'claims',
  '😀',
  'PYONGYANG, March 3 (KCNA) --',
  '( KCNA via AFP via Getty )',
];

const articleText = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })), { maxLength: 80 }).map((parts) => parts.join(' '));

describe('analyze on random and mutated text', () => {
  it('never throws and keeps every finding a faithful, in-bounds slice', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        for (const finding of analyze(text)) {
          expect(finding.start).toBeGreaterThanOrEqual(0);
          expect(finding.end).toBeLessThanOrEqual(text.length);
          expect(finding.start).toBeLessThan(finding.end);
          expect(text.slice(finding.start, finding.end)).toBe(finding.text);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('never overlaps two findings of the same layer', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const findings = analyze(text);
        for (const layer of LAYER_IDS) {
          const spans = findings.filter((f) => f.layer === layer).sort((a, b) => a.start - b.start);
          for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
        }
      }),
      { numRuns: 1500 },
    );
  });
});
