import type { CueKind } from '../../model/finding';
import { WordAlternation } from '../text/word-alternation';
import { CUE_LEXICON, type CueEntry, type CueScope } from './cue-lexicon';

/** One cue found in the text, before clause extraction. */
export interface CueHit {
  /** The whole match, which may reach beyond the cue words ("what Pyongyang described as"). */
  readonly start: number;
  readonly end: number;
  /** The cue words as they appear, white space folded. */
  readonly cue: string;
  readonly kind: CueKind;
  readonly scope: CueScope;
}

interface CompiledEntry {
  readonly source: string;
  readonly kind: CueKind;
  readonly scope: CueScope;
  readonly negatable: boolean;
  readonly sticky: RegExp;
  readonly notAfter?: RegExp | undefined;
  readonly notBefore?: RegExp | undefined;
  readonly notMatching?: RegExp | undefined;
  readonly lead?: RegExp | undefined;
  readonly leadRequired: boolean;
  readonly opensSentence: boolean;
  readonly lowercaseOnly: boolean;
  readonly requiresAfter?: RegExp | undefined;
  readonly cue?: RegExp | undefined;
  readonly notInQuestion: boolean;
}

/** Whether `start` opens a sentence or a line: only space, and before it nothing or a sentence end, precedes it. */
function atSentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  // A page title's bar ("The Daily | Reports: …") separates a title's parts as a line break does.
  return i < 0 || '\n.!?"“”|'.includes(text[i]!);
}

// Guards look only this far around a hit, which keeps the work per hit bounded.
const LOOK_BEHIND = 48;
const LOOK_AHEAD = 64;

/** Words that cancel a negatable cue when they stand among the few words before it ("no group has claimed"). */
const NEGATOR = /(?:^|[^\w’'])(?:not|never|no|nobody|none|neither|nor|without|yet to)(?![\w’'])|n['’]t(?![\w’'])/i;
const NEGATION_WORDS = 4;

/** A literal space in the lexicon stands for any run of white space. */
function source(pattern: string): string {
  return pattern.replace(/ /g, String.raw`\s+`);
}

function compileEntry(kind: CueKind, entry: CueEntry): CompiledEntry {
  return {
    source: source(entry.pattern),
    kind,
    scope: entry.scope ?? 'clause',
    negatable: entry.negatable ?? false,
    sticky: new RegExp(String.raw`\b(?:${source(entry.pattern)})\b`, 'iy'),
    notAfter: entry.notAfter ? new RegExp(String.raw`(?<![\w’'-])(?:${source(entry.notAfter)})[\s-]*$`, 'i') : undefined,
    notBefore: entry.notBefore ? new RegExp(String.raw`^\s*(?:${source(entry.notBefore)})`, 'i') : undefined,
    notMatching: entry.notMatching ? new RegExp(source(entry.notMatching), 'i') : undefined,
    lead: entry.lead ? new RegExp(String.raw`(?<![\w’'-])(?:${source(entry.lead)})\s+$`, 'i') : undefined,
    leadRequired: entry.leadRequired ?? false,
    opensSentence: entry.opensSentence ?? false,
    lowercaseOnly: entry.lowercaseOnly ?? false,
    requiresAfter: entry.requiresAfter ? new RegExp(source(entry.requiresAfter), 'u') : undefined,
    cue: entry.cue ? new RegExp(source(entry.cue), 'i') : undefined,
    notInQuestion: entry.notInQuestion ?? false,
  };
}

const ENTRIES: readonly CompiledEntry[] = (Object.keys(CUE_LEXICON) as CueKind[]).flatMap((kind) =>
  CUE_LEXICON[kind].map((entry) => compileEntry(kind, entry)),
);

// Every cue of the lexicon in one alternation, so the text is scanned once; each word tries only the entries
// its first letters allow, which is most of the cost of a plain alternation of them all.
const COMBINED = new WordAlternation(ENTRIES.map((entry) => entry.source));

/** Marks across which negation does not reach. */
const NEGATION_STOPS: readonly string[] = [',', ';', ':', '.', '!', '?', '—', '(', '“', '”', '"'];

