import { readFileSync } from 'node:fs';
import type { LayerId } from '../shared/model/layers';
import { isLayerId } from '../shared/model/layers';

/** One annotated span, located like a W3C TextQuoteSelector (ANNOTATION.md). */
export interface GoldSpan {
  readonly layer: LayerId;
  readonly exact: string;
  readonly prefix?: string;
  readonly suffix?: string;
  readonly speaker?: string;
  readonly speakerAlt?: readonly string[];
  readonly outlet?: string;
  readonly country?: string;
  readonly cue?: string;
  readonly note?: string;
}

/** A gold file: the annotated spans of one article. */
export interface GoldFile {
  readonly id: string;
  readonly file: string;
  readonly spans: readonly GoldSpan[];
}

/** A gold span with its offsets in the analysed text. */
export interface LocatedGoldSpan extends GoldSpan {
  readonly start: number;
  readonly end: number;
}

/** Reads and checks the shape of a gold file. */
export function readGoldFile(path: string): GoldFile {
  const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (typeof data !== 'object' || data === null) throw new Error(`${path}: not a JSON object`);
  const { id, file, spans } = data as Record<string, unknown>;
  if (typeof id !== 'string' || typeof file !== 'string' || !Array.isArray(spans)) {
    throw new Error(`${path}: needs "id", "file" and "spans"`);
  }
  spans.forEach((span: unknown, index) => {
    const record = span as Record<string, unknown>;
    if (!isLayerId(record['layer']) || typeof record['exact'] !== 'string' || record['exact'].length === 0) {
      throw new Error(`${path}: span ${index} needs a known "layer" and a non-empty "exact"`);
    }
  });
  return data as GoldFile;
}

const DOUBLE_QUOTES = /[“”„‟«»"″「」『』]/;
const SINGLE_QUOTES = /[‘’‚‛‹›'′`]/;

/** Text folded as the benchmark folds it, with a map from folded to original offsets. */
interface FoldedText {
  readonly folded: string;
  /** `origin[i]` is the original offset of folded character i; `origin[folded.length]` is the end. */
  readonly origin: readonly number[];
}

function foldCharacter(ch: string): string {
  if (DOUBLE_QUOTES.test(ch)) return '"';
  if (SINGLE_QUOTES.test(ch)) return "'";
  return ch;
}

/** Folds whitespace runs to one space and quotation-mark variants to ASCII quotes. */
export function foldText(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (folded.endsWith(' ')) continue;
      folded += ' ';
    } else {
      folded += foldCharacter(ch);
    }
    origin.push(i);
  }
  origin.push(text.length);
  return { folded, origin };
}

function foldPattern(pattern: string): string {
  return foldText(pattern).folded;
}

/** Every offset in `haystack` where `needle` starts. */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** Candidate offsets (in folded text) of a gold span after applying its prefix and suffix. */
function candidates(folded: string, span: GoldSpan): number[] {
  const exact = foldPattern(span.exact);
  const prefix = span.prefix === undefined ? undefined : foldPattern(span.prefix).trimStart();
  const suffix = span.suffix === undefined ? undefined : foldPattern(span.suffix).trimEnd();
  return occurrences(folded, exact).filter((at) => {
    if (prefix !== undefined && !folded.slice(0, at).replace(/ $/, '').endsWith(prefix.replace(/ $/, ''))) return false;
    if (
      suffix !== undefined &&
      !folded
        .slice(at + exact.length)
        .replace(/^ /, '')
        .startsWith(suffix.replace(/^ /, ''))
    )
      return false;
    return true;
  });
}

/** Problems found while locating gold spans: missing or ambiguous ones. */
export interface LocateProblem {
  readonly span: GoldSpan;
  readonly problem: 'not-found' | 'ambiguous';
}

/** Locates every gold span in the analysed text; spans that cannot be located are reported, not guessed. */
export function locateGoldSpans(text: string, gold: GoldFile): { located: LocatedGoldSpan[]; problems: LocateProblem[] } {
  const { folded, origin } = foldText(text);
  const located: LocatedGoldSpan[] = [];
  const problems: LocateProblem[] = [];
  for (const span of gold.spans) {
    const found = candidates(folded, span);
    if (found.length === 0) {
      problems.push({ span, problem: 'not-found' });
      continue;
    }
    if (found.length > 1) problems.push({ span, problem: 'ambiguous' });
    const at = found[0]!;
    const length = foldPattern(span.exact).length;
    located.push({ ...span, start: origin[at]!, end: origin[at + length - 1]! + 1 });
  }
  return { located, problems };
}
