import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/model/finding';
import { excerptOf, groupFindings } from './finding-groups';

function at(start: number, text: string): { start: number; end: number; text: string; message: string } {
  return { start, end: start + text.length, text, message: 'm' };
}

const findings: Finding[] = [
  { ...at(0, 'Radio Example'), layer: 'state-media', ruleId: 'state-media/named-outlet', outlet: 'Radio Example', country: 'KP', typology: 'SC' },
  { ...at(20, '“We will build,”'), layer: 'quote', ruleId: 'quote/curly-double', speaker: 'Ana Example (the mayor)' },
  { ...at(40, 'the radio'), layer: 'state-media', ruleId: 'state-media/back-reference', outlet: 'Radio Example', country: 'KP', typology: 'SC' },
  { ...at(60, 'Daily Sample'), layer: 'state-media', ruleId: 'state-media/named-outlet', outlet: 'Daily Sample' },
  { ...at(80, '“Soon,”'), layer: 'quote', ruleId: 'quote/curly-double', speaker: 'Ana Example' },
  { ...at(90, '“Never,”'), layer: 'quote', ruleId: 'quote/curly-double' },
];

describe('grouping findings for the panel', () => {
  it('groups by layer in legend order, then by outlet or speaker, largest group first', () => {
    const groups = groupFindings(findings);
    expect(groups.map((group) => `${group.layer}:${group.count}`)).toEqual(['state-media:3', 'quote:3', 'unverified:0']);
    expect(groups[0]!.subgroups.map((sub) => [sub.label, sub.entries.map((entry) => entry.index)])).toEqual([
      ['Radio Example (North Korea, state-controlled)', [0, 2]],
      ['Daily Sample', [3]],
    ]);
    // The role the engine resolved in parentheses does not make a second speaker.
    expect(groups[1]!.subgroups.map((sub) => [sub.label, sub.entries.map((entry) => entry.index)])).toEqual([
      ['Ana Example', [1, 4]],
      ['Speaker not named', [5]],
    ]);
  });

  it('groups unverified claims by the kind of cue', () => {
    const claims: Finding[] = [
      { ...at(0, 'it reportedly flew'), layer: 'unverified', ruleId: 'unverified/hearsay-adverb', cue: 'reportedly', cueKind: 'hearsay-adverb' },
      {
        ...at(30, 'could not be verified'),
        layer: 'unverified',
        ruleId: 'unverified/non-verification',
        cue: 'could not be verified',
        cueKind: 'non-verification',
      },
    ];
    expect(groupFindings(claims)[2]!.subgroups.map((sub) => sub.label)).toEqual(['A word that passes on hearsay', 'The article says it could not be verified']);
  });
});

describe('an excerpt', () => {
  it('keeps a short finding whole, on one line', () => {
    expect(excerptOf({ ...at(0, 'two\n\nlines'), layer: 'quote', ruleId: 'q' })).toBe('two lines');
  });

  it('cuts a long finding at a word and marks the cut', () => {
    const long = 'The harbour council said the old pier would be rebuilt by May, and that ferries would return soon after.';
    const excerpt = excerptOf({ ...at(0, long), layer: 'quote', ruleId: 'q' }, 40);
    expect(excerpt).toBe('The harbour council said the old pier…');
    expect(excerpt.length).toBeLessThanOrEqual(41);
  });
});
