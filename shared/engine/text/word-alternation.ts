/**
 * One case-insensitive alternation of many regular expressions, each matched between word boundaries, found
 * without trying every alternative at every word. A plain `\b(?:(a)|(b)|…)\b` makes the regex engine test each
 * alternative at each word start, which on a long lexicon costs more than everything the matches lead to. Here
 * each alternative's possible first letters are read from its source once, and a word start tries only the
 * alternatives its own first letters allow, in their original order: the matches are the plain alternation's.
 */

/** How many letters of a word select its alternatives; three tells most words apart from the lexicon's. */
const KEY_LETTERS = 3;
/** A key slot for "the next character is not an ASCII letter" (letters are 1 to 26, an unused slot 0). */
const NOT_LETTER = 27;
const SLOT = 28;
/** Beyond this many keys an alternative is tried at every word start rather than listed. */
const MAX_KEYS = 4096;

/** A match of the alternation: where it is and which alternative (by index, the first that matches there) it is. */
export interface WordAlternationMatch {
  readonly start: number;
  readonly end: number;
  readonly index: number;
}

type Atom = { kind: 'letters'; letters: readonly number[] } | { kind: 'not-letter' } | { kind: 'any' } | { kind: 'empty' };
type Node = Atom | { kind: 'seq'; items: Node[] } | { kind: 'alt'; options: Node[] } | { kind: 'repeat'; node: Node; min: number; max: number };

class Unreadable extends Error {}

const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isWordCode = (code: number): boolean => isAsciiLetter(code) || (code >= 48 && code <= 57) || code === 95;
const letterSlot = (code: number): number => (code | 32) - 96;

/** Parses the subset of regular-expression syntax whose first characters can be told; anything else is `any`. */
function parse(source: string): Node {
  let at = 0;
  const alternation = (): Node => {
    const options = [sequence()];
    while (source[at] === '|') {
      at++;
      options.push(sequence());
    }
    return options.length === 1 ? options[0]! : { kind: 'alt', options };
  };
  const sequence = (): Node => {
    const items: Node[] = [];
    while (at < source.length && source[at] !== '|' && source[at] !== ')') items.push(quantified(atom()));
    return { kind: 'seq', items };
  };
  const quantified = (node: Node): Node => {
    const mark = source[at];
    let min = 1;
    let max = 1;
    if (mark === '?' || mark === '*' || mark === '+') {
      at++;
      min = mark === '+' ? 1 : 0;
      max = mark === '?' ? 1 : Infinity;
    } else if (mark === '{') {
      const counts = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at));
      if (!counts) return node;
      at += counts[0].length;
      min = Number(counts[1]);
      max = counts[2] === undefined ? min : counts[3] === '' ? Infinity : Number(counts[3]);
    } else {
      return node;
    }
    if (source[at] === '?') at++;
    return { kind: 'repeat', node, min, max };
  };
  const charAtom = (char: string): Atom => {
    const code = char.charCodeAt(0);
    if (isAsciiLetter(code)) return { kind: 'letters', letters: [letterSlot(code)] };
    // Without the `u` flag a character outside ASCII never matches an ASCII letter, whatever its case.
    return { kind: 'not-letter' };
  };
  const classAtom = (body: string): Atom => {
    if (body.startsWith('^')) return { kind: 'any' };
    const letters = new Set<number>();
    let others = false;
    for (let k = 0; k < body.length; k++) {
      if (body[k] === '\\') {
        const escaped = body[k + 1] ?? '';
        k++;
        if (escaped === 's' || escaped === 'd') others = true;
        else if (/[A-Za-z0-9]/.test(escaped)) return { kind: 'any' };
        else others = true;
        continue;
      }
      const first = body.charCodeAt(k);
      const last = body[k + 1] === '-' && k + 2 < body.length && body[k + 2] !== '\\' ? body.charCodeAt(k + 2) : first;
      if (last !== first) k += 2;
      for (let code = first; code <= last; code++) {
        if (isAsciiLetter(code)) letters.add(letterSlot(code));
        else others = true;
      }
    }
    if (others && letters.size > 0) return { kind: 'any' };
    return others ? { kind: 'not-letter' } : { kind: 'letters', letters: [...letters] };
  };
  const atom = (): Node => {
    const char = source[at]!;
    at++;
    if (char === '(') {
      const opening = /^\?(?::|=|!|<=|<!)/.exec(source.slice(at, at + 3))?.[0] ?? '';
      if (opening === '' && source[at] === '?') throw new Unreadable();
      at += opening.length;
      const zeroWidth = opening.length > 0 && opening !== '?:';
      const inner = alternation();
      if (source[at] !== ')') throw new Unreadable();
      at++;
      // A look-around consumes nothing, so leaving out its condition only widens the letters allowed.
      return zeroWidth ? { kind: 'empty' } : inner;
    }
    if (char === '[') {
      let end = at;
      if (source[end] === ']') end++;
      while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
      if (end >= source.length) throw new Unreadable();
      const body = source.slice(at, end);
      at = end + 1;
      return classAtom(body);
    }
    if (char === '\\') {
      const escaped = source[at] ?? '';
      at++;
      if (escaped === 'b' || escaped === 'B') return { kind: 'empty' };
      if (escaped === 's' || escaped === 'd' || escaped === 'W' || escaped === 'S' || escaped === 'D') {
        return escaped === 's' || escaped === 'd' || escaped === 'W' ? { kind: 'not-letter' } : { kind: 'any' };
      }
      if (/[A-Za-z0-9]/.test(escaped)) return { kind: 'any' };
      return charAtom(escaped);
    }
    if (char === '^' || char === '$') return { kind: 'empty' };
    if (char === '.') return { kind: 'any' };
    if (char === ')' || char === '|' || char === '*' || char === '+' || char === '?' || char === '{') throw new Unreadable();
    return charAtom(char);
  };
  const node = alternation();
  if (at !== source.length) throw new Unreadable();
  return node;
}

