import { describe, expect, it } from 'vitest';
import { speakerName, speakerRole } from './speaker';

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
});
