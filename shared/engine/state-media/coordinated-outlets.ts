/** Coordination: outlets joined to one used as a source ("the state news agencies X and Y") are sources too. */
import type { Frame } from './source-frames';
import type { Candidate } from './state-media-types';
import { DETERMINERS } from './lexicon';

const COMMA_GAP = /^\s*,\s*$/;
/**
 * A comma before a name in apposition, with the article other languages set before it ("…, le Quotidien du peuple,"),
 * after at most a few words that finish the description ("Die staatliche Nachrichtenagentur Aserbaidschans, Azertac").
 */
function isAppositionGap(gap: string): boolean {
  const apposed = /^(?:\s+[\p{L}'’-]+){0,3}?\s*,\s*(.*)$/su.exec(gap);
  if (!apposed) return false;
  const article = apposed[1]!.trim().toLowerCase();
  return article === '' || DETERMINERS.has(article) || /^\p{L}['’]$/u.test(article);
}
/** "and"/"or" in English and the other languages the packs cover. */
const CONJUNCTIONS = String.raw`and|or|und|oder|sowie|и|или|а\s+также|y|o|et|ou`;
// An opening mark may stand before a name in quotes ("ТАСС и «РИА Новости»").
const AND_GAP = new RegExp(String.raw`^\s*,?\s*(?:${CONJUNCTIONS}|as\s+well\s+as|&)\s+[«„“"]?$`, 'iu');
// A list closed by a conjunction and a name that is no candidate ("сообщают ТАСС, «РИА Новости» и «TV Губерния»").
const LIST_CLOSES = new RegExp(String.raw`^\s*,?\s*(?:${CONJUNCTIONS})\s+[«„“"]?\p{Lu}`, 'u');

/**
 * Keeps the candidates used as a source, plus those coordinated with one: "according to KCNA and the
 * Rodong Sinmun" (the frame before the first conjunct covers the next), "VTV and Telesur showed" (the
 * verb after the last conjunct covers the ones before). A bare comma joins only inside such a list
 * ("KCNA, KCTV and Rodong Sinmun said"), so "According to KCNA, Xinhua opened a bureau" stays apart.
 */
export function coordinated(text: string, all: Candidate[]): Candidate[] {
  all.sort((a, b) => a.finding.start - b.finding.start || b.finding.end - a.finding.end);
  // A candidate inside another ("Kuwait News Agency" inside "the Kuwait News Agency KUNA") lends it its frame and goes.
  const candidates: Candidate[] = [];
  for (const c of all) {
    const outer = candidates[candidates.length - 1];
    if (!outer || c.finding.end > outer.finding.end) candidates.push(c);
    else if (outer.finding.ruleId === 'state-media/generic' && c.finding.ruleId !== 'state-media/generic') {
      // "The party's official newspaper, the People's Daily": the whole phrase, credited to the named outlet.
      const finding = { ...c.finding, start: outer.finding.start, end: outer.finding.end, text: outer.finding.text };
      candidates[candidates.length - 1] = { finding, frame: outer.frame ?? c.frame, ...(c.outlet ? { outlet: c.outlet } : {}) };
    } else if (outer.frame === undefined && c.frame !== undefined && c.finding.ruleId !== 'state-media/generic') {
      candidates[candidates.length - 1] = { ...outer, frame: c.frame };
    }
  }
  const accepted = candidates.map((c) => c.frame !== undefined);
  const frames: (Frame | undefined)[] = candidates.map((c) => c.frame);
  const gap = (i: number): string => {
    const [left, right] = [candidates[i]!.finding, candidates[i + 1]!.finding];
    return right.start >= left.end && right.start - left.end <= 14 ? text.slice(left.end, right.start) : '.';
  };
  const closesList = (i: number): boolean => {
    const end = candidates[i]!.finding.end;
    return (i + 1 >= candidates.length || candidates[i + 1]!.finding.start - end > 14) && LIST_CLOSES.test(text.slice(end, end + 24));
  };
  // joins[i] says how candidate i is joined to the next: 2 by "and"/"or", 1 by a comma inside an "A, B and C" list.
  const joins = new Uint8Array(candidates.length);
  for (let i = candidates.length - 2; i >= 0; i--) {
    const between = gap(i);
    if (AND_GAP.test(between)) joins[i] = 2;
    else if (COMMA_GAP.test(between) && (joins[i + 1]! > 0 || closesList(i + 1))) joins[i] = 1;
  }
  for (let i = 1; i < candidates.length; i++) {
    const frame = frames[i - 1];
    if (accepted[i] || !accepted[i - 1] || (frame !== 'before' && frame !== 'product')) continue;
    if (joins[i - 1]! > 0) [accepted[i], frames[i]] = [true, 'before'];
  }
  for (let i = candidates.length - 2; i >= 0; i--) {
    if (accepted[i] || !accepted[i + 1] || frames[i + 1] !== 'verb') continue;
    if (joins[i]! > 0) [accepted[i], frames[i]] = [true, 'verb'];
  }
  // "The party's official newspaper, the People's Daily, said": the name in apposition is the source marked.
  for (let i = 0; i + 1 < candidates.length; i++) {
    const [left, right] = [candidates[i]!.finding, candidates[i + 1]!.finding];
    if (!accepted[i] || left.ruleId !== 'state-media/generic' || right.ruleId === 'state-media/generic') continue;
    if (!isAppositionGap(text.slice(left.end, right.start)) || !/^\s*,/.test(text.slice(right.end, right.end + 3))) continue;
    // The description before the name is part of its noun phrase (an appositive after a name is not).
    const finding = { ...right, start: left.start, text: text.slice(left.start, right.end) };
    candidates[i + 1] = { ...candidates[i + 1]!, finding };
    [accepted[i], accepted[i + 1], frames[i + 1]] = [false, true, accepted[i + 1] ? frames[i + 1] : frames[i]];
  }
  return candidates.filter((_, i) => accepted[i]);
}
