import { describe, expect, it } from 'vitest';
import { analyze } from '../engine/analyze';
import type { Finding } from '../model/finding';
import { GENERIC_OUTLET_LABEL, UNNAMED_SPEAKER_LABEL, describePublisher, summarizeSourcing } from './sourcing-summary';

/** A finding over the n-th occurrence (0-based) of `exact` in `text`. */
function at(text: string, exact: string, occurrence = 0): { start: number; end: number; text: string } {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen++) start = text.indexOf(exact, start + 1);
  if (start < 0) throw new Error(`"${exact}" is not in the test text`);
  return { start, end: start + exact.length, text: exact };
}

function outlet(text: string, exact: string, name: string, occurrence = 0): Finding {
  return { ...at(text, exact, occurrence), layer: 'state-media', outlet: name, country: 'XX', ruleId: 'test/state', message: 'State media.' };
}

function quote(text: string, exact: string, speaker?: string): Finding {
  return { ...at(text, exact), layer: 'quote', ...(speaker ? { speaker } : {}), ruleId: 'test/quote', message: 'Quote.' };
}

function unverified(text: string, exact: string): Finding {
  return { ...at(text, exact), layer: 'unverified', cue: 'reportedly', cueKind: 'hearsay-adverb', ruleId: 'test/unverified', message: 'Unverified.' };
}

const TEXT = [
  'Ferry service resumes',
  'The ferry sailed again on Monday, the state agency Testwire said. “The crossing is calm,” the captain told Testwire.',
  'Testwire also carried a statement from the port authority. The mayor said the harbour “will be busy all week.”',
  'Fares have reportedly doubled. State radio repeated the news in the evening.',
].join('\n\n');

const FINDINGS: Finding[] = [
  outlet(TEXT, 'the state agency Testwire', 'Testwire'),
  quote(TEXT, '“The crossing is calm,”', 'the captain'),
  outlet(TEXT, 'Testwire', 'Testwire', 1),
  outlet(TEXT, 'Testwire', 'Testwire', 2),
  quote(TEXT, '“will be busy all week.”', 'Jo Park (the mayor)'),
  unverified(TEXT, 'Fares have reportedly doubled.'),
  outlet(TEXT, 'State radio', 'state media (generic)'),
];