function isNegated(text: string, start: number): boolean {
  let before = text.slice(Math.max(0, start - LOOK_BEHIND), start);
  // Negation does not reach across punctuation ("Nobody was hurt, and the group claimed ...").
  let cut = -1;
  for (const mark of NEGATION_STOPS) cut = Math.max(cut, before.lastIndexOf(mark));
  if (cut >= 0) before = before.slice(cut + 1);
  const words = before.trim().split(/\s+/).slice(-NEGATION_WORDS).join(' ');
  return NEGATOR.test(words);
}

// A sentence's end is looked for this far after a hit; beyond it the hit is taken as asserted.
const QUESTION_REACH = 300;

/** Whether the sentence holding `end` closes with a question mark (abbreviation stops are passed over). */
function endsInQuestion(text: string, end: number): boolean {
  const after = text.slice(end, end + QUESTION_REACH);
  const close = /[!?]|\.(?=[\s”’"')]*(?:\s\p{Lu}|$))|\n\s*\n/u.exec(after);
  return close?.[0] === '?';
}

/** Where the hit starts once its lead is included, or -1 when a required lead is missing. */
function leadStart(entry: CompiledEntry, text: string, start: number, floor: number): number {
  if (!entry.lead) return start;
  const from = Math.max(floor, start - LOOK_BEHIND);
  const lead = entry.lead.exec(text.slice(from, start));
  if (lead) return from + lead.index;
  return entry.leadRequired ? -1 : start;
}

/** Cuts look-ahead text at a paragraph break: a headline's last word is not read with the next paragraph's first. */
function sameParagraph(after: string): string {
  const blank = /\n[^\S\n]*\n/.exec(after);
  return blank ? after.slice(0, blank.index) : after;
}

/** Checks one entry's match at `[start, end)` against its guards and returns the hit, lead included. */
function accept(entry: CompiledEntry, text: string, start: number, end: number, floor: number): CueHit | undefined {
  // A cue glued to a word by a hyphen is part of a compound ("open-source", "self-claimed").
  if (start >= 2 && text[start - 1] === '-' && /[\p{L}\p{N}]/u.test(text[start - 2]!)) return undefined;
  if (entry.notMatching?.test(text.slice(start, end))) return undefined;
  if (entry.opensSentence && !atSentenceStart(text, start)) return undefined;
  if (entry.lowercaseOnly && /^\p{Lu}/u.test(text[start]!) && !atSentenceStart(text, start)) return undefined;
  if (entry.notAfter?.test(text.slice(Math.max(0, start - LOOK_BEHIND), start))) return undefined;
  if (entry.notBefore?.test(sameParagraph(text.slice(end, end + LOOK_AHEAD)))) return undefined;
  if (entry.requiresAfter && !entry.requiresAfter.test(text.slice(end, end + LOOK_AHEAD))) return undefined;
  const from = leadStart(entry, text, start, floor);
  if (from < 0) return undefined;
  if (entry.negatable && isNegated(text, from)) return undefined;
  if (entry.notInQuestion && endsInQuestion(text, end)) return undefined;
  const matched = text.slice(from, end);
  const cueWords = entry.cue?.exec(matched)?.[0] ?? matched;
  return { start: from, end, cue: cueWords.replace(/\s+/g, ' '), kind: entry.kind, scope: entry.scope };
}

/** Tries the entries after `from` at one position, for when the entry that matched first was rejected. */
function retryAt(text: string, position: number, from: number, floor: number): CueHit | undefined {
  // Entries that cannot start with the word here cannot match here either.
  for (const i of COMBINED.candidatesAt(text, position)) {
    if (i <= from) continue;
    const entry = ENTRIES[i]!;
    entry.sticky.lastIndex = position;
    const match = entry.sticky.exec(text);
    const hit = match ? accept(entry, text, position, position + match[0].length, floor) : undefined;
    if (hit) return hit;
  }
  return undefined;
}

/** Finds every cue of the lexicon in text order, skipping other word senses and negated cues. */
export function findCues(text: string): CueHit[] {
  const hits: CueHit[] = [];
  for (let match = COMBINED.exec(text, 0); match;) {
    const { start, end, index } = match;
    const floor = hits.length > 0 ? hits[hits.length - 1]!.end : 0;
    const hit = accept(ENTRIES[index]!, text, start, end, floor) ?? retryAt(text, start, index, floor);
    if (hit) hits.push(hit);
    match = COMBINED.exec(text, hit ? hit.end : start + 1);
  }
  return hits;
}
