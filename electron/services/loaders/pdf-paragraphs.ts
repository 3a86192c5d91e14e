import type { LoaderBlock } from './blocks-article';

/** A run of text as a PDF's text layer gives it, positioned on its page (PDF units, y upwards). */
export interface PdfTextRun {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Font height. */
  readonly size: number;
}

/** One page of a PDF's text layer. */
export interface PdfPageText {
  readonly height: number;
  readonly runs: readonly PdfTextRun[];
}

/** A line of text rebuilt from runs that share a baseline. */
export interface PdfLine {
  readonly text: string;
  readonly page: number;
  readonly x: number;
  readonly right: number;
  readonly y: number;
  readonly size: number;
}

/** Lines this close to a page edge (share of the page height) may be running headers, footers or page numbers. */
const EDGE_ZONE = 0.12;
/** A header or footer text (digits aside) on at least this share of pages repeats and is furniture. */
const REPEAT_SHARE = 0.5;
const PAGE_NUMBER = /^(?:page\s+)?\d{1,4}(?:\s*(?:\/|of)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$/i;
const BULLET = /^[•◦▪‣●○■□·]\s+/;

function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]!;
}

function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}

/** The value that covers the most characters: the body text's font size, left margin or line spacing. */
function dominant(values: readonly { value: number; weight: number }[]): number {
  const totals = new Map<number, number>();
  for (const { value, weight } of values) {
    const key = Math.round(value * 2) / 2;
    totals.set(key, (totals.get(key) ?? 0) + weight);
  }
  let best = 0;
  let bestWeight = -1;
  for (const [value, weight] of totals) {
    if (weight > bestWeight) {
      best = value;
      bestWeight = weight;
    }
  }
  return best;
}

/** Groups a page's runs into lines, top to bottom, inserting spaces where runs are apart. */
export function linesOfPage(page: PdfPageText, pageIndex: number): PdfLine[] {
  const runs = page.runs.filter((run) => run.text.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextRun[][] = [];
  for (const run of runs) {
    const current = groups[groups.length - 1];
    const anchor = current?.[0];
    if (current && anchor && Math.abs(anchor.y - run.y) <= Math.max(anchor.size, run.size) * 0.4) current.push(run);
    else groups.push([run]);
  }
  const lines: PdfLine[] = [];
  for (const group of groups) {
    group.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const run of group) {
      const gap = run.x - end;
      // Runs split inside a word abut; a visible gap between them is a space the PDF did not encode.
      if (text.length > 0 && gap > run.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(run.text)) text += ' ';
      text += run.text;
      end = Math.max(end, run.x + run.width);
    }
    const trimmed = text.replace(/\s+/g, ' ').trim();
    if (trimmed.length === 0) continue;
    lines.push({
      text: trimmed,
      page: pageIndex,
      x: group[0]!.x,
      right: end,
      y: median(group.map((run) => run.y)),
      size: median(group.map((run) => run.size)),
    });
  }
  return lines;
}

function furnitureKey(text: string): string {
  return text.replace(/\d+/g, '#').toLowerCase();
}

/**
 * Splits lines into body lines and furniture: page numbers, and lines at the top or bottom edge
 * that repeat on most pages (running headers and footers) or are set far smaller than the body,
 * as browsers print the title, address and date.
 */
export function separateFurniture(pages: readonly PdfPageText[], lines: readonly PdfLine[]): { body: PdfLine[]; furniture: Map<PdfLine, string> } {
  const bodySize = dominant(lines.map((line) => ({ value: line.size, weight: line.text.length })));
  const inEdge = (line: PdfLine): boolean => {
    const height = pages[line.page]?.height ?? 0;
    return line.y > height * (1 - EDGE_ZONE) || line.y < height * EDGE_ZONE;
  };
  const edgeKeys = new Map<string, Set<number>>();
  for (const line of lines) {
    if (!inEdge(line)) continue;
    const key = furnitureKey(line.text);
    const pagesWith = edgeKeys.get(key) ?? new Set<number>();
    pagesWith.add(line.page);
    edgeKeys.set(key, pagesWith);
  }
  const furniture = new Map<PdfLine, string>();
  const body: PdfLine[] = [];
  for (const line of lines) {
    const edge = inEdge(line);
    if (edge && PAGE_NUMBER.test(line.text)) furniture.set(line, 'page number');
    else if (edge && pages.length >= 2 && (edgeKeys.get(furnitureKey(line.text))?.size ?? 0) >= Math.max(2, pages.length * REPEAT_SHARE)) {
      furniture.set(line, 'running header or footer');
    } else if (edge && line.size < bodySize * 0.75) furniture.set(line, 'running header or footer');
    else body.push(line);
  }
  return { body, furniture };
}

/**
 * Joins a line to the paragraph before it. A hyphen at the end of a line is a compound split at
 * its hyphen unless the document spells the word elsewhere without it (then it is hyphenation).
 */
