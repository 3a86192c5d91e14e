import { PARTICIPLE_VERBS as PARTICIPLES, PERSON_ROLES, PRONOUNS, QUOTING_VERBS, SPEAKING_THINGS, VERB_MODIFIERS } from './lexicon';
import { isNameWord, isReportingVerb, isSpeakerPhraseWord, type Token } from './tokens';

/** How the text attributes a quote; the detector prefers the closer, more explicit kinds. */
export type CueKind = 'after' | 'inverted' | 'before' | 'quoted-as' | 'according-to' | 'colon';

/** The noun phrase a cue names as the speaker, and how it was found. */
export interface SpeakerCue {
  readonly phrase: readonly Token[];
  readonly kind: CueKind;
  /** The cue hugs the quote (`,” he said`), so it beats any other cue in the sentence. */
  readonly immediate: boolean;
}

/** Longest speaker phrase we accept; longer runs are clauses, not names. */
const MAX_PHRASE = 8;
/** How far a cue may sit from its quote, in tokens. */
const MAX_DISTANCE = 30;
const POSSESSIVE = /['’]s$/;
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our']);
const CLAUSE_STARTS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'as', 'when', 'or', 'so', 'then', 'after', 'because', 'although', 'since', 'where', 'whereas', 'meanwhile']);
const LEADING_JUNK: ReadonlySet<string> = new Set(['of', 'for', 'that', 'this']);
const SPEECH_PARTICIPLES: ReadonlySet<string> = new Set(['saying', 'telling', 'writing', 'stating', 'declaring', 'adding']);

function isPronoun(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && PRONOUNS.has(token.lower);
}

/** Whether a phrase ends in something that can speak: a name, a pronoun, a role or a document. */
function hasHead(phrase: readonly Token[]): boolean {
  const head = phrase[phrase.length - 1];
  if (!head) return false;
  if (phrase.length === 2 && ARTICLES.has(phrase[0]!.lower) && head.kind === 'word') return true;
  return isPronoun(head) || PERSON_ROLES.has(head.lower) || SPEAKING_THINGS.has(head.lower) || isNameWord(head);
}

function trimPhrase(phrase: Token[]): Token[] | undefined {
  let first = 0;
  while (first < phrase.length && (LEADING_JUNK.has(phrase[first]!.lower) || phrase[first]!.kind !== 'word')) first++;
  let last = phrase.length;
  while (last > first && LEADING_JUNK.has(phrase[last - 1]!.lower)) last--;
  const trimmed = phrase.slice(first, last);
  return hasHead(trimmed) ? trimmed : undefined;
}

/** The noun phrase that ends at `end`, read leftwards. */
function phraseEndingAt(view: readonly Token[], end: number, floor: number): Token[] | undefined {
  if (end < floor) return undefined;
  if (isPronoun(view[end])) return [view[end]!];
  let j = end;
  // "The band posted", "the station called": any noun right after an article can be the subject.
  const head = view[end]!;
  if (head.kind === 'word' && !head.cap && !isSpeakerPhraseWord(head) && end - 1 >= floor && ARTICLES.has(view[end - 1]!.lower)) {
    if (isReportingVerb(head) || VERB_MODIFIERS.has(head.lower)) return undefined;
    return [view[end - 1]!, head];
  }
  while (j >= floor && end - j < MAX_PHRASE) {
    const token = view[j]!;
    if (isSpeakerPhraseWord(token)) j--;
    else if ((token.text === '’' || token.text === "'") && /s$/i.test(view[j - 1]?.text ?? '')) j--;
    else if (token.text === '.' && j - 1 >= floor && view[j - 1]!.kind === 'word' && view[j - 1]!.text.length <= 4) j--;
    else break;
  }
  return trimPhrase(view.slice(j + 1, end + 1));
}

/** Words that name a day or a part of one, skipped between a subject and its verb ("Pravda on Tuesday accused"). */
const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year', 'weekend',
]);
const TIME_LEADS: ReadonlySet<string> = new Set(['on', 'last', 'this', 'in', 'late', 'early']);
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['that', 'which', 'who']);
const APPOSITIVE_START = /^(?:\p{Ll}|\d)/u;

