/** A registered phrase and what it stands for. */
import { lowerBound } from '../../util/lower-bound';
interface Entry<T> {
  readonly tokens: readonly string[];
  /** Upper-case forms of the tokens, matched in ALL-CAPS copy when `upperIsCaps` allows it. */
  readonly upper: readonly string[];
  /** Whether each upper-case form is a real ALL-CAPS word (two or more characters with a cased letter). */
  readonly upperIsCaps: readonly boolean[];
  /** Normalised separators between tokens ("'" for apostrophes, " " for spaces and hyphens, "." ...). */
  readonly gaps: readonly string[];
  readonly value: T;
}

/** A phrase found in the text. */
export interface PhraseMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly value: T;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** An opening quote in a gap, whatever its style, stands for the guillemet aliases use ("РИА "Новости"" is "РИА «Новости»"). */
function normaliseGap(gap: string): string {
  return gap
    .replace(/[’‘`ʼ]/g, "'")
    .replace(/[\s\-‐‑–]+/g, ' ')
    .replace(/ ["„“]$/, ' «');
}

function isAllCaps(token: string): boolean {
  return token.length > 1 && token === token.toUpperCase() && token !== token.toLowerCase();
}

/** Word tokens of a text as parallel offset arrays, computed once and shared by every index. */
export interface Tokens {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Word-character class per UTF-16 code unit (0 unknown, 1 word, 2 not), filled lazily so start-up stays cheap. */
const CHAR_CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c++) CHAR_CLASS[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 2;
for (let c = 0xd800; c <= 0xdfff; c++) CHAR_CLASS[c] = 2;

function isWordCode(c: number): boolean {
  let cls = CHAR_CLASS[c]!;
  if (cls === 0) cls = CHAR_CLASS[c] = NON_ASCII_WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return cls === 1;
}

/** Splits text into maximal runs of letters and digits with a table-driven loop: 1 MB in a few milliseconds. */
export function tokenize(text: string): Tokens {
  const n = text.length;
  let starts = new Int32Array(Math.max(16, n >> 3));
  let ends = new Int32Array(starts.length);
  let count = 0;
  let i = 0;
  while (i < n) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i++;
    while (i < n && isWordCode(text.charCodeAt(i))) i++;
    if (count === starts.length) {
      const grownStarts = new Int32Array(count * 2);
      grownStarts.set(starts);
      starts = grownStarts;
      const grownEnds = new Int32Array(count * 2);
      grownEnds.set(ends);
      ends = grownEnds;
    }
    starts[count] = start;
    ends[count++] = i;
  }
  return { starts: starts.subarray(0, count), ends: ends.subarray(0, count) };
}

/** First token index whose start is at or after `offset` (binary search over the sorted starts). */
function firstTokenFrom(starts: Int32Array, offset: number): number {
  return lowerBound(starts.length, (index) => starts[index]! < offset);
}

/**
 * The tokens lying wholly inside `span`, as an index range into `tokens`, or undefined when a token
 * straddles an edge: only then would tokenising the slice on its own give different words.
 */
export function tokenRange(tokens: Tokens, span: { readonly start: number; readonly end: number }): { readonly from: number; readonly to: number } | undefined {
  const { starts, ends } = tokens;
  const from = firstTokenFrom(starts, span.start);
  const to = firstTokenFrom(starts, span.end);
  if (from > 0 && ends[from - 1]! > span.start) return undefined;
  if (to > from && ends[to - 1]! > span.end) return undefined;
  return { from, to };
}

/**
 * A small integer standing for a word's first two characters and length, for cheap pre-filtering
 * without slicing; kept under 2^30 so sets hold it unboxed (collisions only let a word through).
 */
export function prefixKey(text: string, start: number, length: number): number {
  const second = length > 1 ? text.charCodeAt(start + 1) & 0x3ff : 0;
  return (((text.charCodeAt(start) & 0x3fff) << 16) | (second << 6) | Math.min(length, 63)) & 0x3fffffff;
}

/** Like `prefixKey` but also keyed on the last character: sharper for exact words ("THAT" is not "THAI"). */
function wordKey(text: string, start: number, length: number): number {
  const second = length > 1 ? text.charCodeAt(start + 1) & 0xff : 0;
  const last = text.charCodeAt(start + length - 1) & 0xff;
  return (((text.charCodeAt(start) & 0xff) << 22) | (second << 14) | (last << 6) | Math.min(length, 63)) & 0x3fffffff;
}

/**
 * Finds registered multi-word phrases by their first token, matching case-sensitively (so "rt" or
 * "Sana" never match RT or SANA) and also in ALL-CAPS wire copy; word boundaries come from tokens.
 */
export class PhraseIndex<T> {
  /** Entries by the `wordKey` of their first word (as written and in capitals): no word of the text is ever sliced. */
  private readonly byFirstKey = new Map<number, Entry<T>[]>();
  /** Code units that start a registered phrase: one array load rejects most lowercase words. */
  private readonly firstCodes = new Uint8Array(65536);

  /** Registers a phrase; longer phrases win over shorter ones starting at the same word. */
  add(phrase: string, value: T): void {
    const tokens: string[] = [];
    const gaps: string[] = [];
    let last = -1;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(phrase); m; m = WORD.exec(phrase)) {
      if (last >= 0) gaps.push(normaliseGap(phrase.slice(last, m.index)));
      tokens.push(m[0]);
      last = m.index + m[0].length;
    }
    if (tokens.length === 0) return;
    const upper = tokens.map((t) => t.toUpperCase());
    const entry: Entry<T> = { tokens, upper, upperIsCaps: upper.map(isAllCaps), gaps, value };
    for (const key of new Set([tokens[0]!, tokens[0]!.toUpperCase()])) {
      this.firstCodes[key.charCodeAt(0)] = 1;
      const hash = wordKey(key, 0, key.length);
      const list = this.byFirstKey.get(hash) ?? [];
      if (list.includes(entry)) continue;
      list.push(entry);
      list.sort((a, b) => b.tokens.length - a.tokens.length);
      this.byFirstKey.set(hash, list);
    }
  }

  /**
   * All non-overlapping matches, leftmost-longest, in text order; `from`/`to` limit the search to a
   * token range, so a phrase of a long text is searched without tokenising a copy of it.
   */
  findAll(text: string, tokens: Tokens, from = 0, to = tokens.starts.length): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const { starts, ends } = tokens;
    const count = to;
    for (let i = from; i < count; i++) {
      const firstStart = starts[i]!;
      if (this.firstCodes[text.charCodeAt(firstStart)] === 0) continue;
      const candidates = this.byFirstKey.get(wordKey(text, firstStart, ends[i]! - firstStart));
      if (!candidates) continue;
      for (const entry of candidates) {
        const n = entry.tokens.length;
        // Most entries sharing a first word ("The ...") differ in the next word's length: reject those cheaply.
        // The first word itself is compared in `matchesAt`, since a key can stand for several words.
        if (i + n > count || (n > 1 && ends[i + 1]! - starts[i + 1]! !== entry.tokens[1]!.length)) continue;
        if (!this.matchesAt(text, starts, ends, i, entry)) continue;
        out.push({ start: firstStart, end: ends[i + n - 1]!, value: entry.value });
        i += n - 1;
        break;
      }
    }
    return out;
  }

  /**
   * Whether an entry's tokens follow token `i`: each token as registered or, in ALL-CAPS copy, in
   * capitals (the first token decides, so "The NEW" never matches); compares in place without slicing.
   */
  private matchesAt(text: string, starts: Int32Array, ends: Int32Array, i: number, entry: Entry<T>): boolean {
    const firstLength = ends[i]! - starts[i]!;
    const capsCopy = firstLength === entry.upper[0]!.length && entry.upperIsCaps[0]! && text.startsWith(entry.upper[0]!, starts[i]!);
    for (let j = 0; j < entry.tokens.length; j++) {
      const start = starts[i + j]!;
      const length = ends[i + j]! - start;
      const want = entry.tokens[j]!;
      if (length !== want.length) return false;
      const plain = text.startsWith(want, start);
      if (!plain && !(entry.upperIsCaps[j]! && (j > 0 || capsCopy) && text.startsWith(entry.upper[j]!, start))) return false;
      if (j > 0) {
        const gap = text.slice(ends[i + j - 1]!, start);
        const wanted = entry.gaps[j - 1]!;
        if (gap !== wanted && normaliseGap(gap) !== wanted) return false;
      }
    }
    return true;
  }
}
