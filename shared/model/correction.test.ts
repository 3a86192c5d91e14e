import { describe, expect, it } from 'vitest';
import { analyze } from '../engine/analyze';
import { applyCorrections, isReaderAdded, type Correction } from './correction';

const TEXT = 'The state news agency KCNA said the plant reopened. Workers were reportedly paid in rice. The plant is large.';
const AT = '2026-12-04T12:00:00.000Z';

describe('applyCorrections', () => {
  const findings = analyze(TEXT);
  const kcna = findings.find((finding) => finding.layer === 'state-media')!;

  it('leaves out a finding marked wrong and puts in one the reader added, in text order', () => {
    const start = TEXT.indexOf('The plant is large.');
    const corrections: Correction[] = [
      { kind: 'wrong', layer: kcna.layer, start: kcna.start, end: kcna.end, text: kcna.text, at: AT },
      { kind: 'added', layer: 'unverified', start, end: start + 'The plant is large.'.length, text: 'The plant is large.', at: AT },
    ];
    const corrected = applyCorrections(TEXT, findings, corrections);
    expect(corrected.markedWrong).toBe(1);
    expect(corrected.added).toBe(1);
    expect(corrected.wrong).toEqual([kcna]);
    expect(corrected.findings).not.toContain(kcna);
    const added = corrected.findings.at(-1)!;
    expect(isReaderAdded(added)).toBe(true);
    expect(TEXT.slice(added.start, added.end)).toBe(added.text);
    expect(corrected.findings.map((finding) => finding.start)).toEqual([...corrected.findings.map((finding) => finding.start)].sort((a, b) => a - b));
  });

  it('ignores a correction whose words are no longer at its offsets', () => {
    const stale: Correction = { kind: 'wrong', layer: kcna.layer, start: kcna.start, end: kcna.end, text: 'something else', at: AT };
    expect(applyCorrections(TEXT, findings, [stale]).findings).toEqual(findings);
  });
});