describe('summarizeSourcing', () => {
  it('counts the sentences resting on state media, including one whose quote was relayed by it', () => {
    const summary = summarizeSourcing(TEXT, FINDINGS);
    // Headline, two sentences in each of the three paragraphs.
    expect(summary.sentenceCount).toBe(7);
    // Sentence 2 (Testwire said), 3 (quote told Testwire), 4 (Testwire carried), 7 (State radio).
    expect(summary.stateMediaSentenceCount).toBe(4);
    expect(summary.stateMediaShare).toBeCloseTo(4 / 7);
  });

  it('counts attributions per outlet, most used first, with generic references under one label', () => {
    const summary = summarizeSourcing(TEXT, FINDINGS);
    expect(summary.stateMediaAttributions).toBe(4);
    expect(summary.outlets).toEqual([
      { outlet: 'Testwire', country: 'XX', attributions: 3 },
      { outlet: GENERIC_OUTLET_LABEL, country: 'XX', attributions: 1 },
    ]);
  });

  it('counts quotes per speaker and marks a quote relayed when it shares a sentence with state media', () => {
    const summary = summarizeSourcing(TEXT, FINDINGS);
    expect(summary.quoteCount).toBe(2);
    expect(summary.relayedQuoteCount).toBe(1);
    expect(summary.speakers).toEqual([
      { speaker: 'Jo Park', quotes: 1, relayedByStateMedia: 0 },
      { speaker: 'the captain', quotes: 1, relayedByStateMedia: 1 },
    ]);
    expect(summary.unverifiedCount).toBe(1);
  });

  it('says it in sentences a reader understands', () => {
    expect(summarizeSourcing(TEXT, FINDINGS).sentences).toEqual([
      '4 of 7 sentences (57%) cite state media.',
      'Mainly one state source: Testwire (3 of 4 attributions).',
      '2 direct quotes from 2 speakers; 1 through state media.',
      '1 claim the article does not verify.',
    ]);
    expect(summarizeSourcing(TEXT, FINDINGS).reliesOnOneStateSource).toBe(true);
  });

  it('names the only outlet and says when every quote came through state media', () => {
    const text = 'The state agency Testwire said the bridge opened. Testwire quoted the engineer: “It is solid.”';
    const findings: Finding[] = [outlet(text, 'The state agency Testwire', 'Testwire'), outlet(text, 'Testwire', 'Testwire', 1), quote(text, '“It is solid.”')];
    expect(summarizeSourcing(text, findings).sentences).toEqual([
      '2 of 2 sentences (100%) cite state media.',
      'One state source: Testwire (2 attributions).',
      '1 direct quote from 1 speaker; it comes through state media.',
      'No claim is flagged as unverified.',
    ]);
    expect(summarizeSourcing(text, findings).speakers).toEqual([{ speaker: UNNAMED_SPEAKER_LABEL, quotes: 1, relayedByStateMedia: 1 }]);
    // Two mentions of one outlet are not a pattern worth a warning.
    expect(summarizeSourcing(text, findings).reliesOnOneStateSource).toBe(false);
  });

  it('lists several outlets when none dominates', () => {
    const text = 'Testwire said so. Newsline said so too. State TV agreed.';
    const findings: Finding[] = [outlet(text, 'Testwire', 'Testwire'), outlet(text, 'Newsline', 'Newsline'), outlet(text, 'State TV', 'state media (generic)')];
    expect(summarizeSourcing(text, findings).sentences[1]).toBe(`State sources: Newsline (1), Testwire (1), ${GENERIC_OUTLET_LABEL} (1).`);
  });

  it('says plainly when nothing rests on state media and no one is quoted', () => {
    const text = 'The council met on Tuesday. It approved the budget.';
    expect(summarizeSourcing(text, []).sentences).toEqual([
      'No sentence cites state media.',
      'No one is quoted directly.',
      'No claim is flagged as unverified.',
    ]);
  });

  it('says first when a counted state outlet published the article itself', () => {
    const publisher = { outlet: 'Sputnik', country: 'RU', typology: 'SC' as const, description: 'Russia’s state agency' };
    const summary = summarizeSourcing(TEXT, FINDINGS, { publisher });
    expect(summary.sentences[0]).toBe('Published by Sputnik, a state-controlled outlet in Russia.');
    expect(summary.publisherSentence).toBe(summary.sentences[0]);
    expect(summarizeSourcing(TEXT, FINDINGS).publisherSentence).toBeNull();
  });

  it('leaves out a publisher whose typology the reader does not count as state media', () => {
    const bbc = { outlet: 'BBC', country: 'GB', typology: 'IP' as const, description: 'an independent public broadcaster' };
    expect(describePublisher(bbc)).toBeNull();
    const nhk = { outlet: 'NHK', country: 'JP', typology: 'CaPu' as const, description: 'Japan’s public broadcaster' };
    expect(describePublisher(nhk)).toBe('Published by NHK, a state-captured public outlet in Japan.');
    expect(describePublisher(nhk, ['SC'])).toBeNull();
  });

  it('handles an empty article', () => {
    const summary = summarizeSourcing('', []);
    expect(summary.sentenceCount).toBe(0);
    expect(summary.stateMediaShare).toBe(0);
    expect(summary.sentences[0]).toBe('The article has no sentences to summarise.');
  });

  it('summarises what the engine finds in an article we wrote', () => {
    const text =
      'The state news agency KCNA said the factory doubled its output. “We will not stop,” the director told KCNA.\n\n' +
      'Workers were reportedly paid in rice.';
    const summary = summarizeSourcing(text, analyze(text));
    expect(summary.outlets.map((entry) => entry.outlet)).toEqual(['KCNA']);
    expect(summary.relayedQuoteCount).toBe(summary.quoteCount);
    expect(summary.quoteCount).toBe(1);
    expect(summary.unverifiedCount).toBe(1);
    expect(summary.sentences[0]).toBe('2 of 3 sentences (67%) cite state media.');
  });

  it('names the most quoted speaker only when someone is quoted more than once and more than anyone else', () => {
    const text = 'Ann said “one.” Ann said “two.” Bo said “three.” Cy said “four.”';
    const findings: Finding[] = [
      quote(text, '“one.”', 'Ann'),
      quote(text, '“two.”', 'Ann (the minister)'),
      quote(text, '“three.”', 'Bo'),
      quote(text, '“four.”', 'Cy'),
    ];
    expect(summarizeSourcing(text, findings).sentences).toContain('Most quoted: Ann (2 quotes).');
    const everyoneOnce = findings.filter((finding) => finding.text !== '“two.”');
    expect(summarizeSourcing(text, everyoneOnce).sentences.some((line) => line.startsWith('Most quoted'))).toBe(false);
    const tie = [...findings, quote(text, '“three.”', 'Bo')];
    expect(summarizeSourcing(text, tie).sentences.some((line) => line.startsWith('Most quoted'))).toBe(false);
  });

  it('counts quotes the engine could tie only to a pronoun as unnamed, never as a speaker called "they"', () => {
    const text = 'They said “one.” They said “two.” Ann said “three.”';
    const findings: Finding[] = [quote(text, '“one.”', 'they'), quote(text, '“two.”', 'They'), quote(text, '“three.”', 'Ann')];
    const summary = summarizeSourcing(text, findings);
    expect(summary.speakers.map((entry) => entry.speaker)).toEqual([UNNAMED_SPEAKER_LABEL, 'Ann']);
    expect(summary.sentences.some((line) => line.includes('they'))).toBe(false);
  });

  it("formats numbers for the reader's locale", () => {
    expect(summarizeSourcing(TEXT, FINDINGS, { locale: 'en-GB' }).sentences[0]).toBe('4 of 7 sentences (57%) cite state media.');
    // French puts a no-break space (narrow in newer ICU) before the percent sign; English puts none.
    expect(summarizeSourcing(TEXT, FINDINGS, { locale: 'fr' }).sentences[0]).toMatch(/^4 of 7 sentences \(57[\u00a0\u202f]%\) cite state media\.$/);
    const many = Array.from({ length: 1200 }, (_, index) => `Line ${index}.`).join(' ');
    expect(summarizeSourcing(many, [], { locale: 'en' }).sentenceCount).toBe(1200);
    expect(summarizeSourcing(many, [outlet(many, 'Line 0.', 'Testwire')], { locale: 'en' }).sentences[0]).toBe('1 of 1,200 sentences (0%) cites state media.');
  });

  it("counts the reader's corrections in a sentence of their own", () => {
    const lines = summarizeSourcing(TEXT, FINDINGS, { corrections: { markedWrong: 1, added: 2 } }).sentences;
    expect(lines.at(-1)).toBe('Your corrections: 1 finding marked wrong, 2 findings added; the figures above include them.');
    expect(summarizeSourcing(TEXT, FINDINGS, { corrections: { markedWrong: 0, added: 0 } }).sentences.some((line) => line.startsWith('Your corrections'))).toBe(
      false,
    );
  });
});

describe('summarizeSourcing in another language', () => {
  it('counts sentences by the rules of the article’s language', () => {
    const text = 'Как сообщает ТАСС, переговоры продолжатся. Министр добавил, что встреча пройдет в Стамбуле. Дата пока не названа.';
    const findings = analyze(text, { language: 'ru' });
    expect(summarizeSourcing(text, findings, { language: 'ru' }).sentences).toContain('1 of 3 sentences (33%) cites state media.');
  });
});