/** Skips adverbs, time phrases and relative pronouns leftwards from `j`. */
function skipToSubject(view: readonly Token[], j: number, floor: number): number {
  for (;;) {
    while (j >= floor && view[j]!.kind === 'word' && VERB_MODIFIERS.has(view[j]!.lower)) j--;
    if (j >= floor && TIME_WORDS.has(view[j]!.lower)) {
      let k = j - 1;
      while (k >= floor && TIME_WORDS.has(view[k]!.lower)) k--;
      if (k >= floor && TIME_LEADS.has(view[k]!.lower)) {
        j = k - 1;
        continue;
      }
      if (['today', 'yesterday', 'tonight'].includes(view[j]!.lower)) {
        j--;
        continue;
      }
    }
    if (j >= floor && RELATIVE_PRONOUNS.has(view[j]!.lower)) return j - 1;
    return j;
  }
}

/** The subject of the verb at `verb`: "Mr Kim also said", "John Smith, a spokesman, said". */
function subjectBefore(view: readonly Token[], verb: number, floor: number): Token[] | undefined {
  const previous = view[verb - 1];
  // "the military's demand", "a report": after a possessive or an article the "verb" is a noun.
  if (previous && (POSSESSIVE.test(previous.text) || ARTICLES.has(previous.lower))) return undefined;
  let j = skipToSubject(view, verb - 1, floor);
  if (j < floor) return undefined;
  // Appositives between subject and verb ("Abu Khaled, a commander in the Front, told"): skip each one.
  while (view[j]!.text === ',' && verb - j <= MAX_DISTANCE) {
    let k = j - 1;
    while (k >= floor && view[k]!.text !== ',' && view[k]!.kind !== 'quote') k--;
    const segmentStart = k + 1;
    const segment = view[segmentStart];
    if (!segment || segmentStart >= j) return undefined;
    if (k >= floor && view[k]!.text === ',' && APPOSITIVE_START.test(segment.text) && !CLAUSE_STARTS.has(segment.lower)) {
      j = k;
      continue;
    }
    return phraseEndingAt(view, j - 1, segmentStart);
  }
  return phraseEndingAt(view, j, floor);
}

/** The subject after an inverted verb: `,” said Mr Kim`. */
function subjectAfter(view: readonly Token[], verb: number): Token[] | undefined {
  let j = verb + 1;
  if (isPronoun(view[j])) return [view[j]!];
  const descriptor = view[j];
  const described =
    descriptor !== undefined && descriptor.kind === 'word' && !descriptor.cap && !isSpeakerPhraseWord(descriptor) && isNameWord(view[j + 1] ?? descriptor);
  if (described) j++;
  while (j < view.length && j - verb <= MAX_PHRASE) {
    const token = view[j]!;
    if (isSpeakerPhraseWord(token)) j++;
    else if (token.text === '.' && view[j - 1]!.kind === 'word' && view[j - 1]!.text.length <= 4 && isNameWord(view[j + 1] ?? token)) j++;
    else break;
  }
  return trimPhrase(view.slice(described ? verb + 2 : verb + 1, j));
}

/** "KCNA quoted Kim as saying", "Kim was quoted as saying": the speaker of a quote after `saying`. */
function quotedAs(view: readonly Token[], participle: number, floor: number): SpeakerCue | undefined {
  const as = participle - 1;
  if (as - 1 < floor || view[as]!.lower !== 'as') return undefined;
  if (QUOTING_VERBS.has(view[as - 1]!.lower)) {
    const phrase = subjectBefore(view, as - 1, floor);
    return phrase ? { phrase, kind: 'quoted-as', immediate: true } : undefined;
  }
  // The quoted person sits between the quoting verb and "as", however long the title.
  for (let k = as - 2; k >= floor && as - k <= 14; k--) {
    const token = view[k]!;
    if (token.kind !== 'word' && token.text !== '.' && token.text !== ',') return undefined;
    if (!QUOTING_VERBS.has(token.lower)) continue;
    const phrase = trimPhrase(view.slice(k + 1, as).filter((t) => t.text !== ','));
    return phrase ? { phrase, kind: 'quoted-as', immediate: true } : undefined;
  }
  return undefined;
}

