import { CUE_KIND_LABELS } from '../../model/cue-kind';
import type { QuoteFinding, UnverifiedFinding } from '../../model/finding';
import type { Span } from '../text/spans';
import { sentenceIndexAt, type TextContext } from '../text/text-context';
import { claimSpan } from './clause-span';
import { predicateSpan } from './predicate-span';
import { findPackCues } from '../lang/pack-cues';
import { findCues, type CueHit } from './cue-matcher';
import { narrowPackClause } from './pack-clause';

// Headlines are short lines without a full stop; longer unpunctuated lines are broken copy, not headlines.
const MAX_HEADLINE_LENGTH = 200;

const CLOSED = /[.!?:;,][”’"'»)\]]*$/;

function isClosed(text: string, span: Span): boolean {
  return CLOSED.test(text.slice(Math.max(span.start, span.end - 4), span.end));
}

/** Where the body begins: the first paragraph closed by punctuation. Unpunctuated lines after it are captions. */
const bodyStarts = new WeakMap<TextContext, number>();

function bodyStart(context: TextContext): number {
  let start = bodyStarts.get(context);
  if (start === undefined) {
    start = context.paragraphs.find((paragraph) => isClosed(context.text, paragraph))?.start ?? context.text.length;
    bodyStarts.set(context, start);
  }
  return start;
}

/**
 * Whether a sentence is a whole paragraph without closing punctuation before the body: a headline, whose whole
 * line is marked. The same line inside the body is a picture caption, whose claim is its clause as in any sentence.
 */
function isHeadline(context: TextContext, sentenceIndex: number): boolean {
  const sentence = context.sentences[sentenceIndex]!;
  const paragraph = context.paragraphs[sentence.paragraph];
  if (!paragraph || paragraph.start !== sentence.start || paragraph.end !== sentence.end) return false;
  if (sentence.end - sentence.start > MAX_HEADLINE_LENGTH) return false;
  return !isClosed(context.text, sentence) && sentence.start < bodyStart(context);
}

/**
 * Drops cues that sit inside a direct quote: those words belong to the speaker, not to the article. A cue that
 * only spans a quote ("accused the “former paratrooper” of") begins and ends outside it and is the article's.
 */
function outsideQuotes(hits: readonly CueHit[], quotes: readonly QuoteFinding[]): CueHit[] {
  const sorted = [...quotes].sort((a, b) => a.start - b.start);
  const kept: CueHit[] = [];
  let next = 0;
  let reach = -1;
  for (const hit of hits) {
    // Quotes may nest or touch; `reach` is the furthest end among quotes starting before the hit's last character.
    let reachAtStart = reach;
    while (next < sorted.length && sorted[next]!.start < hit.end) {
      if (sorted[next]!.start <= hit.start) reachAtStart = Math.max(reachAtStart, sorted[next]!.end);
      reach = Math.max(reach, sorted[next]!.end);
      next++;
    }
    if (reachAtStart <= hit.start && reach < hit.end) kept.push(hit);
  }
  return kept;
}

/**
 * The quotes a withheld source speaks, as cues over the quote and the rest of the sentence it ends in ("«…», — добавил
 * другой собеседник."), so the claim is the quote with its attribution. A speaker carried over from an earlier quote
 * is not named near this one, and a quote inside an existing span adds nothing.
 */
/** A quote followed by the author's words after a dash ("«…», — сказал собеседник"). */
const DASH_INCISE = /^[,.!?…]?\s*[—–]/u;
/** "Another one" of the sources just quoted ("— добавил другой"): no pronoun, which may point past the source. */
const ANOTHER = /(?<!\p{L})(?:другой|другая|второй|вторая|третий|третья)(?!\p{L})/iu;

/**
 * The quotes a withheld source speaks, named in the dash incise after the quote by its noun or as "another" of them
 * ("«…», — добавил другой собеседник.", "«…», — добавил другой."), as cues over the quote and the rest of its
 * sentence: the claim is the quote with its attribution. The speaker is the resolved one, so "собеседник" that the
 * article has named is no withheld source; a speaker carried over from an earlier quote is not named near this one.
 */
function anonymousQuotes(context: TextContext, quotes: readonly QuoteFinding[], speaker: RegExp): CueHit[] {
  const hits: CueHit[] = [];
  for (const quote of quotes) {
    if (!quote.speaker || quote.speakerConfidence === 'low') continue;
    // "один собеседник РБК" read as "РБК": a one-word speaker whose phrase is a withheld source's is no named person.
    const match = speaker.exec(quote.speaker) ?? (quote.speakerSurface && !quote.speaker.includes(' ') ? speaker.exec(quote.speakerSurface) : null);
    if (!match || !DASH_INCISE.test(context.text.slice(quote.end, quote.end + 4))) continue;
    let index = sentenceIndexAt(context, Math.max(quote.start, quote.end - 1));
    if (index < 0) continue;
    // "«…?» — сказал собеседник.": a question or exclamation closing the quote ends a sentence before its incise.
    const next = context.sentences[index + 1];
    if (context.sentences[index]!.end <= quote.end && next && DASH_INCISE.test(context.text.slice(quote.end, next.start + 1))) index++;
    const end = Math.max(quote.end, context.sentences[index]!.end);
    const incise = context.text.slice(quote.end, end);
    if (!speaker.test(incise) && !ANOTHER.test(incise)) continue;
    hits.push({ start: quote.start, end, cue: match[0], kind: 'anonymous-sourcing', scope: 'sentence' });
  }
  return hits;
}

function finding(text: string, span: Span, first: CueHit): UnverifiedFinding {
  return {
    layer: 'unverified',
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    ruleId: `unverified/${first.kind}`,
    message: `"${first.cue}" signals a claim the article does not verify (${CUE_KIND_LABELS[first.kind]}).`,
    cue: first.cue,
    cueKind: first.kind,
  };
}

interface Group {
  readonly sentence: number;
  span: Span;
  readonly first: CueHit;
  /** Whether every cue so far marks its clause, so a later cue inside the span cannot widen it. */
  clauseOnly: boolean;
  cues: number;
}

// Beyond this many cues in one finding, further cues inside its span are not re-examined.
const MAX_CUES_PER_FINDING = 8;

/** Finds clauses carrying claims the article does not vouch for, one finding per sentence with a cue. */
export function detectUnverified(context: TextContext, quotes: readonly QuoteFinding[]): UnverifiedFinding[] {
  const { text } = context;
  const groups: Group[] = [];
  // Another language's cues are found by its pack alone: English cue words there are other words ("tout").
  const cues = context.pack ? findPackCues(context, context.pack) : findCues(text);
  const spoken = context.pack?.anonymousSpeaker ? anonymousQuotes(context, quotes, context.pack.anonymousSpeaker) : [];
  const hits = [...outsideQuotes(cues, quotes), ...spoken].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const hit of hits) {
    const last = groups[groups.length - 1];
    // A clause cue inside a clause already marked adds nothing, and a run-on sentence full of cues gets a
    // bounded number of clause computations: both keep the work per cue small.
    const inside = last !== undefined && hit.end <= last.span.end && hit.start >= last.span.start;
    if (inside && ((last.clauseOnly && hit.scope === 'clause') || last.cues >= MAX_CUES_PER_FINDING)) continue;
    const index = sentenceIndexAt(context, hit.start);
    const sentence = index >= 0 ? context.sentences[index]! : hit;
    const located = { ...hit, ownsRelativeClause: hit.kind !== 'non-verification' && hit.kind !== 'anonymous-sourcing' };
    const headline = index >= 0 && isHeadline(context, index);
    const shared = hit.scope === 'predicate' && !headline ? predicateSpan(text, sentence, hit) : claimSpan(text, sentence, located, headline);
    const grammar = context.pack?.claimClause;
    const span = grammar && hit.scope === 'clause' && !headline ? narrowPackClause(text, shared, hit, grammar) : shared;
    const covered = { start: Math.min(span.start, hit.start), end: Math.max(span.end, hit.end) };
    // Several cues in one sentence make one finding; so does a cue that ran across a sentence split.
    if (last && ((last.sentence === index && index >= 0) || last.span.end > covered.start)) {
      last.span = { start: Math.min(last.span.start, covered.start), end: Math.max(last.span.end, covered.end) };
      last.clauseOnly &&= hit.scope === 'clause';
      last.cues++;
    } else {
      groups.push({ sentence: index, span: covered, first: hit, clauseOnly: hit.scope === 'clause', cues: 1 });
    }
  }
  return groups.filter((group) => !isBareLabel(text, group)).map((group) => finding(text, group.span, group.first));
}

/** A heading that is the cue word alone ("Claim", "Rumours:" over a fact-check's sections) labels a section and carries no claim. */
function isBareLabel(text: string, group: Group): boolean {
  const words = (value: string): string =>
    value
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      .toLowerCase();
  const cue = words(text.slice(group.first.start, group.first.end));
  if (cue.split(' ').length > 2) return false;
  return words(text.slice(group.span.start, group.span.end)).replace(/^(the|a|an) /, '') === cue;
}
