import { describe, expect, it } from 'vitest';
import { analyze } from '../engine/analyze';
import type { Finding } from '../model/finding';
import { findingCard, outletDescription, speakerCertainty } from './finding-card';

const TEXT =
  'The state news agency KCNA said the plant reopened. “It is a triumph,” the paper said, quoting Rodong Sinmun. ' + 'Workers were reportedly paid in rice.';

describe('findingCard', () => {
  const findings = analyze(TEXT);
  const card = (layer: Finding['layer']) => findingCard(findings.find((finding) => finding.layer === layer)!);

  it('names the outlet with its description, country and typology, and says why state media matter', () => {
    const stateMedia = card('state-media');
    expect(stateMedia.what).toBe('Information credited to KCNA.');
    expect(stateMedia.why).toMatch(/government/);
    expect(stateMedia.evidence).toContainEqual({ label: 'Outlet', value: `KCNA, ${outletDescription('KCNA')}` });
    expect(stateMedia.evidence).toContainEqual({ label: 'Country', value: 'North Korea' });
    expect(stateMedia.evidence.find((line) => line.label === 'Typology')?.value).toMatch(/^State-controlled: /);
  });

  it('never shows a pronoun as if it were the speaker’s name', () => {
    const quote: Finding = { layer: 'quote', start: 0, end: 9, text: '“We won,”', ruleId: 'quote/double', message: '', speaker: 'they' };
    const pronounCard = findingCard(quote);
    expect(pronounCard.what).toBe('Exact words of someone the article calls only “they” here.');
    expect(pronounCard.evidence).toContainEqual({ label: 'How sure', value: 'unsure: only a pronoun points to the speaker' });
  });

  it('says what an unverified claim is without the annotation guide’s jargon', () => {
    const unverified = card('unverified');
    expect(unverified.what).toBe('“reportedly”: the article passes this on without confirming it.');
    expect(JSON.stringify(unverified)).not.toMatch(/hearsay adverb|distancing frame|Marked as/);
  });

  it('names a quote’s speaker by the one name used everywhere, with how sure the engine is', () => {
    const quote: Finding = {
      layer: 'quote',
      start: 0,
      end: 5,
      text: '“Hi,”',
      ruleId: 'quote/curly-double',
      message: 'Direct quote attributed to The paper.',
      speaker: 'Rodong Sinmun',
      speakerSurface: 'The paper',
    };
    const quoteCard = findingCard(quote);
    expect(quoteCard.what).toBe('Rodong Sinmun’s exact words.');
    expect(quoteCard.evidence[0]).toEqual({ label: 'Speaker', value: 'Rodong Sinmun' });
    expect(quoteCard.evidence[1]).toEqual({ label: 'How sure', value: 'fairly sure: worked out from “The paper” near the quote' });
    expect(speakerCertainty({ speaker: 'Park Ji-won', speakerSurface: 'She' })).toBe('fairly sure: worked out from “She” near the quote');
    expect(speakerCertainty({ speaker: 'Park Ji-won' })).toBe('sure: named beside the quote');
    expect(speakerCertainty({})).toBe('no speaker found near the quote');
  });
});
