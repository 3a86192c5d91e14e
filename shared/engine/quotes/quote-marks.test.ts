import { describe, expect, it } from 'vitest';
import { pairQuotesInUnit, quoteUnits } from './quote-marks';
import { splitParagraphs } from '../text/paragraphs';

function pairs(text: string): string[] {
  return pairQuotesInUnit(text, { start: 0, end: text.length }).map((q) => `${text.slice(q.start, q.end)} ${q.style}${q.closed ? '' : ' (runs on)'}`);
}

describe('pairing quotation marks', () => {
  it('pairs each style with its own closing mark', () => {
    expect(pairs('a “b” c "d" e «f» g „h“ i 「j」')).toEqual(['“b” curly-double', '"d" straight-double', '«f» guillemet', '„h“ low-high', '「j」 corner']);
  });

  it('pairs guillemets written backwards with their inner spaces, but not a stray closing mark', () => {
    expect(pairs('Il a parlé. » Je ne partirai pas « , a-t-il dit. Puis : » jamais « .')).toEqual(['» Je ne partirai pas « guillemet', '» jamais « guillemet']);
    expect(pairs('Le procès pour » vol simple » a repris.')).toEqual([]);
    expect(pairs('Il a dit » oui « Nous partons demain.')).not.toContain('» oui « guillemet');
  });

  it('lets a paragraph-opening quote without a closing mark run to the end of the paragraph', () => {
    expect(pairs('“We will never give up')).toEqual(['“We will never give up curly-double (runs on)']);
    expect(pairs('‘We will never give up')).toEqual(['‘We will never give up curly-single (runs on)']);
  });

  it('lets a single-quoted quote that a colon opens run on when its paragraph has no closing mark', () => {
    expect(pairs("He added: '£40 a week, and for what? Nobody can live on that.")).toEqual([
      "'£40 a week, and for what? Nobody can live on that. straight-single (runs on)",
    ]);
    expect(pairs("Her notes: 'call back, check the")).toEqual([]);
  });

  it('ends a quote left open at its last clause when a fresh opening mark comes where a closer was due', () => {
    expect(pairs('He said "no way. Then "we are leaving now," she said.')).toEqual([
      '"no way. straight-double (runs on)',
      '"we are leaving now," straight-double',
    ]);
  });

  it('drops a stray opening mark with no clause after it', () => {
    expect(pairs('The "quick "we are leaving now," she said.')).toEqual(['"we are leaving now," straight-double']);
  });

  it('ignores single marks inside a double quote', () => {
    expect(pairs('“the ‘best’ plan,” he said')).toEqual(['“the ‘best’ plan,” curly-double']);
  });

  it('takes a double quote inside a single quote into the outer span', () => {
    expect(pairs('‘He told me “go home” and left’ she said')).toEqual(['‘He told me “go home” and left’ curly-single']);
  });
});

describe('pairing units', () => {
  it('joins the lines of a hard-wrapped paragraph and keeps real paragraphs apart', () => {
    const text = 'The radio said the delay hurts American farmers first\nof all, officials said.\n\n"Next paragraph."';
    const units = quoteUnits(text, splitParagraphs(text)).map((u) => text.slice(u.start, u.end));
    expect(units).toEqual(['The radio said the delay hurts American farmers first\nof all, officials said.', '"Next paragraph."']);
  });
});
