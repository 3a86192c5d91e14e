import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/model/finding';
import type { LayerId } from '../../../shared/model/layers';
import { stepFinding } from './finding-navigation';

function finding(layer: LayerId, start: number): Finding {
  const base = { start, end: start + 3, text: 'abc', ruleId: 'r', message: 'm' };
  if (layer === 'state-media') return { ...base, layer, outlet: 'X' };
  if (layer === 'quote') return { ...base, layer };
  return { ...base, layer, cue: 'c', cueKind: 'rumour' };
}

const findings = [finding('state-media', 0), finding('quote', 10), finding('unverified', 10), finding('state-media', 30)];
const all = new Set<LayerId>(['state-media', 'quote', 'unverified']);

describe('stepping through findings', () => {
  it('starts at the first with next and at the last with previous', () => {
    expect(stepFinding(findings, all, null, 'next')).toBe(0);
    expect(stepFinding(findings, all, null, 'previous')).toBe(3);
  });

  it('moves in text order through findings that start at the same place', () => {
    expect(stepFinding(findings, all, 0, 'next')).toBe(1);
    expect(stepFinding(findings, all, 1, 'next')).toBe(2);
    expect(stepFinding(findings, all, 2, 'previous')).toBe(1);
  });

  it('wraps around at either end', () => {
    expect(stepFinding(findings, all, 3, 'next')).toBe(0);
    expect(stepFinding(findings, all, 0, 'previous')).toBe(3);
  });

  it('skips findings of hidden layers, also from a current one on a hidden layer', () => {
    const stateOnly = new Set<LayerId>(['state-media']);
    expect(stepFinding(findings, stateOnly, 0, 'next')).toBe(3);
    expect(stepFinding(findings, stateOnly, 1, 'next')).toBe(3);
    expect(stepFinding(findings, stateOnly, 1, 'previous')).toBe(0);
  });

  it('finds nothing when no visible layer has findings', () => {
    expect(stepFinding(findings, new Set(), null, 'next')).toBeNull();
    expect(stepFinding([], all, null, 'next')).toBeNull();
  });
});
