import { describe, expect, it } from 'vitest';
import type { StateMediaFinding } from '../../../shared/model/finding';
import { countryName, describeOutlet } from './finding-explanations';

const base = { start: 0, end: 4, text: 'KCNA', ruleId: 'state-media/named-outlet', message: 'm' } as const;

describe('describeOutlet', () => {
  it('names the outlet with its country and typology', () => {
    const finding: StateMediaFinding = { ...base, layer: 'state-media', outlet: 'KCNA', country: 'KP', typology: 'SC' };
    expect(describeOutlet(finding)).toBe('KCNA (North Korea, state-controlled)');
  });

  it('says "unnamed state media" for a generic reference', () => {
    expect(describeOutlet({ ...base, layer: 'state-media', outlet: 'state media (generic)' })).toBe('unnamed state media');
  });

  it('falls back to the code for a country the runtime cannot name', () => {
    expect(countryName('RU')).toBe('Russia');
    expect(countryName('not a code')).toBe('not a code');
  });
});
