import { describe, expect, it } from 'vitest';
import { speakerName, speakerPronoun, speakerRole } from './speaker';

describe('speakerName', () => {
  it('keeps the resolved name and drops the role the engine appended', () => {
    expect(speakerName({ speaker: 'Kim Jong Un (the leader)' })).toBe('Kim Jong Un');
    expect(speakerRole({ speaker: 'Kim Jong Un (the leader)' })).toBe('the leader');
  });

  it('is undefined when no one is named', () => {
    expect(speakerName({})).toBeUndefined();
    expect(speakerName({ speaker: '  ' })).toBeUndefined();
    expect(speakerRole({ speaker: 'Rodong Sinmun' })).toBeUndefined();
  });

  it('is no name when the engine found only a pronoun, which it reports apart', () => {
    expect(speakerName({ speaker: 'they' })).toBeUndefined();
    expect(speakerName({ speaker: 'She' })).toBeUndefined();
    expect(speakerPronoun({ speaker: 'They' })).toBe('They');
    expect(speakerPronoun({ speaker: 'Theyab al-Nahyan' })).toBeUndefined();
    expect(speakerName({ speaker: 'Theyab al-Nahyan' })).toBe('Theyab al-Nahyan');
  });
});