/**
 * The keys a match of `node` can start with, given the keys read so far: each key is up to KEY_LETTERS
 * letter slots, closed by NOT_LETTER when a character other than an ASCII letter comes first. Keys still
 * open when the node ends are returned as `open`; the others are `done`.
 */
function keysOf(node: Node, open: ReadonlySet<string>, done: Set<string>): Set<string> {
  if (open.size === 0) return new Set();
  switch (node.kind) {
    case 'empty':
      return new Set(open);
    case 'any':
      throw new Unreadable();
    case 'not-letter':
      for (const key of open) done.add(key + String.fromCharCode(NOT_LETTER));
      return new Set();
    case 'letters': {
      const next = new Set<string>();
      for (const key of open) {
        for (const slot of node.letters) {
          const longer = key + String.fromCharCode(slot);
          if (longer.length === KEY_LETTERS) done.add(longer);
          else next.add(longer);
        }
      }
      if (done.size + next.size > MAX_KEYS) throw new Unreadable();
      return next;
    }
    case 'seq':
      return node.items.reduce<ReadonlySet<string>>((keys, item) => keysOf(item, keys, done), open) as Set<string>;
    case 'alt': {
      const next = new Set<string>();
      for (const option of node.options) for (const key of keysOf(option, open, done)) next.add(key);
      return next;
    }
    case 'repeat': {
      const next = new Set<string>(node.min === 0 ? open : []);
      let keys: ReadonlySet<string> = open;
      // Every key is closed after KEY_LETTERS letters, so a few rounds reach every key a longer repeat could.
      const rounds = Math.min(node.max, KEY_LETTERS + 1 + node.min);
      for (let round = 1; round <= rounds && keys.size > 0; round++) {
        keys = keysOf(node.node, keys, done);
        if (round >= node.min) for (const key of keys) next.add(key);
      }
      return next;
    }
  }
}

/** The word-start keys an alternative can match at, or undefined when its source cannot be read that way. */
function startKeys(source: string): Set<string> | undefined {
  try {
    const done = new Set<string>();
    const open = keysOf(parse(source), new Set(['']), done);
    // An alternative ending early is followed by the closing word boundary, so by no ASCII letter.
    for (const key of open) {
      if (key === '') return undefined;
      done.add(key + String.fromCharCode(NOT_LETTER));
    }
    return done;
  } catch (error) {
    if (error instanceof Unreadable) return undefined;
    throw error;
  }
}

function keyCode(key: string): number {
  let code = 0;
  for (let k = 0; k < KEY_LETTERS; k++) code = code * SLOT + (k < key.length ? key.charCodeAt(k) : 0);
  return code;
}

