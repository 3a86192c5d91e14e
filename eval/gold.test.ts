import { describe, expect, it } from 'vitest';
import type { Finding } from '../shared/model/finding';
import { locateGoldSpans, type GoldFile } from './gold';
import { emptyScore, prf, scoreArticle, speakerMatches } from './score';

const gold = (spans: GoldFile['spans']): GoldFile => ({ id: 't', file: 't.txt', spans });

describe('locating gold spans', () => {
  it('folds curly and straight quotation marks and whitespace runs', () => {
    const text = 'He said\n  “we will  win” today.';
    const { located, problems } = locateGoldSpans(text, gold([{ layer: 'quote', exact: '"we will win"' }]));
    expect(problems).toEqual([]);
    expect(text.slice(located[0]!.start, located[0]!.end)).toBe('“we will  win”');
  });

  it('uses the prefix to pick one of several occurrences', () => {
    const text = 'KCNA said one thing. Pictures released by KCNA showed more.';
    const { located } = locateGoldSpans(text, gold([{ layer: 'state-media', exact: 'KCNA', prefix: 'released by ' }]));
    expect(located[0]!.start).toBe(text.lastIndexOf('KCNA'));
  });

  it('reports spans it cannot find or cannot tell apart', () => {
    const text = 'KCNA and KCNA.';
    const { problems } = locateGoldSpans(
      text,
      gold([
        { layer: 'state-media', exact: 'KCNA' },
        { layer: 'state-media', exact: 'Xinhua' },
      ]),
    );
    expect(problems.map((p) => p.problem)).toEqual(['ambiguous', 'not-found']);
  });
});

describe('scoring', () => {
  const text = 'State media said “we will win,” Mr Kim said.';
  const quoteStart = text.indexOf('“');
  const quoteEnd = text.indexOf('”') + 1;
  const finding = (start: number, end: number, speaker?: string): Finding => ({
    layer: 'quote',
    start,
    end,
    text: text.slice(start, end),
    ruleId: 'test',
    message: 'test',
    ...(speaker === undefined ? {} : { speaker }),
  });

  it('counts a one-character overlap as a lenient match but not a strict one', () => {
    const { located } = locateGoldSpans(text, gold([{ layer: 'quote', exact: '“we will win,”', speaker: 'Mr Kim' }]));
    const score = emptyScore();
    scoreArticle(located, [finding(quoteEnd - 1, text.length)], score);
    expect(prf(score.layers.quote).f1).toBe(1);
    expect(prf(score.layers.quote, true).f1).toBe(0);
  });

  it('counts predictions that match nothing as false alarms', () => {
    const score = emptyScore();
    const mismatches = scoreArticle([], [finding(quoteStart, quoteEnd)], score);
    expect(mismatches.map((m) => m.kind)).toEqual(['false-alarm']);
    expect(prf(score.layers.quote).precision).toBe(0);
  });

  it('matches speakers on the last word of the gold speaker or an alternative, as whole words', () => {
    const span = { layer: 'quote' as const, exact: 'x', start: 0, end: 1, speaker: 'the leader', speakerAlt: ['Kim'] };
    expect(speakerMatches('Kim Jong Un', span)).toBe(true);
    expect(speakerMatches('The Leader', span)).toBe(true);
    expect(speakerMatches('Kimberly Smith', span)).toBe(false);
  });
});
