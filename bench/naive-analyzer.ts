/**
 * A deliberately naive analyser the benchmarks compare the engine with: one quote regex, a short
 * outlet list, a short hedge list and a sentence split. It is a yardstick, not a detector.
 */
export interface NaiveFinding {
  readonly layer: 'state-media' | 'quote' | 'unverified';
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const QUOTE = /"[^"\n]*"|“[^”\n]*”/g;
const OUTLETS = /\b(?:KCNA|Xinhua|TASS|RIA Novosti|RT|Sputnik|IRNA|Press TV|SANA|CCTV|CGTN|Global Times|state media)\b/g;
const HEDGES = /\b(?:reportedly|allegedly|claimed|unconfirmed|could not be independently verified|sources said)\b/g;
const SENTENCE = /[^.!?]+[.!?]*/g;

function collect(text: string, pattern: RegExp, layer: NaiveFinding['layer'], out: NaiveFinding[]): void {
  for (const match of text.matchAll(pattern)) {
    out.push({ layer, start: match.index, end: match.index + match[0].length, text: match[0] });
  }
}

/** Runs the naive analyser; hedges mark their whole sentence. */
export function naiveAnalyze(text: string): NaiveFinding[] {
  const findings: NaiveFinding[] = [];
  collect(text, QUOTE, 'quote', findings);
  collect(text, OUTLETS, 'state-media', findings);
  for (const sentence of text.matchAll(SENTENCE)) {
    HEDGES.lastIndex = 0;
    if (HEDGES.test(sentence[0])) {
      findings.push({ layer: 'unverified', start: sentence.index, end: sentence.index + sentence[0].length, text: sentence[0] });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}
