import { describe, expect, it } from 'vitest';
import type { Finding, QuoteFinding, StateMediaFinding, UnverifiedFinding } from '../../model/finding';
import { analyze } from '../analyze';

// German shapes met in real news copy (10kGNAD and the real-article corpus), one kind per test.

interface ByLayer {
  'state-media': StateMediaFinding;
  quote: QuoteFinding;
  unverified: UnverifiedFinding;
}

function found<L extends Finding['layer']>(text: string, layer: L): ByLayer[L][] {
  return analyze(text, { language: 'de' }).filter((finding): finding is ByLayer[L] => finding.layer === layer);
}

describe('German outlets', () => {
  it('knows Russian outlets under their German transliterations', () => {
    const text = 'Das berichtete die Nachrichtenagentur Ria Nowosti am Montag. Der Staatssender Rossija 1 zeigte am Abend Bilder der Zerstörungen.';
    expect(found(text, 'state-media').map((f) => f.outlet)).toEqual(['RIA Novosti', 'Rossiya 1']);
  });

  it('finds a newspaper named in quotation marks, not taking "die Zeitung" for a back-reference', () => {
    const text = 'Die "Global Times" schrieb dazu, es sei ein Erfolg. Das berichtete die Zeitung „Iswestija“ am Dienstag.';
    expect(found(text, 'state-media').map((f) => f.outlet)).toEqual(['Global Times', 'Izvestia']);
  });
});
