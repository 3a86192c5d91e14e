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
  return reducedRelativeStart(text, clause, cue) ?? clause.start;
}

/** Words after which "accused"/"suspected" is a finite verb or a passive, not a participle after its noun. */
const NOT_A_NOUN =
  /^(?:is|are|was|were|be|been|being|has|have|had|and|or|but|who|whom|which|that|he|she|they|we|i|you|it|not|also|then|later|being|get|got|gets|stand|stands|stood|\p{Ll}+ly)$/u;
/** Words that open the noun phrase a participle modifies: "several individuals", "a trader of …", "hundreds of firms". */
const NOUN_PHRASE_OPENER =
  /^(?:a|an|the|this|that|these|those|several|many|some|most|other|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions|scores|\d[\d,]*)$/iu;
/** Words before a bare noun phrase: "with soldiers and mercenaries accused of …". */
const NOUN_PHRASE_BOUNDARY = /^(?:with|for|to|against|among|amongst|including|from|at|on|by|into|as|like|than|about|over|between)$/iu;
/** The verb of the clause whose subject a reduced relative ends: "… were rounded up", "… have been released". */
const SUBJECT_CLAUSE_VERB = /\s(?:was|were|is|are|has been|have been|had been|will be)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en)\b/u;
// A participle further than this many words from the noun phrase's opener is taken with its whole clause.
const MAX_NOUN_PHRASE_WORDS = 8;

/**
 * Where the noun phrase begins that a reduced relative modifies ("several individuals accused of spying", "a trader
 * of dual nationality suspected of selling …"): the accused are that phrase, not the clause the article frames it in.
 */
function reducedRelativeStart(text: string, clause: Span, cue: Span): number | undefined {
  // Only the participle right before its "of" ("men accused of …"): "Pravda on Tuesday accused the administration of …" is a verb.
  if (!/^\s+of\b/.test(text.slice(cue.end, cue.end + 4))) return undefined;
  // The noun phrase lies after the last punctuation before the participle: "In March 1920, thousands of villagers suspected …".
  const whole = text.slice(clause.start, cue.start);
  const from = Math.max(...[',', ';', ':', '(', ')', '“', '”', '"'].map((mark) => whole.lastIndexOf(mark))) + 1;
  const lead = whole.slice(from);
  const words = [...lead.matchAll(/[\p{L}\p{N}’'.-]+/gu)];
  const last = words[words.length - 1];
  if (!last || NOT_A_NOUN.test(last[0].toLowerCase())) return undefined;
  for (let i = words.length - 1; i >= 0 && i >= words.length - MAX_NOUN_PHRASE_WORDS; i--) {
    const word = words[i]![0];
    if (NOUN_PHRASE_BOUNDARY.test(word)) return i === words.length - 1 ? undefined : clause.start + from + words[i + 1]!.index!;
    if (NOUN_PHRASE_OPENER.test(word)) return clause.start + from + words[i]!.index!;
  }
  return undefined;
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
  const start = predicateStart(text, clause, cue);
  let end = complementEnd(text, clause, cue);
  // "thousands of villagers suspected of hiding rebels were deported": a subject's participle ends at its clause's verb.
  if (start > clause.start && start === reducedRelativeStart(text, clause, cue)) {
    const verb = SUBJECT_CLAUSE_VERB.exec(text.slice(cue.end, end));
    if (verb) end = cue.end + verb.index;
  }
  const predicate = trim(text, { start, end });
  return wordCount(text, predicate) >= MIN_PREDICATE_WORDS ? predicate : clause;
}
