import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBenchText, teamArticles } from './bench-text';

/** An input file the benchmark wrote, with its size on disk. */
export interface BenchFile {
  readonly label: string;
  readonly path: string;
  readonly bytes: number;
}

/** Writes about `bytes` of team-written article text as a `.txt` file. */
export function writeTextArticle(directory: string, label: string, bytes: number): BenchFile {
  const text = buildBenchText(bytes);
  const path = join(directory, `article-${label.replace(/\s+/g, '').toLowerCase()}.txt`);
  writeFileSync(path, text);
  return { label, path, bytes: Buffer.byteLength(text) };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Options of the generated web page; the defaults make a page of a few megabytes. */
export interface SavedPageOptions {
  /** Bytes of article text in the body. */
  readonly articleBytes?: number;
  /** Bytes of inline script and JSON state, as saved news pages carry from their front-end frameworks. */
  readonly scriptBytes?: number;
  /** Links in the site navigation, the related-stories rail and the footer, each. */
  readonly links?: number;
  /** Reader comments under the article. */
  readonly comments?: number;
}

/**
 * Builds a saved news page the way a browser's "Save page as" leaves it: inline styles and framework
 * state, navigation, ads, a related-stories rail and comments around one long article. The article
 * paragraphs are the team's own text; everything around it is generated filler.
 */
export function buildSavedWebPage(options: SavedPageOptions = {}): string {
  const { articleBytes = 100_000, scriptBytes = 2_000_000, links = 400, comments = 200 } = options;
  const articles = teamArticles();
  const paragraphs = buildBenchText(articleBytes, articles)
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
  const linkList = (kind: string): string =>
    Array.from({ length: links }, (_, i) => `<li><a href="/${kind}/${i}">${kind} story ${i}: regional council weighs new ferry timetable</a></li>`).join('');
  const state = JSON.stringify(
    Array.from({ length: Math.ceil(scriptBytes / 120) }, (_, i) => ({
      id: i,
      slot: `ad-slot-${i % 17}`,
      sizes: [
        [300, 250],
        [728, 90],
      ],
      targeting: { section: 'world', k: i * 7 },
    })),
  );
  const styles = Array.from(
    { length: 2_000 },
    (_, i) => `.c${i}{margin:${i % 9}px;padding:${i % 5}px;color:#${(i * 4099).toString(16).padStart(6, '0').slice(0, 6)}}`,
  ).join('\n');
  const body: string[] = [];
  paragraphs.forEach((paragraph, index) => {
    body.push(index === 0 ? `<h1>${escapeHtml(paragraph.slice(0, 120))}</h1><p class="byline">By the Sourcelight desk</p>` : `<p>${escapeHtml(paragraph)}</p>`);
    if (index % 25 === 24) body.push(`<div class="ad" data-slot="${index}"><span>Advertisement</span><iframe src="about:blank" title="ad"></iframe></div>`);
  });
  const commentList = Array.from(
    { length: comments },
    (_, i) => `<li class="comment"><p class="author">reader${i}</p><p>I read this twice and still want to know who said it first (${i}).</p></li>`,
  ).join('');
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<title>Harbour talks stall again | The Benchmark Herald</title>',
    '<meta property="og:site_name" content="The Benchmark Herald"><meta name="author" content="Sourcelight desk">',
    '<meta property="article:published_time" content="2024-03-02T09:00:00Z">',
    `<style>${styles}</style>`,
    `<script>window.__STATE__=${state};</script>`,
    '</head><body>',
    `<header><nav aria-label="Sections"><ul>${linkList('section')}</ul></nav></header>`,
    `<main><article>${body.join('\n')}</article>`,
    `<aside class="related"><h2>More stories</h2><ul>${linkList('related')}</ul></aside>`,
    `<section class="comments"><h2>Comments</h2><ol>${commentList}</ol></section></main>`,
    `<footer><ul>${linkList('footer')}</ul><p>© The Benchmark Herald</p></footer>`,
    '</body></html>',
  ].join('\n');
}

/** Writes the generated saved web page as an `.html` file. */
export function writeSavedWebPage(directory: string, options: SavedPageOptions = {}): BenchFile {
  const html = buildSavedWebPage(options);
  const path = join(directory, 'saved-page.html');
  writeFileSync(path, html);
  return { label: 'saved web page', path, bytes: Buffer.byteLength(html) };
}

// WinAnsiEncoding codes for the typographic characters the team's articles use.
const WIN_ANSI: Readonly<Record<string, number>> = { '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, '…': 0x85 };

/** A PDF string literal in WinAnsi bytes (held in a latin1 JS string), with `\`, `(` and `)` escaped. */
function pdfString(text: string): string {
  let out = '';
  for (const char of text) {
    const code = WIN_ANSI[char] ?? char.codePointAt(0)!;
    const byte = code < 256 && code >= 32 ? code : 63;
    const single = String.fromCharCode(byte);
    out += single === '\\' || single === '(' || single === ')' ? `\\${single}` : single;
  }
  return `(${out})`;
}

function wrapLines(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\n{2,}/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line.length > 0 && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) lines.push(line);
    lines.push('');
  }
  return lines;
}

/**
 * Builds a text PDF of `pages` A4 pages set in Helvetica, the team's articles flowed over them, with a
 * correct cross-reference table so strict parsers accept it. Returned as bytes.
 */
export function buildTextPdf(pages: number): Uint8Array {
  const linesPerPage = 52;
  const lines = wrapLines(buildBenchText(pages * linesPerPage * 95), 95);
  const objects: string[] = [];
  // 1 catalog, 2 page tree, 3 font, then a page object and a content stream per page.
  const pageIds = Array.from({ length: pages }, (_, i) => 4 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Count ${pages} /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  for (let page = 0; page < pages; page++) {
    const pageLines = lines.slice(page * linesPerPage, (page + 1) * linesPerPage);
    const content = ['BT', '/F1 10 Tf', '13 TL', '56 790 Td', ...pageLines.map((line) => `${pdfString(line)} '`), 'ET'].join('\n');
    const id = pageIds[page]!;
    objects[id] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${id + 1} 0 R >>`;
    objects[id + 1] = `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
  }
  let pdf = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(pdf, 'latin1');
    pdf += `${id} 0 obj\n${objects[id]!}\nendobj\n`;
  }
  const xrefAt = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) pdf += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}

/** Writes a generated text PDF of `pages` pages. */
export function writeTextPdf(directory: string, pages: number): BenchFile {
  const bytes = buildTextPdf(pages);
  const path = join(directory, `article-${pages}-pages.pdf`);
  writeFileSync(path, bytes);
  return { label: `${pages}-page PDF`, path, bytes: bytes.length };
}