function joinLine(paragraph: string, next: string, vocabulary: ReadonlySet<string>): string {
  if (/\u00ad$/.test(paragraph)) return paragraph.slice(0, -1) + next;
  const split = /(\p{L}+)-$/u.exec(paragraph);
  const continued = /^(\p{Ll}+)/u.exec(next);
  if (split && continued) {
    const whole = `${split[1]}${continued[1]}`.toLowerCase();
    const compound = `${split[1]}-${continued[1]}`.toLowerCase();
    if (vocabulary.has(whole) && !vocabulary.has(compound)) return paragraph.slice(0, -1) + next;
    return paragraph + next;
  }
  return `${paragraph} ${next}`;
}

function vocabularyOf(lines: readonly PdfLine[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines) {
    for (const word of line.text.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? []) words.add(word);
  }
  return words;
}

/**
 * Rebuilds paragraphs from a PDF's text layer: lines are joined while they continue one another
 * (same size, ordinary line spacing, the previous line running to the margin), across page breaks
 * too; larger type is a heading; bullets start list items; furniture is returned for the record.
 */
export function pdfBlocks(pages: readonly PdfPageText[]): LoaderBlock[] {
  const lines = pages.flatMap((page, index) => linesOfPage(page, index));
  const { body, furniture } = separateFurniture(pages, lines);
  const bodySize = dominant(body.map((line) => ({ value: line.size, weight: line.text.length })));
  const bodyLines = body.filter((line) => Math.abs(line.size - bodySize) < bodySize * 0.1);
  const left = dominant(bodyLines.map((line) => ({ value: line.x, weight: line.text.length })));
  // Most lines of running text reach near the margin; short ones (paragraph ends) must not pull it in.
  const right = percentile(
    bodyLines.filter((line) => Math.abs(line.x - left) < 1).map((line) => line.right),
    0.8,
  );
  const spacings: { value: number; weight: number }[] = [];
  for (let index = 1; index < bodyLines.length; index++) {
    const previous = bodyLines[index - 1]!;
    const line = bodyLines[index]!;
    if (previous.page === line.page && previous.y > line.y) spacings.push({ value: previous.y - line.y, weight: 1 });
  }
  const lineSpacing = dominant(spacings) || bodySize * 1.2;
  const vocabulary = vocabularyOf(body);

  const blocks: LoaderBlock[] = [];
  type Open = { kind: 'heading' | 'paragraph' | 'list-item'; text: string; last: PdfLine };
  let current: Open | null = null;
  // Furniture met inside an open paragraph (a footer and header at a page break) is recorded after it.
  let pending: LoaderBlock[] = [];
  const flush = (): void => {
    if (current) blocks.push({ kind: current.kind, text: current.text });
    blocks.push(...pending);
    pending = [];
    current = null;
  };
  // A typesetter moves a word to the next line only when it does not fit: then the break is not the author's.
  const wrapped = (last: PdfLine, next: PdfLine): boolean => {
    const firstWord = /^\S+/.exec(next.text)?.[0] ?? '';
    const wordWidth = next.text.length > 0 ? ((next.right - next.x) * firstWord.length) / next.text.length : 0;
    // Indented blocks (figures, block quotes) are inset from both margins in print.
    const columnRight = right - Math.max(0, last.x - left);
    return last.right + wordWidth + last.size * 0.5 >= columnRight;
  };

  for (const line of lines) {
    const reason = furniture.get(line);
    if (reason !== undefined) {
      // Recorded where it stood so the reader can reveal it; it never splits a paragraph across a page.
      if (current) pending.push({ kind: 'stripped', text: line.text, reason });
      else blocks.push({ kind: 'stripped', text: line.text, reason });
      continue;
    }
    const isHeading = line.size > bodySize * 1.15;
    const bullet = BULLET.exec(line.text);
    const kind = isHeading ? 'heading' : bullet ? 'list-item' : 'paragraph';
    const text = bullet ? line.text.slice(bullet[0].length) : line.text;
    // Reassigned inside `flush` too, which narrowing cannot see.
    const previous = current as Open | null;
    let continues = false;
    if (previous && !bullet && previous.kind === kind) {
      const last = previous.last;
      const sameSize = Math.abs(last.size - line.size) < line.size * 0.1;
      if (kind === 'heading') continues = sameSize && last.page === line.page && last.y - line.y < line.size * 1.6;
      else if (last.page === line.page) {
        const gap = last.y - line.y;
        // A line starting right of the one above opens a paragraph marked by indentation.
        const indented = line.x > last.x + line.size * 0.5;
        continues = sameSize && gap > 0 && gap < lineSpacing * 1.3 && wrapped(last, line) && !indented;
      } else {
        // A paragraph runs on over the page break when its last line was full and the next is not indented.
        continues = sameSize && line.page === last.page + 1 && wrapped(last, line) && Math.abs(line.x - left) < line.size * 0.5;
      }
    }
    if (continues && previous) current = { kind: previous.kind, text: joinLine(previous.text, text, vocabulary), last: line };
    else {
      flush();
      current = { kind, text, last: line };
    }
  }
  flush();
  return blocks;
}
