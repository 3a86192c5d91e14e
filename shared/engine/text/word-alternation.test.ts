import { describe, expect, it } from 'vitest';
import { WordAlternation, type WordAlternationMatch } from './word-alternation';

/** Every match of the plain alternation, each scan resuming one character after the last match's start. */
function plainMatches(sources: readonly string[], text: string): WordAlternationMatch[] {
  const plain = new RegExp(String.raw`\b(?:${sources.map((source) => `(${source})`).join('|')})\b`, 'gi');
  const matches: WordAlternationMatch[] = [];
  for (let match = plain.exec(text); match; match = plain.exec(text)) {
    let group = 1;
    while (match[group] === undefined) group++;
    matches.push({ start: match.index, end: match.index + match[0].length, index: group - 1 });
    plain.lastIndex = match.index + 1;
  }
  return matches;
}

const built = new Map<readonly string[], WordAlternation>();

function scannedMatches(sources: readonly string[], text: string): WordAlternationMatch[] {
  const alternation = built.get(sources) ?? new WordAlternation(sources);
  built.set(sources, alternation);
  const matches: WordAlternationMatch[] = [];
  for (let match = alternation.exec(text, 0); match; match = alternation.exec(text, match.start + 1)) matches.push(match);
  return matches;
}

/** A small deterministic generator, so a failure names a text that can be re-made. */
function randomTexts(count: number, words: readonly string[]): string[] {
  let seed = 7;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const separators = [' ', ' ', ' ', ', ', '. ', '\n', '-', '’', '5', '_', ' (', '” '];
  return Array.from({ length: count }, () => {
    let text = '';
    for (let k = 0; k < 40; k++) text += words[Math.floor(next() * words.length)]! + separators[Math.floor(next() * separators.length)]!;
    return text;
  });
}

const SHAPES = [
  String.raw`(?:reportedly|allegedly)`,
  String.raw`(?:false\s+|the\s+)?claim(?=\s*:)`,
  String.raw`(?:a|an|the)\s+claims?`,
  String.raw`no\s+(?:\w+\s+)?evidence`,
  String.raw`(?<=,\s)reports`,
  String.raw`\w+ly\s+said`,
  String.raw`['’]s\s+said`,
  String.raw`[A-Z][a-z]+\s+News`,
  String.raw`it\s+is\s+said`,
  String.raw`un(?:confirmed|named){1,2}`,
  String.raw`x?y*z{0,2}said`,
  String.raw`\d+\s+reports`,
];

const WORDS = [
  'the',
  'The',
  'a',
  'an',
  'claim',
  'claims',
  'Claim',
  'false',
  'no',
  'evidence',
  'new',
  'reports',
  'REPORTS',
  'reportedly',
  'Allegedly',
  'quietly',
  'said',
  'it',
  'is',
  'It',
  's',
  'News',
  'Daily',
  'unconfirmed',
  'unnamed',
  'yzsaid',
  'zzsaid',
  'said5',
  '12',
  'éclair',
  'thé',
  ':',
  '',
];

describe('WordAlternation', () => {
  it('finds what the plain alternation finds, with the first alternative that matches at each place', () => {
    const text = 'The claim: it is said, reports say. Daily News said no new evidence; unconfirmed quietly said.';
    expect(scannedMatches(SHAPES, text)).toEqual(plainMatches(SHAPES, text));
    expect(scannedMatches(SHAPES, text).map((m) => text.slice(m.start, m.end))).toContain('The claim');
  });

  it('agrees with the plain alternation on many generated texts, whatever shape the alternatives start with', () => {
    for (const text of randomTexts(300, WORDS)) expect(scannedMatches(SHAPES, text)).toEqual(plainMatches(SHAPES, text));
  });

  it('agrees with it when alternatives start with a lookbehind, a digit or a non-letter only', () => {
    const sources = [String.raw`(?<=\d\s)reports`, String.raw`5\s+reports`, String.raw`_said`, String.raw`’s`];
    for (const text of randomTexts(200, WORDS)) expect(scannedMatches(sources, text)).toEqual(plainMatches(sources, text));
  });

  it('offers at a word only the alternatives that can start with its letters', () => {
    const alternation = new WordAlternation([String.raw`(?:reportedly|allegedly)`, String.raw`claims?`, String.raw`no\s+evidence`]);
    expect(alternation.candidatesAt('They claimed it', 5)).toEqual([1]);
    expect(alternation.candidatesAt('There was no evidence', 10)).toEqual([2]);
    // "now" starts with "no" but a third letter follows, so "no evidence" cannot start there.
    expect(alternation.candidatesAt('now', 0)).toEqual([]);
    expect(alternation.candidatesAt('They claimed it', 6)).toEqual([]);
  });

  it('tries an alternative whose first letters it cannot read at every word', () => {
    const alternation = new WordAlternation([String.raw`claims?`, String.raw`\w+ly`]);
    expect(alternation.candidatesAt('claim', 0)).toEqual([0, 1]);
    expect(alternation.candidatesAt('quietly', 0)).toEqual([1]);
  });
});