/** The phrase that opens a clause (after any dateline), the subject a trailing "saying ..." hangs off. */
export function leadingPhrase(view: readonly Token[]): Token[] | undefined {
  let start = 0;
  for (let k = 0; k < view.length && k < 16; k++) {
    if (view[k]!.text === '-' || view[k]!.text === '—' || view[k]!.text === '–') start = k + 1;
  }
  while (view[start]?.text === '-') start++;
  let j = start;
  while (j < view.length && j - start < MAX_PHRASE && isSpeakerPhraseWord(view[j]!)) j++;
  if (j === start && isPronoun(view[start])) return [view[start]!];
  return trimPhrase(view.slice(start, j));
}

/** A cue after the quote: `,” he said`, `,” said Mr Kim`, or a later clause "…” and …, the leader ordered". */
export function cueAfter(after: readonly Token[]): SpeakerCue | undefined {
  let i = 0;
  while (i < after.length && after[i]!.kind === 'punct' && ',—–-:'.includes(after[i]!.text)) i++;
  const tight = i;
  if (isReportingVerb(after[i])) {
    const phrase = subjectAfter(after, i);
    if (phrase) return { phrase, kind: 'inverted', immediate: true };
  }
  for (let k = i; k < after.length && k - i < MAX_DISTANCE; k++) {
    const token = after[k]!;
    if (token.kind === 'quote') break;
    if (!isReportingVerb(token)) continue;
    if (QUOTING_VERBS.has(token.lower) && after[k + 1]?.lower !== 'as') {
      const quotedSpeaker = subjectAfter(after, k);
      if (quotedSpeaker && after[k + 1 + quotedSpeaker.length]?.lower === 'as') {
        return { phrase: quotedSpeaker, kind: 'quoted-as', immediate: k === tight || after[k - 1] === after[tight] };
      }
    }
    const phrase = subjectBefore(after, k, tight);
    if (phrase) return { phrase, kind: 'after', immediate: phrase[0] === after[tight] };
  }
  return undefined;
}

/** The nearest cue before the quote: `Mr Kim said: “`, `he called the troops “`, `quoted Kim as saying “`. */
export function cueBefore(before: readonly Token[], sentenceStart = -1): SpeakerCue | undefined {
  const floor = 0;
  let participle: number | undefined;
  for (let k = before.length - 1; k >= floor && before.length - k <= MAX_DISTANCE; k--) {
    const token = before[k]!;
    if (!isReportingVerb(token)) continue;
    if (PARTICIPLES.has(token.lower)) {
      const quoted = SPEECH_PARTICIPLES.has(token.lower) ? quotedAs(before, k, floor) : undefined;
      if (quoted) return quoted;
      if (before[k - 1]?.text === ',') {
        // ", saying ...", ", warning that ...": the speaker is the subject of the clause before.
        participle ??= k;
        continue;
      }
    }
    const phrase = subjectBefore(before, k, floor);
    if (phrase) return { phrase, kind: 'before', immediate: before.length - k <= 4 };
  }
  if (participle !== undefined && before.length > 0 && before[0]!.start === sentenceStart) {
    const phrase = leadingPhrase(before);
    if (phrase) return { phrase, kind: 'before', immediate: false };
  }
  return undefined;
}

/** "according to X" anywhere in the stretch. */
export function cueAccordingTo(view: readonly Token[]): SpeakerCue | undefined {
  for (let k = 0; k + 1 < view.length; k++) {
    if (view[k]!.lower !== 'according' || view[k + 1]!.lower !== 'to') continue;
    const phrase = subjectAfter(view, k + 1);
    if (phrase) return { phrase, kind: 'according-to', immediate: false };
  }
  return undefined;
}

/** A colon introduction without a verb: `From the minister: “`, or `Kim: “` in a headline or transcript. */
export function cueColon(before: readonly Token[]): SpeakerCue | undefined {
  const last = before.length - 1;
  if (last < 1 || before[last]!.text !== ':') return undefined;
  const phrase = phraseEndingAt(before, last - 1, Math.max(0, last - MAX_PHRASE));
  if (!phrase) return undefined;
  const start = last - phrase.length;
  const lead = before[start - 1];
  if (start === 0 || lead?.lower === 'from' || lead?.kind === 'punct') return { phrase, kind: 'colon', immediate: true };
  return undefined;
}
