import type { Span } from '../text/spans';
import { clauseAround } from './clause-span';

// Shorter than this, a predicate is a fragment; its clause carries the claim.
const MIN_PREDICATE_WORDS = 4;
// A relative pronoun further than this many words before the cue opens some other clause.
const MAX_RELATIVE_LEAD_WORDS = 8;

/** A relative pronoun that opens the clause holding the cue ("EU lawmakers, who have accused …", "whom the West accuses of …"). */
const RELATIVE_PRONOUN = /\b(?:who|whom|which|where)\b/giu;
/** The second verb of a coordinated predicate, with its auxiliaries: "… denied losing any aircraft and [has] accused …". */
const COORDINATED_VERB = /\s(?:and|but)\s+((?:(?:has|have|had|also|then|later|\p{Ll}+ly)\s+)*)$/u;
/** A participle predicate sharing no subject of its own: "broadcast a report accusing Doha of …". */
const PARTICIPLE = /^\p{Ll}+ing\b/u;
/** A gerund complement ("of being authoritarian and presiding over …") takes coordinated gerunds into itself. */
const GERUND = /^\p{Ll}+ing\b/u;

/** A new predicate after the complement: "… and threatened to halt their work", "… and has been recognised as …". */
const NEXT_FINITE_VERB =
  /\s(?:and|but)\s+(?:(?:has|have|had|was|were|is|are|will|would)\s|(?:then\s|also\s|later\s|\p{Ll}+ly\s)?(?:said|says|told|vowed|urged|warned|called|threatened|demanded|asked|denied|promised|pledged|ordered|announced|insisted|added|sent|made|took|gave|cut|\p{Ll}+ed)\s+(?:to|on|for|that|the|a|an|him|her|them|it|his|its|their|\p{Lu})\b)/u;
/** A subordinate clause of the article's own after the complement: "… of interfering after the mission distributed an alert". */
const NEXT_SUBORDINATE =
  /(?<!\b(?:about|of|on|over|to|from|into|for|in|at|by|with|as to))\s(?:after|before|when|because|since|while|whereas|although|though|once|until)\s+(?:[\p{L}\p{N}’'.-]+\s+){0,4}?(?:\p{Ll}+ed|was|were|is|are|had|has|have|said|says|did|does|would|will|could)\b/u;
/** A participle coordinated with the verb, not with a gerund complement: "accusing him of an error and calling for …". */
const NEXT_PARTICIPLE = /\s(?:and|but)\s+\p{Ll}+ing\b/u;
/** After a comma, a list of the complement goes on ("of fraud, bribery and abuse of office"); anything else ends it. */
const LIST_GOES_ON = /^\s*(?:[\p{L}\p{N}’'-]+\s+){0,3}?[\p{L}\p{N}’'-]+\s*(?:,|\s(?:and|or)\s)/u;

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,]/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  return { start, end };
}

function wordCount(text: string, span: Span): number {
  return text.slice(span.start, span.end).split(/\s+/).filter(Boolean).length;
}

/** Where the predicate begins: its relative pronoun, its coordinated verb, its participle, or else its clause. */
function predicateStart(text: string, clause: Span, cue: Span): number {
  const lead = text.slice(clause.start, cue.start);
  let relative = -1;
  RELATIVE_PRONOUN.lastIndex = 0;
  for (let match = RELATIVE_PRONOUN.exec(lead); match; match = RELATIVE_PRONOUN.exec(lead)) relative = match.index;
  if (relative >= 0) {
    const between = lead.slice(relative);
    if (!/[,;:]/.test(between) && wordCount(text, { start: clause.start + relative, end: cue.start }) <= MAX_RELATIVE_LEAD_WORDS) {
      return clause.start + relative;
    }
  }
  const coordinated = COORDINATED_VERB.exec(lead);
  if (coordinated) return cue.start - coordinated[1]!.length;
  // "with critics accusing Trump of …": the subject that "with" introduces belongs to the predicate.
  const withSubject = /\bwith\s/i.test(lead) || /\bwith\s+$/i.test(text.slice(Math.max(0, clause.start - 6), clause.start));
  if (PARTICIPLE.test(text.slice(cue.start, cue.end)) && !withSubject) return cue.start;
  return clause.start;
}

/** Where the complement after "of" ends: at a comma that does not go on with a list, or at the next predicate. */
function complementEnd(text: string, clause: Span, cue: Span): number {
  const of = /\bof\s+/iu.exec(text.slice(cue.start, clause.end));
  if (!of) return clause.end;
  const from = cue.start + of.index + of[0].length;
  const rest = text.slice(from, clause.end);
  let end = rest.length;
  for (let comma = rest.search(/,(?!\d)/); comma >= 0 && comma < end;) {
    if (!LIST_GOES_ON.test(rest.slice(comma + 1))) {
      end = comma;
      break;
    }
    const next = rest.slice(comma + 1).search(/,(?!\d)/);
    comma = next >= 0 ? comma + 1 + next : -1;
  }
  for (const next of [NEXT_FINITE_VERB.exec(rest), NEXT_SUBORDINATE.exec(rest)]) if (next && next.index < end) end = next.index;
  if (!GERUND.test(rest)) {
    const participle = NEXT_PARTICIPLE.exec(rest);
    if (participle && participle.index < end) end = participle.index;
  }
  return from + end;
}

/**
 * The predicate a cue verb heads, through its complement: "accused Tsai of begging for support from Washington",
 * "which accused him of encouraging young people to drink", "Iraq accused U.N. inspectors of spying".
 */
export function predicateSpan(text: string, sentence: Span, cue: Span): Span {
  const clause = clauseAround(text, sentence, cue);
  const predicate = trim(text, { start: predicateStart(text, clause, cue), end: complementEnd(text, clause, cue) });
  return wordCount(text, predicate) >= MIN_PREDICATE_WORDS ? predicate : clause;
}
