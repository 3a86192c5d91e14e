/** A registered phrase and what it stands for. */
interface Entry<T> {
  readonly tokens: readonly string[];
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

function normaliseGap(gap: string): string {
  return gap.replace(/[’‘`ʼ]/g, "'").replace(/[\s\-‐‑–]+/g, ' ');
}

function isAllCaps(token: string): boolean {
  return token.length > 1 && token === token.toUpperCase() && token !== token.toLowerCase();
}

/** Word tokens of a text as parallel offset arrays, computed once and shared by every index. */
export interface Tokens {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return NON_ASCII_WORD_CHAR.test(text[i]!);
}

/** Splits text into maximal runs of letters and digits; a char-code loop keeps 1 MB well under 10 ms. */
export function tokenize(text: string): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordChar(text, i)) i++;
    starts.push(start);
    ends.push(i);
  }
  return { starts, ends };
}

/**
 * Finds registered multi-word phrases by their first token, matching case-sensitively (so "rt" or
 * "Sana" never match RT or SANA) and also in ALL-CAPS wire copy; word boundaries come from tokens.
 */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  /** First characters of registered phrases: most words are rejected without slicing the text. */
  private readonly firstChars = new Set<number>();

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
    const entry: Entry<T> = { tokens, gaps, value };
    for (const key of new Set([tokens[0]!, tokens[0]!.toUpperCase()])) {
      this.firstChars.add(key.charCodeAt(0));
      const list = this.byFirst.get(key) ?? [];
      list.push(entry);
      list.sort((a, b) => b.tokens.length - a.tokens.length);
      this.byFirst.set(key, list);
    }
  }

  /** All non-overlapping matches, leftmost-longest, in text order. */
  findAll(text: string, tokens: Tokens): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const { starts, ends } = tokens;
    for (let i = 0; i < starts.length; i++) {
      if (!this.firstChars.has(text.charCodeAt(starts[i]!))) continue;
      const first = text.slice(starts[i]!, ends[i]!);
      const candidates = this.byFirst.get(first);
      if (!candidates) continue;
      for (const entry of candidates) {
        const n = entry.tokens.length;
        if (i + n > starts.length) continue;
        let ok = true;
        for (let j = 0; j < n && ok; j++) {
          const token = text.slice(starts[i + j]!, ends[i + j]!);
          const want = entry.tokens[j]!;
          ok = token === want || (isAllCaps(token) && token === want.toUpperCase() && (j > 0 || isAllCaps(first)));
          if (ok && j > 0) ok = normaliseGap(text.slice(ends[i + j - 1]!, starts[i + j]!)) === entry.gaps[j - 1];
        }
        if (!ok) continue;
        out.push({ start: starts[i]!, end: ends[i + n - 1]!, value: entry.value });
        i += n - 1;
        break;
      }
    }
    return out;
  }
}
