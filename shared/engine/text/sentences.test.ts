import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

function sentences(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('splits at a full stop followed by white space and a capital', () => {
    expect(sentences('The talks ended. Both sides left!  Why? Nobody knows.')).toEqual(['The talks ended.', 'Both sides left!', 'Why?', 'Nobody knows.']);
  });

  it('keeps closing quotes and brackets with the sentence they end', () => {
    expect(sentences('He said “we agree.” Then he left (quietly.) The end.')).toEqual(['He said “we agree.”', 'Then he left (quietly.)', 'The end.']);
  });

  it('does not split after abbreviations or initials', () => {
    expect(sentences('Mr. Durand met J. Smith in the U.S. Capitol.')).toEqual(['Mr. Durand met J. Smith in the U.S. Capitol.']);
  });

  it('does not split before a lower-case word but does before digits, accents and opening quotes', () => {
    expect(sentences('It rose 3 p.c. overall. 12 died. Élodie spoke. “Yes,” she said.')).toEqual([
      'It rose 3 p.c. overall.',
      '12 died.',
      'Élodie spoke.',
      '“Yes,” she said.',
    ]);
    expect(sentences('Prices fell. then rose.')).toEqual(['Prices fell. then rose.']);
  });

  it('splits sentences a web page glued together without a space, but not abbreviations or acronyms', () => {
    const text = 'Talks made little progress.The two soldiers wrote letters.“We are free.”The POWs spoke. Officials in the U.S.Army and the etc.Team stay.';
    expect(sentences(text)).toEqual([
      'Talks made little progress.',
      'The two soldiers wrote letters.',
      '“We are free.”',
      'The POWs spoke.',
      'Officials in the U.S.Army and the etc.Team stay.',
    ]);
  });

  it("opens a sentence at a broadcast transcript's section tag, glued on or after a space", () => {
    expect(sentences('The anchor read the figures.[REPORT]The agency said the test had succeeded.')).toEqual([
      'The anchor read the figures.',
      '[REPORT]The agency said the test had succeeded.',
    ]);
    expect(sentences('Rain is on the way. [ANCHOR] Good evening and welcome.')).toEqual(['Rain is on the way.', '[ANCHOR] Good evening and welcome.']);
    expect(sentences('Markets closed higher.[LEAD]Seoul shares rose for a third day.')).toEqual([
      'Markets closed higher.',
      '[LEAD]Seoul shares rose for a third day.',
    ]);
    expect(sentences('She thanked the crew.[END OF REPORT] Next up is sport.')).toEqual(['She thanked the crew.', '[END OF REPORT] Next up is sport.']);
    expect(sentences('Voters were angry. [INTERVIEW]“We were never asked.”')).toEqual(['Voters were angry.', '[INTERVIEW]“We were never asked.”']);
  });

  it("keeps a footnote mark, a stage note in lower case and an acronym's stop with their sentence", () => {
    expect(sentences('The drill went well.[1] Sources differ.')).toEqual(['The drill went well.[1] Sources differ.']);
    expect(sentences('He left the stage. [Laughter] Then he came back.')).toEqual(['He left the stage. [Laughter] Then he came back.']);
  });

  it('starts a sentence where a page ran a heading into it without a stop, but keeps camel-case words whole', () => {
    expect(sentences('Costs are rising.The next stepAnn Lee said so.')).toEqual(['Costs are rising.', 'The next step', 'Ann Lee said so.']);
    expect(sentences('He bought an iPhone at McDonald and met DeSantis.')).toEqual(['He bought an iPhone at McDonald and met DeSantis.']);
  });

  it('treats non-breaking and other Unicode spaces as white space', () => {
    expect(sentences('It ended.\u00a0Talks resume.\u2003Maybe.')).toEqual(['It ended.', 'Talks resume.', 'Maybe.']);
  });

  it('never splits across paragraphs', () => {
    expect(sentences('First line without stop\nSecond one. Third.')).toEqual(['First line without stop', 'Second one.', 'Third.']);
  });
});

describe('wire datelines inside a paragraph', () => {
  it('opens a sentence at a dateline that follows a run-in headline and byline', () => {
    const text = 'Adviser warns of what it calls a new sub By Jane Roe SEOUL, Jan. 2 (Yonhap) -- The adviser said Friday the hull was a threat. More followed.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Adviser warns of what it calls a new sub By Jane Roe',
      'SEOUL, Jan. 2 (Yonhap) -- The adviser said Friday the hull was a threat.',
      'More followed.',
    ]);
  });
  it('leaves a dateline that opens its paragraph as it is', () => {
    const text = 'WASHINGTON (AP) — The Senate voted on Tuesday. He said so.';
    expect(splitSentences(text)).toHaveLength(2);
  });
});

describe('sentence ends in other languages', () => {
  const rules = { abbreviations: new Set<string>() };
  const split = (text: string): string[] => splitSentences(text, undefined, rules).map((s) => text.slice(s.start, s.end));

  it('closes a sentence at a stop inside „…“, whose closing mark is the one English opens with', () => {
    expect(split('„Wir bleiben hier.“ Sagt sie das wirklich?')).toEqual(['„Wir bleiben hier.“', 'Sagt sie das wirklich?']);
  });

  it('ends a sentence after a capitalised "Est." but not after the lower-case abbreviation "est."', () => {
    expect(split('Sie kamen aus der Region Grand Est. Die Länder folgten.')).toEqual(['Sie kamen aus der Region Grand Est.', 'Die Länder folgten.']);
    expect(sentences('The crowd, est. 5,000 people, cheered.')).toEqual(['The crowd, est. 5,000 people, cheered.']);
  });
});