interface Bucket {
  readonly indexes: readonly number[];
  /** The bucket's alternatives in one sticky expression, one capturing group each; none for an empty bucket. */
  readonly expression: RegExp | undefined;
}

const NO_BUCKET: Bucket = { indexes: [], expression: undefined };

function bucketExpression(sources: readonly string[], indexes: readonly number[]): RegExp {
  const alternatives = indexes.map((index) => `(${sources[index]!})`).join('|');
  return new RegExp(String.raw`\b(?:${alternatives})\b`, 'iy');
}

/** Scans a text for the first of many alternatives at each place, trying at each word only those that can start it. */
export class WordAlternation {
  private readonly buckets: Bucket[] = [];
  /** For each key code, its bucket's index in `buckets`; 0 is the bucket of the alternatives tried everywhere. */
  private readonly byKey = new Uint16Array(SLOT ** KEY_LETTERS);

  /**
   * `sources` are regular-expression sources without capturing groups, matched case-insensitively (without
   * the `u` flag) between word boundaries; an earlier source wins over a later one at the same place.
   */
  constructor(sources: readonly string[]) {
    const keyed = new Map<number, number[]>();
    // Alternatives whose first letters cannot be read are tried at every word boundary.
    const unread: number[] = [];
    sources.forEach((source, index) => {
      const keys = startKeys(source);
      if (!keys) {
        unread.push(index);
        return;
      }
      for (const key of keys) {
        const code = keyCode(key);
        const list = keyed.get(code) ?? [];
        list.push(index);
        keyed.set(code, list);
      }
    });
    const shared = new Map<string, number>();
    const bucketIndex = (indexes: readonly number[]): number => {
      const all = [...new Set([...indexes, ...unread])].sort((a, b) => a - b);
      const name = all.join(',');
      let found = shared.get(name);
      if (found === undefined) {
        found = this.buckets.length;
        this.buckets.push({ indexes: all, expression: all.length > 0 ? bucketExpression(sources, all) : undefined });
        shared.set(name, found);
      }
      return found;
    };
    bucketIndex([]);
    for (const [code, indexes] of keyed) this.byKey[code] = bucketIndex(indexes);
  }

  /** The alternatives that may match at `position`, in order (a superset of those that do). */
  candidatesAt(text: string, position: number): readonly number[] {
    return this.bucketAt(text, position).indexes;
  }

  /** The first match at or after `from`, as the plain alternation `\b(?:(a)|(b)|…)\b` would find it. */
  exec(text: string, from: number): WordAlternationMatch | undefined {
    const length = text.length;
    let previousIsWord = from > 0 && isWordCode(text.charCodeAt(from - 1));
    for (let position = from; position < length; position++) {
      const isWord = isWordCode(text.charCodeAt(position));
      // A match starts at a word boundary; the first position is left to the expression's own `\b`.
      const boundary = isWord !== previousIsWord || position === 0;
      previousIsWord = isWord;
      if (!boundary) continue;
      const { expression, indexes } = this.buckets[this.byKey[keyAt(text, position)]!]!;
      if (!expression) continue;
      expression.lastIndex = position;
      const match = expression.exec(text);
      if (!match) continue;
      let group = 1;
      while (match[group] === undefined) group++;
      return { start: position, end: position + match[0].length, index: indexes[group - 1]! };
    }
    return undefined;
  }

  /** The bucket of alternatives that may match at `position`: none off a word boundary, else by the key there. */
  private bucketAt(text: string, position: number): Bucket {
    if (position > 0 && isWordCode(text.charCodeAt(position - 1)) === isWordCode(text.charCodeAt(position))) return NO_BUCKET;
    return this.buckets[this.byKey[keyAt(text, position)]!]!;
  }
}

/** The key code of the letters at `position`: up to KEY_LETTERS letter slots, closed by NOT_LETTER. */
function keyAt(text: string, position: number): number {
  let key = 0;
  let k = 0;
  for (; k < KEY_LETTERS; k++) {
    const next = text.charCodeAt(position + k);
    if (!isAsciiLetter(next)) break;
    key = key * SLOT + letterSlot(next);
  }
  if (k === KEY_LETTERS) return key;
  key = key * SLOT + NOT_LETTER;
  for (k++; k < KEY_LETTERS; k++) key *= SLOT;
  return key;
}
