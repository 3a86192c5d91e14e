import { describe, expect, it } from 'vitest';
import { summarizeProfile, type CpuProfile } from './cpu-profile-summary';

const frame = (functionName: string) => ({ functionName, url: 'file:///repo/shared/engine/analyze.ts', lineNumber: 9 });

// root -> analyze -> (tokenize, recurse -> recurse)
const PROFILE: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2] },
    { id: 2, callFrame: frame('analyze'), children: [3, 4] },
    { id: 3, callFrame: frame('tokenize'), children: [] },
    { id: 4, callFrame: frame('recurse'), children: [5] },
    { id: 5, callFrame: frame('recurse'), children: [] },
  ],
  samples: [3, 3, 3, 2, 5, 5, 4, 3],
};

describe('summarizeProfile', () => {
  it('ranks functions by the share of samples spent in their own code', () => {
    const { bySelf } = summarizeProfile(PROFILE);
    expect(bySelf[0]!.name).toBe('tokenize engine/analyze.ts:10');
    expect(bySelf[0]!.selfShare).toBeCloseTo(0.5);
    expect(bySelf[1]!.name.startsWith('recurse')).toBe(true);
    expect(bySelf[1]!.selfShare).toBeCloseTo(3 / 8);
  });

  it('counts a recursive function once per sample in its inclusive share', () => {
    const { byTotal } = summarizeProfile(PROFILE);
    const share = (name: string) => byTotal.find((entry) => entry.name.startsWith(name))!.totalShare;
    expect(share('analyze')).toBeCloseTo(1);
    expect(share('recurse')).toBeCloseTo(3 / 8);
  });

  it('falls back to per-node hit counts when the profile has no sample list', () => {
    const { bySelf } = summarizeProfile({
      nodes: [
        { id: 1, callFrame: frame('(root)'), hitCount: 1, children: [2] },
        { id: 2, callFrame: frame('work'), hitCount: 3 },
      ],
    });
    expect(bySelf[0]!.name.startsWith('work')).toBe(true);
    expect(bySelf[0]!.selfShare).toBeCloseTo(0.75);
  });
});
