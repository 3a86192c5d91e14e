import type { Finding } from './finding';
import { compareFindings } from './finding';
import type { LayerId } from './layers';

/** Rule id of a finding the reader added by hand. */
export const READER_ADDED_RULE = 'reader/added';

/**
 * A reader's correction of one finding: the engine's finding marked as wrong, or a missed one
 * added. Both name the span by layer and `[start, end)` offsets into the analysed text, with the
 * text itself so a correction never silently lands on other words.
 */
export interface Correction {
  readonly kind: 'wrong' | 'added';
  readonly layer: LayerId;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** When the reader made it, as an ISO 8601 string. */
  readonly at: string;
}

/** The most corrections kept for one article; more is a runaway script, not a reader. */
export const MAX_CORRECTIONS = 5_000;

/** Findings after the reader's corrections, with counts for the summary. */
export interface CorrectedFindings {
  readonly findings: readonly Finding[];
  readonly markedWrong: number;
  readonly added: number;
  /** The engine's findings the reader marked wrong, for listing them apart. */
  readonly wrong: readonly Finding[];
}

/** Whether a correction names this finding (same layer and span). */
export function correctionMatches(correction: Pick<Correction, 'layer' | 'start' | 'end'>, finding: Pick<Finding, 'layer' | 'start' | 'end'>): boolean {
  return correction.layer === finding.layer && correction.start === finding.start && correction.end === finding.end;
}

/** A finding the reader added, shaped like the engine's so every view and export can show it. */
export function addedFinding(correction: Correction): Finding {
  const base = { start: correction.start, end: correction.end, text: correction.text, ruleId: READER_ADDED_RULE, message: 'Added by the reader.' };
  switch (correction.layer) {
    case 'state-media':
      return { ...base, layer: 'state-media', outlet: 'state media (generic)' };
    case 'quote':
      return { ...base, layer: 'quote' };
    case 'unverified':
      return { ...base, layer: 'unverified', cue: correction.text, cueKind: 'rumour' };
  }
}

/** Whether a finding was added by the reader rather than found by the engine. */
export function isReaderAdded(finding: Pick<Finding, 'ruleId'>): boolean {
  return finding.ruleId === READER_ADDED_RULE;
}

/**
 * Applies a reader's corrections to the engine's findings: findings marked wrong are left out, added
 * ones are put in, in text order. A correction whose text no longer matches the article is ignored.
 */
export function applyCorrections(text: string, findings: readonly Finding[], corrections: readonly Correction[]): CorrectedFindings {
  const valid = corrections.filter((correction) => text.slice(correction.start, correction.end) === correction.text && correction.end > correction.start);
  const wrongOnes = valid.filter((correction) => correction.kind === 'wrong');
  const wrong = findings.filter((finding) => wrongOnes.some((correction) => correctionMatches(correction, finding)));
  const kept = findings.filter((finding) => !wrong.includes(finding));
  const added = valid.filter((correction) => correction.kind === 'added' && !kept.some((finding) => correctionMatches(correction, finding))).map(addedFinding);
  return { findings: [...kept, ...added].sort(compareFindings), markedWrong: wrong.length, added: added.length, wrong };
}
