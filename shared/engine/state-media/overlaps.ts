/** Overlap resolution: one finding per stretch of text, named outlets before back-references before generic references. */
import type { StateMediaFinding } from '../../model/finding';

const PRIORITY: Readonly<Record<string, number>> = { 'state-media/back-reference': 1, 'state-media/generic': 2 };

/**
 * Keeps one finding per stretch of text: named outlets first, then back-references (a definite "the
 * state channel" after Rossiya 1 is Rossiya 1), then generic references. One sort, then a sweep per level.
 */
export function dropOverlaps(findings: StateMediaFinding[]): StateMediaFinding[] {
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  let kept: StateMediaFinding[] = [];
  for (const level of [0, 1, 2]) {
    const merged: StateMediaFinding[] = [];
    let k = 0;
    let lastEnd = -1;
    for (const f of findings) {
      if ((PRIORITY[f.ruleId] ?? 0) !== level) continue;
      while (k < kept.length && kept[k]!.end <= f.start) merged.push(kept[k++]!);
      if ((k < kept.length && kept[k]!.start < f.end) || f.start < lastEnd) continue;
      merged.push(f);
      lastEnd = f.end;
    }
    while (k < kept.length) merged.push(kept[k++]!);
    kept = merged;
  }
  return kept;
}
