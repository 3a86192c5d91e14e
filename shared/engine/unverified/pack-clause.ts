import type { ClaimClausePack } from '../lang/pack-types';
import type { Span } from '../text/spans';

// Narrower than this, a piece of a clause is a fragment; the wider clause carries the claim.
const MIN_CLAUSE_WORDS = 4;

function wordCount(text: string, span: Span): number {
  return text.slice(span.start, span.end).split(/\s+/).filter(Boolean).length;
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,]/.test(text[start]!)) start++;
  while (end > start && /[\s,.]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Every match of a global expression inside `[from, to)`, in text offsets. */
function matchesIn(pattern: RegExp, text: string, from: number, to: number): Span[] {
  const found: Span[] = [];
  const slice = text.slice(from, to);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(slice); match; match = pattern.exec(slice)) {
    found.push({ start: from + match.index, end: from + match.index + match[0].length });
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return found;
}

/**
 * The claim inside a clause the shared rules found, by the pack's own grammar: between the clause breaks around
 * the cue ("…, pero", "…, aunque"), from a relative clause that holds the cue ("…, que indica que …") and after a
 * reporting verb's "que" ("dijo que …"), which attribute the claim rather than make it.
 */
export function narrowPackClause(text: string, clause: Span, cue: Span, grammar: ClaimClausePack): Span {
  let { start, end } = clause;
  for (const separator of matchesIn(grammar.separators, text, start, end)) {
    if (separator.end <= cue.start) start = separator.end;
    else if (separator.start >= cue.end) {
      end = separator.start;
      break;
    }
  }
  const candidates: Span[] = [];
  const relative = matchesIn(grammar.relative, text, start, cue.start).pop();
  if (relative && !/,(?!\d)/.test(text.slice(relative.end, cue.start))) {
    const comma = /,(?!\d)/.exec(text.slice(cue.end, end));
    candidates.push({ start: relative.end, end: comma ? cue.end + comma.index : end });
  }
  let narrowed = { start, end };
  for (const candidate of candidates) {
    const trimmed = trim(text, candidate);
    if (wordCount(text, trimmed) >= MIN_CLAUSE_WORDS) narrowed = trimmed;
  }
  const complement = matchesIn(grammar.complement, text, narrowed.start, cue.start).pop();
  if (complement && !/[,;:“”"«»]/.test(text.slice(complement.end, cue.start))) {
    const trimmed = trim(text, { start: complement.end, end: narrowed.end });
    if (wordCount(text, trimmed) >= MIN_CLAUSE_WORDS) narrowed = trimmed;
  }
  if (narrowed.start === clause.start && narrowed.end === clause.end) return clause;
  const result = trim(text, narrowed);
  return wordCount(text, result) >= MIN_CLAUSE_WORDS && result.start <= cue.start && result.end >= cue.end ? result : clause;
}
