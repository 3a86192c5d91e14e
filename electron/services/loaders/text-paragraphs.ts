import { startsBoilerplate } from './boilerplate';
import { isAllCapsLine, isDatelineOnly, parseByline } from './text-structure';

/** A line of plain text: its content without surrounding whitespace, and how far it is indented. */
interface TextLine {
  readonly content: string;
  readonly indent: number;
  /** Display length, indentation included, as a wrapping tool counts it. */
  readonly length: number;
}

/** Widest wrap we recognise; longer lines are whole paragraphs written on one line. */
const MAX_WRAP_WIDTH = 100;
const MIN_WRAP_WIDTH = 30;
const TAB_WIDTH = 4;

function toLine(raw: string): TextLine {
  const content = raw.trim();
  const leading = /^[ \t\u00a0]*/.exec(raw)?.[0] ?? '';
  let indent = 0;
  for (const char of leading) indent += char === '\t' ? TAB_WIDTH : 1;
  return { content, indent, length: content.length === 0 ? 0 : indent + content.length };
}

/** Splits text into lines, treating every line-break convention (and page breaks) alike. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n|\f|\u2028|\u2029/);
}

/**
 * The width the text was hard-wrapped at, or null when lines are whole paragraphs. Wrapped text
 * has many lines close to one width, and (almost) none beyond it.
 */
export function detectWrapWidth(lines: readonly string[]): number | null {
  const lengths = lines.map((line) => toLine(line).length).filter((length) => length > 0);
  const short = lengths.filter((length) => length <= MAX_WRAP_WIDTH);
  if (short.length < 3 || lengths.length - short.length > lengths.length * 0.1) return null;
  // reduce rather than spread: a long file has more lines than a call may take arguments.
  const width = short.reduce((widest, length) => Math.max(widest, length), 0);
  if (width < MIN_WRAP_WIDTH) return null;
  const nearWidth = short.filter((length) => length >= width * 0.75).length;
  return nearWidth >= Math.max(2, short.length * 0.3) ? width : null;
}

function firstWordLength(line: TextLine): number {
  return /^\S*/.exec(line.content)?.[0].length ?? 0;
}

/** Joins two wrapped lines; a line ending in a hyphen after a letter is a compound split at its hyphen. */
function joinLines(previous: string, next: string): string {
  if (/\p{L}-$/u.test(previous) && /^\p{L}/u.test(next)) return previous + next;
  return `${previous} ${next}`;
}

/** Lines that never merge with their neighbours: headlines, datelines, bylines, furniture. */
function standsAlone(line: TextLine, capsHeadings: boolean): boolean {
  return (
    startsBoilerplate(line.content) ||
    isDatelineOnly(line.content) ||
    parseByline(line.content) !== null ||
    // A capitals line closing a bracket or a clause ("via REUTERS)") ends a wrapped sentence; it is no headline.
    (capsHeadings && isAllCapsLine(line.content) && !/[),;.]$/.test(line.content))
  );
}

/** Whether the break between two lines of one chunk is the wrapping tool's rather than the author's. */
function isSoftBreak(previous: TextLine, next: TextLine, width: number, baseIndent: number): boolean {
  if (previous.length > width || next.length > width) return false;
  // Paragraphs marked by indenting their first line.
  if (next.indent > baseIndent) return false;
  // A compound split at its hyphen, continued in lower case, is one paragraph whatever the widths say.
  if (/\p{L}-$/u.test(previous.content) && /^\p{Ll}/u.test(next.content)) return true;
  // A wrapping tool moves a word down only when it does not fit; if it would have fit, the author broke the line.
  const gap = previous.content.endsWith('-') ? 0 : 1;
  return previous.length + gap + firstWordLength(next) > width;
}

/**
 * Splits plain text into paragraph texts: blank lines always separate paragraphs; inside a run of
 * lines, hard-wrapped lines are joined back and indentation starts a new paragraph; otherwise each
 * line is its own paragraph.
 */
export function splitPlainTextParagraphs(text: string): string[] {
  const rawLines = splitLines(text);
  const lines = rawLines.map(toLine);
  const documentWidth = detectWrapWidth(rawLines);
  const nonEmpty = lines.filter((line) => line.content.length > 0);
  // Old telex copy is all capitals: then capitals say nothing about headlines.
  const capsHeadings = nonEmpty.filter((line) => isAllCapsLine(line.content)).length <= nonEmpty.length * 0.5;

  const paragraphs: string[] = [];
  let chunk: TextLine[] = [];
  const flushChunk = (): void => {
    if (chunk.length === 0) return;
    const baseIndent = chunk.reduce((least, line) => Math.min(least, line.indent), Infinity);
    // A run of several lines shows its own width; a pair of lines can only be judged by the whole text.
    const width = chunk.length >= 3 ? detectWrapWidth(chunk.map((line) => ' '.repeat(line.indent) + line.content)) : documentWidth;
    const alone = width === null ? [] : chunk.map((line) => standsAlone(line, capsHeadings));
    let current = chunk[0]!.content;
    for (let index = 1; index < chunk.length; index++) {
      const previous = chunk[index - 1]!;
      const next = chunk[index]!;
      const soft = width !== null && !alone[index - 1] && !alone[index] && isSoftBreak(previous, next, width, baseIndent);
      if (soft) current = joinLines(current, next.content);
      else {
        paragraphs.push(current);
        current = next.content;
      }
    }
    paragraphs.push(current);
    chunk = [];
  };
  for (const line of lines) {
    if (line.content.length === 0) flushChunk();
    else chunk.push(line);
  }
  flushChunk();
  const cleaned = paragraphs.map((paragraph) => paragraph.replace(/\s+/g, ' ').trim()).filter((paragraph) => paragraph.length > 0);
  return joinBrokenSentences(cleaned, capsHeadings);
}

/** A paragraph that ends where a sentence, a quotation or a dateline can end. */
const ENDS_SENTENCE = /(?:[.!?:…"'”’»)\]]|--|—|–)$/u;
/** A paragraph that stops inside a clause: after a comma, or on a word a sentence never ends with. */
const ENDS_MID_CLAUSE =
  /(?:[,;]|\b(?:the|a|an|of|to|in|and|or|but|for|with|by|at|on|from|that|as|its|their|his|her|our|was|were|is|are|be|said|told|than|into|over|under|after|before))$/iu;

/**
 * Joins a paragraph break that falls inside a sentence ("… but Iraq said all were" / "repulsed with
 * heavy loss of life."): a wire system's wrap or a page break is not the author's paragraph. Only
 * when the first part does not end a sentence and the second plainly continues it (lower case, or
 * the first stops on a comma or a word no sentence ends with); headlines, datelines, bylines and
 * furniture are never joined.
 */
export function joinBrokenSentences(paragraphs: readonly string[], capsHeadings = true): string[] {
  const result: string[] = [];
  const alone = (text: string): boolean =>
    startsBoilerplate(text) || isDatelineOnly(text) || parseByline(text) !== null || (capsHeadings && isAllCapsLine(text));
  for (const paragraph of paragraphs) {
    const previous = result[result.length - 1];
    const continues =
      previous !== undefined &&
      !ENDS_SENTENCE.test(previous) &&
      !alone(previous) &&
      !alone(paragraph) &&
      (/^\p{Ll}/u.test(paragraph) || ENDS_MID_CLAUSE.test(previous));
    if (continues) result[result.length - 1] = joinLines(previous, paragraph);
    else result.push(paragraph);
  }
  return result;
}
