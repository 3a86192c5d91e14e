import type { Span } from '../text/spans';
import type { CueScope } from './cue-lexicon';

// A clause never reaches further than this from its cue, so run-on text costs bounded work per cue.
const CLAUSE_REACH = 400;
// A "what X called ..." phrase is a noun phrase; longer runs are clauses the phrase does not own.
const PHRASE_REACH = 160;
// A clause this short around its cue ("— reportedly —") is a parenthesis; its sentence carries the claim.
const MIN_CLAUSE_WORDS = 4;

/**
 * Separators between clauses: semicolons, colons, dashes, and a comma before a conjunction that starts a new
 * clause. Group 1 is a conjunction ("and"/"or") that only separates clauses when a subject follows (group 2).
 */
const CLAUSE_SEPARATOR =
  /;|:(?=\s)|\s[—–-]\s|—|--|,\s+(?:but|while|whereas|although|though|yet|even though|even as|BUT|WHILE|WHEREAS|ALTHOUGH|THOUGH|YET)\s+|,\s+(and|or|AND|OR)\s+([\p{L}’']+)/gu;

/** Words that open a clause after ", and" / ", or"; a capitalised word is taken as a subject too. */
const SUBJECT_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'its',
  'his', 'her', 'their', 'our', 'my', 'some', 'many', 'most', 'several', 'one', 'two', 'no', 'other', 'others',
]);

/** Punctuation and words that end a "what X called ..." phrase. */
const PHRASE_STOP = /[;:!?()[\]—\n]|\s[–-]\s|--|[,.](?!\d)|\s(?:while|after|before|when|because|since|although|though|amid|despite|whereas|but|saying|according|adding|even|which|who|as well as|and (?:said|says|warned|added|vowed|called|urged|threatened|insisted))\b/giu;

const CLOSING_QUOTES = new Set(['”', '’', '"', "'", '»', '」']);

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** Moves a cut that fell inside a word back to the word's edge, so a bounded span never splits a word. */
function snapOutward(text: string, offset: number, limit: number, step: 1 | -1): number {
  let position = offset;
  let guard = 40;
  while (guard-- > 0 && position !== limit && isWordChar(text[step === 1 ? position : position - 1]) && isWordChar(text[step === 1 ? position - 1 : position])) {
    position += step;
  }
  return position;
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,]/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  return { start, end };
}

function wordCount(text: string, span: Span): number {
  return text.slice(span.start, span.end).split(/\s+/).filter(Boolean).length;
}

/** The sentence, cut to a bounded window around the cue when it is a run-on. */
function boundedSentence(text: string, sentence: Span, cue: Span): Span {
  const start = cue.start - sentence.start > CLAUSE_REACH ? snapOutward(text, cue.start - CLAUSE_REACH, cue.start, 1) : sentence.start;
  const end = sentence.end - cue.end > CLAUSE_REACH ? snapOutward(text, cue.end + CLAUSE_REACH, cue.end, -1) : sentence.end;
  return trim(text, { start, end });
}

/** The clause of `sentence` around the cue: between the nearest clause separators on either side. */
export function clauseAround(text: string, sentence: Span, cue: Span): Span {
  const window = boundedSentence(text, sentence, cue);
  let start = window.start;
  let end = window.end;
  // Scanning a slice, not the text from an index, keeps a search from running past the window.
  const slice = text.slice(window.start, window.end);
  CLAUSE_SEPARATOR.lastIndex = 0;
  for (let match = CLAUSE_SEPARATOR.exec(slice); match; match = CLAUSE_SEPARATOR.exec(slice)) {
    const conjunction = match[1];
    const index = window.start + match.index;
    let separatorEnd = index + match[0].length;
    if (conjunction !== undefined) {
      const next = match[2]!;
      const opensClause = SUBJECT_OPENERS.has(next.toLowerCase()) || /^\p{Lu}/u.test(next);
      if (!opensClause) continue;
      separatorEnd -= next.length;
    }
    if (separatorEnd <= cue.start) start = separatorEnd;
    else if (index >= cue.end) {
      end = index;
      break;
    }
  }
  const clause = trim(text, { start, end });
  return wordCount(text, clause) < MIN_CLAUSE_WORDS ? window : clause;
}

/** The "what X described as ..." phrase from the cue's start to the end of its noun phrase. */
export function phraseAround(text: string, sentence: Span, cue: Span): Span | undefined {
  const limit = Math.min(sentence.end, cue.end + PHRASE_REACH);
  PHRASE_STOP.lastIndex = 0;
  const stop = PHRASE_STOP.exec(text.slice(cue.end, limit));
  let end: number;
  if (stop) {
    end = cue.end + stop.index;
    // A phrase that is itself a quotation keeps its closing mark when the comma or stop sits inside it.
    if (/^[,.!?]$/.test(stop[0]) && CLOSING_QUOTES.has(text[end + 1] ?? '')) end += 2;
  } else {
    end = limit === sentence.end ? limit : snapOutward(text, limit, cue.end, -1);
  }
  const phrase = trim(text, { start: cue.start, end });
  if (phrase.end <= cue.end) return undefined;
  // The sentence's own full stop is not part of the phrase.
  if (phrase.end === sentence.end && /[.!?]$/.test(text.slice(phrase.start, phrase.end)) && !CLOSING_QUOTES.has(text[phrase.end - 1]!)) {
    return { start: phrase.start, end: phrase.end - 1 };
  }
  return phrase;
}

/** The span a cue marks in its sentence, by the scope its lexicon entry gives. */
export function claimSpan(text: string, sentence: Span, cue: Span, scope: CueScope, wholeSentence: boolean): Span {
  if (wholeSentence || scope === 'sentence') return boundedSentence(text, sentence, cue);
  if (scope === 'phrase') return phraseAround(text, sentence, cue) ?? clauseAround(text, sentence, cue);
  return clauseAround(text, sentence, cue);
}
