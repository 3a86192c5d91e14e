import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/model/finding';
import { countryName, describeOutlet, explainFinding } from './finding-explanations';

const base = { start: 0, end: 4, text: 'text', message: 'm' };

describe('explaining a finding', () => {
  it('names a hearsay cue with its words, e.g. hearsay adverb \'reportedly\'', () => {
    const finding: Finding = { ...base, layer: 'unverified', ruleId: 'unverified/hearsay-adverb', cue: 'reportedly', cueKind: 'hearsay-adverb' };
    expect(explainFinding(finding)).toEqual({ layerLabel: 'Unverified claims', rule: "hearsay adverb 'reportedly'", details: [] });
  });

  it('gives a state outlet with its country and typology', () => {
    const finding: Finding = { ...base, layer: 'state-media', ruleId: 'state-media/named-outlet', outlet: 'Radio Example', country: 'KP', typology: 'SC' };
    const explanation = explainFinding(finding);
    expect(explanation.rule).toBe('a state outlet named as the source');
    expect(explanation.details).toEqual([['Outlet', 'Radio Example (North Korea, state-controlled)']]);
  });

  it('calls generic references unnamed state media and keeps unknown rules readable', () => {
    const finding: Finding = { ...base, layer: 'state-media', ruleId: 'state-media/something-new', outlet: 'state media (generic)' };
    expect(describeOutlet(finding)).toBe('unnamed state media');
    expect(explainFinding(finding).rule).toBe('an attribution to state media');
  });

  it("gives a quote's speaker, or says the article does not name one", () => {
    const named: Finding = { ...base, layer: 'quote', ruleId: 'quote/curly-double', speaker: 'Ana Example' };
    expect(explainFinding(named).details).toEqual([['Speaker', 'Ana Example']]);
    const unnamed: Finding = { ...base, layer: 'quote', ruleId: 'quote/curly-double' };
    expect(explainFinding(unnamed).details).toEqual([['Speaker', 'not named in the article']]);
  });

  it('falls back to the code for a country the runtime does not know', () => {
    expect(countryName('RU')).toBe('Russia');
    expect(countryName('not a code')).toBe('not a code');
  });
});
