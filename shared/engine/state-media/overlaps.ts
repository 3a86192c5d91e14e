/** Overlap resolution: one finding per stretch of text, named outlets before back-references before generic references. */
import type { StateMediaFinding } from '../../model/finding';

const PRIORITY: Readonly<Record<string, number>> = { 'state-media/back-reference': 1, 'state-media/generic': 2 };

/**
 * Keeps one finding per stretch of text: named outlets first, then back-references (a definite "the
 * state channel" after Rossiya 1 is Rossiya 1), then generic references. One sort, then a sweep per level.
 */
export function dropOverlaps(found: StateMediaFinding[]): StateMediaFinding[] {
  const findings = found.map((f) => widenedToGeneric(f, found));
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

/**
 * A back-reference that a generic reference holds ("la télévision" inside "la télévision d'Etat") takes the generic's
 * span: the noun's modifiers belong to the phrase the reader sees, and the back-reference keeps its outlet.
 */
function widenedToGeneric(finding: StateMediaFinding, all: readonly StateMediaFinding[]): StateMediaFinding {
  if (finding.ruleId !== 'state-media/back-reference') return finding;
  const holder = all.find(
    (g) => g.ruleId === 'state-media/generic' && g.start <= finding.start && g.end >= finding.end && g.end - g.start > finding.end - finding.start,
  );
  return holder ? { ...finding, start: holder.start, end: holder.end, text: holder.text } : finding;
}
