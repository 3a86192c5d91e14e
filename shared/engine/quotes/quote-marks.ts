import type { Span } from '../text/spans';
import { LEADING_ELISIONS } from './lexicon';

/** The quotation-mark convention a quote is written in; each style has its own rule id. */
export type QuoteStyle = 'curly-double' | 'straight-double' | 'curly-single' | 'straight-single' | 'guillemet' | 'low-high' | 'corner';

/** A stretch between paired quotation marks, marks included. */
export interface QuoteCandidate extends Span {
  readonly style: QuoteStyle;
  /** False when the paragraph ended before a closing mark (a quote running on into the next paragraph). */
  readonly closed: boolean;
}

// Archive copy sometimes writes ``typewriter quotes'' with two backticks and two apostrophes.
// Three or more apostrophes are wiki markup for bold or italics ('''AN:'''), never a quotation mark.
const DOUBLE_MARKS = /``|(?<!')''(?!')|[“”"«»„‟「」『』]/g;
const SINGLE_MARKS = /(?<!')''(?!')|[‘’‚]|(?<!')'(?!')/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const DIGIT = /[0-9]/;
const SPACE = /\s/;
const OPENING_CONTEXT = /[\s([{—–\-/:;,“"«„‘'「『]/;
const DECADE = /^\d\d(?:s|’s|'s)?(?![\p{L}\p{N}])/u;
const ELISION = new RegExp(`^(?:${LEADING_ELISIONS.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

function isWord(ch: string): boolean {
  return ch !== '' && WORD_CHAR.test(ch);
}

function isSpace(ch: string): boolean {
  return ch === '' || SPACE.test(ch);
}

/** A mark can open when it follows a boundary and precedes the quoted words. */
function opensHere(prev: string, next: string): boolean {
  return (prev === '' || OPENING_CONTEXT.test(prev)) && !isSpace(next);
}

/** A mark can close when it follows the quoted words and precedes a space, punctuation or the end. */
function closesHere(prev: string, next: string): boolean {
  return !isSpace(prev) && !isWord(next);
}

interface OpenQuote {
  readonly pos: number;
  readonly style: QuoteStyle;
  readonly closers: string;
}

function openDouble(ch: string, prev: string, next: string, pos: number): OpenQuote | undefined {
  switch (ch) {
    case '“':
      return isSpace(next) ? undefined : { pos, style: 'curly-double', closers: '”“' };
    case '”':
      // Some copy uses the closing mark for both ends.
      return opensHere(prev, next) && isWord(next) ? { pos, style: 'curly-double', closers: '”' } : undefined;
    case '„':
      return { pos, style: 'low-high', closers: '“”‟' };
    case '«':
      return { pos, style: 'guillemet', closers: '»' };
    case '»':
      return opensHere(prev, next) && isWord(next) ? { pos, style: 'guillemet', closers: '«' } : undefined;
    case '「':
      return { pos, style: 'corner', closers: '」' };
    case '『':
      return { pos, style: 'corner', closers: '』' };
    case '"':
      // Between letters it is an apostrophe in old wire copy; after a digit it is an inch or ditto mark.
      if ((isWord(prev) && isWord(next)) || DIGIT.test(prev) || isSpace(next)) return undefined;
      // Copy pasted together from several tools may close a straight opener with a curly mark.
      return { pos, style: 'straight-double', closers: '"”' };
    case '``':
      return { pos, style: 'straight-double', closers: "''" };
    case "''":
      // Two apostrophes open nothing: archive copy opens with backticks (``…''), and wiki text writes ''…'' for italics.
      return undefined;
    default:
      return undefined;
  }
}

/**
 * Some West African and web copy writes French guillemets backwards with their inner spaces ("» Nous partons « , a-t-il
 * dit"): a `»` after a boundary and a space opens a quote when a `«` after a space closes it before punctuation or the
 * paragraph's end, with no other guillemet between.
 */
function reversedGuillemet(text: string, unit: Span, ch: string, prev: string, pos: number): OpenQuote | undefined {
  if (ch !== '»' || !(prev === '' || OPENING_CONTEXT.test(prev)) || !SPACE.test(text[pos + 1] ?? '') || !isWord(text[pos + 2] ?? '')) return undefined;
  for (let k = pos + 2; k < unit.end; k++) {
    const mark = text[k]!;
    if (mark === '»') return undefined;
    if (mark !== '«') continue;
    const closes = SPACE.test(text[k - 1]!) && !isSpace(text[k - 2] ?? ' ') && /^\s*(?:[,.;:!?)]|$)/.test(text.slice(k + 1, Math.min(unit.end, k + 4)));
    return closes ? { pos, style: 'guillemet', closers: '«' } : undefined;
  }
  return undefined;
}

/**
 * French and West African copy often sets curly quotes with inner spaces as it does guillemets ("une “ opportunité
 * historique ”"): a `“` after a boundary and a space opens a quote when a `”` after a space closes it, with no other
 * curly double mark between.
 */
function spacedCurly(text: string, unit: Span, ch: string, prev: string, pos: number): OpenQuote | undefined {
  if (ch !== '“' || !(prev === '' || OPENING_CONTEXT.test(prev)) || !/[ \u00a0\u202f]/.test(text[pos + 1] ?? '') || !isWord(text[pos + 2] ?? ''))
    return undefined;
  for (let k = pos + 2; k < unit.end; k++) {
    const mark = text[k]!;
    if (mark === '“') return undefined;
    if (mark === '”') return SPACE.test(text[k - 1]!) && !isSpace(text[k - 2] ?? ' ') ? { pos, style: 'curly-double', closers: '”' } : undefined;
  }
  return undefined;
}

const CLAUSE_END = /[.!?;,—]/;

/** Quotation habits of the analysed language's copy that the pairing reads; English has none of them. */
export const QUOTE_MARK_RULES: { closingOnlyBeforePunctuation: boolean; inciseAfterComma: RegExp | undefined } = {
  closingOnlyBeforePunctuation: false,
  inciseAfterComma: undefined,
};

/**
 * Whether the straight mark at `at`, met inside a straight-quoted quote where it could open, opens a quote inside it:
 * the next two straight marks both close, the second before a comma or a stop (`"… "Курумоч" работала …", - сказал`).
 */
function innerStraightQuote(text: string, at: number, end: number): boolean {
  const first = text.indexOf('"', at + 1);
  if (first < 0 || first >= end || !closesHere(text[first - 1]!, text[first + 1] ?? '')) return false;
  const second = text.indexOf('"', first + 1);
  if (second < 0 || second >= end || isSpace(text[second - 1]!) || !punctuationAfter(text, second + 1, end)) return false;
  return true;
}

/** A comma, colon or stop after a straight mark, so no quote can open there (an ellipsis "..." may open one). */
function punctuationAfter(text: string, at: number, end: number): boolean {
  const ch = at < end ? text[at]! : '';
  return /[,;:!?)]/.test(ch) || (ch === '.' && text[at + 1] !== '.');
}

/**
 * Where a quote left open before a fresh opening mark most likely ended: after the last clause-ending
 * punctuation before the new mark, or -1 when the stretch holds no clause end and is better dropped.
 */
function unclosedEnd(text: string, from: number, to: number): number {
  for (let k = to - 1; k > from + 1; k--) {
    const ch = text[k]!;
    if (CLAUSE_END.test(ch) && (k + 1 >= to || isSpace(text[k + 1]!))) return k + 1;
  }
  return -1;
}

/** Pairs double-level marks (double quotes, guillemets, low-high, corner brackets) in one scan of a unit. */
function pairDoubles(text: string, unit: Span, out: QuoteCandidate[]): void {
  let open: OpenQuote | undefined;
  // Guillemets opened again inside a guillemet quote («… «внесудебная расправа» …»), closed before the outer one.
  let nested = 0;
  // A quote inside a straight-quoted quote, written with straight marks too.
  let straightNested = false;
  DOUBLE_MARKS.lastIndex = unit.start;
  for (let match = DOUBLE_MARKS.exec(text); match && match.index < unit.end; match = DOUBLE_MARKS.exec(text)) {
    const i = match.index;
    const ch = match[0];
    const prev = i > unit.start ? text[i - 1]! : '';
    const next = i + ch.length < unit.end ? text[i + ch.length]! : '';
    if (!open) {
      // Copy that writes the inner quotes straight too ("…аэропорта "Курумоч" работала…", - сказал он) leaves a closing
      // mark over: before a comma or a stop it cannot open a quote that would run to the paragraph's end.
      if (ch === '"' && QUOTE_MARK_RULES.closingOnlyBeforePunctuation && punctuationAfter(text, i + 1, unit.end)) continue;
      open = openDouble(ch, prev, next, i) ?? reversedGuillemet(text, unit, ch, prev, i) ?? spacedCurly(text, unit, ch, prev, i);
      continue;
    }
    if (open.style === 'guillemet' && open.closers === '»') {
      if (ch === '«' && opensHere(prev, next)) nested++;
      if (ch === '»' && nested > 0) {
        nested--;
        continue;
      }
    }
    if (ch === "''" ? open.closers !== "''" : !open.closers.includes(ch)) continue;
    const symmetric = ch === '"' || (ch === '“' && open.style === 'curly-double');
    if (symmetric) {
      if (ch === '"' && isWord(prev) && isWord(next)) continue;
      if (ch === '"' && straightNested) {
        // The inner quote's closing mark; the outer quote goes on.
        straightNested = false;
        continue;
      }
      if (ch === '"' && QUOTE_MARK_RULES.closingOnlyBeforePunctuation && opensHere(prev, next) && innerStraightQuote(text, i, unit.end)) {
        straightNested = true;
        continue;
      }
      if (!closesHere(prev, next) && opensHere(prev, next)) {
        // An opener where a closer was due: the writer forgot a closing mark, so the earlier quote ends
        // with its clause and pairing starts again here.
        const end = unclosedEnd(text, open.pos, i);
        if (end > 0) out.push({ start: open.pos, end, style: open.style, closed: false });
        open = openDouble(ch, prev, next, i);
        continue;
      }
    }
    out.push({ start: open.pos, end: i + ch.length, style: open.style, closed: true });
    open = undefined;
    nested = 0;
    straightNested = false;
  }
  if (!open) return;
  const incise = open.style === 'guillemet' && open.closers === '»' ? lostCloserIncise(text, open.pos, unit.end) : -1;
  if (incise < 0) {
    out.push({ start: open.pos, end: unit.end, style: open.style, closed: false });
    return;
  }
  out.push({ start: open.pos, end: incise, style: open.style, closed: false });
  pairDoubles(text, { start: incise, end: unit.end }, out);
}

/**
 * A guillemet quote left open to its paragraph's end whose own closing mark was lost after a quote inside it
 * («… «X», чтобы …, — рассказала она …): the author's dash incise, outside every inner pair, shows where the words
 * ended. Returns the comma's offset, or -1 when the pack knows no incise or none stands there.
 */
function lostCloserIncise(text: string, from: number, to: number): number {
  const incise = QUOTE_MARK_RULES.inciseAfterComma;
  if (!incise) return -1;
  let depth = 0;
  for (let k = from + 1; k < to; k++) {
    const ch = text[k]!;
    if (ch === '«') depth++;
    else if (ch === '»' && depth > 0) depth--;
    else if (ch === ',' && depth === 0 && incise.test(text.slice(k, Math.min(to, k + 40)))) return k;
  }
  return -1;
}

function isApostrophe(text: string, i: number, unit: Span): boolean {
  const prev = i > unit.start ? text[i - 1]! : '';
  const next = i + 1 < unit.end ? text[i + 1]! : '';
  if (isWord(prev) && isWord(next)) return true;
  const ahead = text.slice(i + 1, Math.min(unit.end, i + 8));
  if (!isWord(prev) && (DECADE.test(ahead) || ELISION.test(ahead))) return true;
  // The second mark of "'n'".
  return (prev === 'n' || prev === 'N') && i - 2 >= unit.start && "'’‘".includes(text[i - 2]!) && !isWord(text[i - 3] ?? '');
}

/** Pairs single marks outside the double-level quotes, telling apostrophes and plural possessives apart. */
function pairSingles(text: string, unit: Span, doubles: readonly QuoteCandidate[], out: QuoteCandidate[]): void {
  let open: { pos: number; style: QuoteStyle } | undefined;
  let weak = -1;
  let skip = 0;
  const emit = (end: number, closed: boolean): void => {
    if (open) out.push({ start: open.pos, end, style: open.style, closed });
    open = undefined;
    weak = -1;
  };
  SINGLE_MARKS.lastIndex = unit.start;
  for (let match = SINGLE_MARKS.exec(text); match && match.index < unit.end; match = SINGLE_MARKS.exec(text)) {
    const i = match.index;
    while (skip < doubles.length && doubles[skip]!.end <= i) skip++;
    if (skip < doubles.length && doubles[skip]!.start <= i) continue;
    const ch = match[0];
    if (ch === "''" || isApostrophe(text, i, unit)) continue;
    const prev = i > unit.start ? text[i - 1]! : '';
    const next = i + 1 < unit.end ? text[i + 1]! : '';
    const canOpen = ch !== '’' && opensHere(prev, next) && (isWord(next) || '“"(…¿¡£$€'.includes(next));
    // German ‚…‘ closes with the mark English opens with.
    const canClose = (ch !== '‘' || open?.style === 'low-high') && ch !== '‚' && closesHere(prev, next);
    if (!open) {
      if (canOpen) open = { pos: i, style: ch === "'" ? 'straight-single' : ch === '‚' ? 'low-high' : 'curly-single' };
    } else if (canClose) {
      // "the workers’ party": a plural possessive looks like a closer; prefer a later, clearer one.
      const possessive = (prev === 's' || prev === 'S') && SPACE.test(next) && isWord(text[i + 2] ?? '');
      if (possessive) {
        if (weak < 0) weak = i;
      } else emit(i + 1, true);
    } else if (canOpen && weak >= 0) {
      const pos = i;
      emit(weak + 1, true);
      open = { pos, style: ch === "'" ? 'straight-single' : 'curly-single' };
    }
  }
  if (open && weak >= 0) emit(weak + 1, true);
  else if (open && (open.pos === unit.start || runsOnFromColon(text, open.pos, unit))) emit(unit.end, false);
}

/**
 * "He added: 'We will …." with no closing mark: a quote the colon hands over runs on into the next paragraph,
 * the way a paragraph-opening quote does, when its paragraph ends a sentence.
 */
function runsOnFromColon(text: string, pos: number, unit: Span): boolean {
  return /:\s*$/.test(text.slice(Math.max(unit.start, pos - 3), pos)) && /[.!?]$/.test(text.slice(unit.start, unit.end).trimEnd());
}

/** Pairs the quotation marks of one paragraph-like unit in linear time; nested quotes stay inside their outer span. */
export function pairQuotesInUnit(text: string, unit: Span): QuoteCandidate[] {
  const doubles: QuoteCandidate[] = [];
  pairDoubles(text, unit, doubles);
  const singles: QuoteCandidate[] = [];
  pairSingles(text, unit, doubles, singles);
  if (singles.length === 0) return doubles;
  const all = [...doubles, ...singles].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: QuoteCandidate[] = [];
  for (const candidate of all) {
    const last = kept[kept.length - 1];
    if (last && candidate.start < last.end) continue;
    kept.push(candidate);
  }
  return kept;
}

const SENTENCE_END = /[.!?:;"”’'»)\]」]/;

function isSingleBreak(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) breaks++;
  return breaks === 1;
}

/**
 * Groups line-paragraphs into the units quotes are paired in: a hard-wrapped paragraph (lines joined by a
 * single newline that do not end a sentence, or continue in lower case) is one unit.
 */
export function quoteUnits(text: string, paragraphs: readonly Span[]): Span[] {
  const units: Span[] = [];
  for (const paragraph of paragraphs) {
    const last = units[units.length - 1];
    if (last && isSingleBreak(text, last.end, paragraph.start)) {
      const lineStart = text.lastIndexOf('\n', last.end - 1) + 1;
      const wrapped = !SENTENCE_END.test(text[last.end - 1]!) || /^[a-z]/.test(text[paragraph.start]!);
      if (wrapped && last.end - lineStart >= 30) {
        units[units.length - 1] = { start: last.start, end: paragraph.end };
        continue;
      }
    }
    units.push({ start: paragraph.start, end: paragraph.end });
  }
  return units;
}
