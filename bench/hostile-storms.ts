import { constants as zlibConstants, deflateRawSync } from 'node:zlib';
import { buildPdf } from '../electron/services/loaders/fixtures/build-pdf';
import { buildZip } from '../electron/services/loaders/fixtures/build-zip';

/**
 * Generators of the resource-exhaustion files from issue 17 (written here, not copied), at any
 * scale: tests use a small `scale`, the measurement script (`bench/measure-hostile.ts`) the full one.
 */

/** One generated hostile file. */
export interface HostileStorm {
  readonly name: string;
  readonly extension: string;
  /** The CLI command that shows the problem: most need only `analyze`, the quote storm `export`. */
  readonly command: 'analyze' | 'export';
  readonly build: (scale: number) => Buffer;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  `<Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`;

function documentXml(paragraphs: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${paragraphs}</w:body></w:document>`;
}

const PARAGRAPH = '<w:p><w:r><w:t>The minister said the talks would continue next week in the capital.</w:t></w:r></w:p>';
const SMALL_DOCUMENT = documentXml(PARAGRAPH.repeat(3));

/** About `bytes` bytes of document XML made of repeated paragraphs. */
function paragraphsText(bytes: number): Buffer {
  const open = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>`;
  const close = '</w:body></w:document>';
  const count = Math.max(1, Math.floor((bytes - open.length - close.length) / PARAGRAPH.length));
  return Buffer.from(open + PARAGRAPH.repeat(count) + close);
}

/** A deflate stream of about `bytes` bytes of repeated paragraphs. */
function deflatedParagraphs(bytes: number): { data: Buffer; size: number } {
  const text = paragraphsText(bytes);
  return { data: deflateRawSync(text, { level: 9 }), size: text.length };
}

function localHeader(name: string, data: Buffer, size: number): Buffer {
  const nameBytes = Buffer.from(name);
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(8, 8);
  header.writeUInt32LE(data.length, 18);
  header.writeUInt32LE(size, 22);
  header.writeUInt16LE(nameBytes.length, 26);
  return Buffer.concat([header, nameBytes, data]);
}

/** A .docx whose directory declares a small document while an extra local header reuses its name for a huge one. */
function docxExtraHeader(scale: number): Buffer {
  const honest = buildZip([
    { name: '[Content_Types].xml', content: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', content: Buffer.from(RELS) },
    { name: 'word/document.xml', content: Buffer.from(SMALL_DOCUMENT) },
    { name: 'docProps/core.xml', content: Buffer.from('<cp:coreProperties xmlns:cp="x" xmlns:dc="y"><dc:title>Talks</dc:title></cp:coreProperties>') },
  ]);
  const directoryOffset = honest.readUInt32LE(honest.length - 22 + 16);
  const big = deflatedParagraphs(300 * 1024 * 1024 * scale);
  const extra = localHeader('word/document.xml', big.data, big.size);
  // The extra header goes between the last entry and the central directory, whose offset moves on.
  const result = Buffer.concat([honest.subarray(0, directoryOffset), extra, honest.subarray(directoryOffset)]);
  result.writeUInt32LE(directoryOffset + extra.length, result.length - 22 + 16);
  return result;
}

/**
 * A .docx that keeps every declared limit: a large document whose deflate stream is padded with
 * empty stored blocks so its compression ratio looks ordinary.
 */
function docxPadded(scale: number): Buffer {
  const text = paragraphsText(250 * 1024 * 1024 * scale);
  // A sync flush ends the stream without a final block, so empty stored blocks (00 00 00 ff ff) may follow.
  const flushed = deflateRawSync(text, { level: 9, finishFlush: zlibConstants.Z_SYNC_FLUSH });
  const padBlocks = Math.ceil(text.length / 90 / 5);
  const padded = Buffer.concat([flushed, Buffer.alloc(padBlocks * 5, Buffer.from([0, 0, 0, 0xff, 0xff])), Buffer.from([0x03, 0x00])]);
  return buildZipWithRawDocument(padded, text.length);
}

function buildZipWithRawDocument(deflated: Buffer, size: number): Buffer {
  const zip = buildZip([
    { name: '[Content_Types].xml', content: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', content: Buffer.from(RELS) },
    { name: 'word/document.xml', content: Buffer.alloc(0), stored: true },
  ]);
  // Splice the raw stream in as the last entry's data and fix its sizes, method and the directory.
  const directoryOffset = zip.readUInt32LE(zip.length - 22 + 16);
  const directory = Buffer.from(zip.subarray(directoryOffset));
  let lastLocal = 0;
  for (let at = 0; at < directoryOffset; at++) if (zip.readUInt32LE(at) === 0x04034b50) lastLocal = at;
  const header = Buffer.from(zip.subarray(lastLocal, directoryOffset));
  header.writeUInt16LE(8, 8);
  header.writeUInt32LE(deflated.length, 18);
  header.writeUInt32LE(size, 22);
  let central = 0;
  for (let at = 0; at + 4 <= directory.length; at++) if (directory.readUInt32LE(at) === 0x02014b50) central = at;
  directory.writeUInt16LE(8, central + 10);
  directory.writeUInt32LE(deflated.length, central + 20);
  directory.writeUInt32LE(size, central + 24);
  directory.writeUInt32LE(directoryOffset + deflated.length, directory.length - 22 + 16);
  return Buffer.concat([zip.subarray(0, lastLocal), header, deflated, directory]);
}

/** A one-page PDF whose flate content stream inflates to a huge run of text operators. */
function pdfFlateBomb(scale: number): Buffer {
  const line = 'BT /F1 12 Tf 72 700 Td (The minister said the talks would continue.) Tj ET\n';
  const content = Buffer.from(line.repeat(Math.max(1, Math.floor((400 * 1024 * 1024 * scale) / line.length))), 'latin1');
  const stream = deflateRawToZlib(content);
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n${stream.toString('latin1')}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]);
}

function deflateRawToZlib(content: Buffer): Buffer {
  // PDF's FlateDecode wants a zlib header; pdfjs tolerates a missing checksum, so two header bytes suffice.
  return Buffer.concat([Buffer.from([0x78, 0x9c]), deflateRawSync(content, { level: 9 })]);
}

/** A PDF with a great many small pages. */
function pdfManyPages(scale: number): Buffer {
  const pages = Math.max(2, Math.floor(150_000 * scale));
  const content = 'BT /F1 12 Tf 72 700 Td (Page text.) Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  const kids: string[] = [];
  for (let index = 0; index < pages; index++) {
    objects.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 3 0 R >> >> >>');
    kids.push(`${objects.length} 0 R`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`;
  return buildPdf(objects);
}

const ARTICLE_PARAGRAPHS = Array.from(
  { length: 6 },
  (_, index) =>
    `<p>Paragraph ${index + 1}: the minister said on Tuesday that the talks would continue next week, according to officials who spoke to reporters.</p>`,
).join('');

function nestedPage(open: string, close: string, scale: number, wrapperOpen = '', wrapperClose = ''): string {
  const depth = Math.max(1, Math.floor(100_000 * scale));
  return `<!doctype html><html><head><title>Talks</title></head><body><article><h1>Talks continue</h1>${ARTICLE_PARAGRAPHS}</article>${wrapperOpen}${open.repeat(depth)}x${close.repeat(depth)}${wrapperClose}</body></html>`;
}

function mhtml(html: string): Buffer {
  const boundary = '----=_Part_17';
  return Buffer.from(
    `From: <Saved by Blink>\r\nSubject: Talks\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; type="text/html"; boundary="${boundary}"\r\n\r\n` +
      `--${boundary}\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: https://example.test/talks\r\n\r\n` +
      `${quotedPrintable(html)}\r\n--${boundary}--\r\n`,
    'latin1',
  );
}

/** Quoted-printable with every `=` escaped and a soft break every 76 characters. */
function quotedPrintable(text: string): string {
  const escaped = text.replace(/=/g, '=3D');
  const lines: string[] = [];
  for (let at = 0; at < escaped.length; at += 72) {
    let end = at + 72;
    // Never split an escape.
    while (escaped[end - 1] === '=' || escaped[end - 2] === '=') end -= 1;
    lines.push(escaped.slice(at, end));
    at = end - 72;
  }
  return lines.join('=\r\n');
}

/** A page inside every element and depth limit whose many mid-sized branches keep Readability busy. */
function htmlInsideLimits(scale: number): string {
  const branches = Math.max(1, Math.floor(200 * scale));
  const branch = `${'<div class="c">'.repeat(180)}<p>Some words here, said an official.</p>${'</div>'.repeat(180)}`;
  return `<!doctype html><html><head><title>Talks</title></head><body><article><h1>Talks</h1>${ARTICLE_PARAGRAPHS}</article>${branch.repeat(branches)}</body></html>`;
}

function quoteStorm(scale: number): string {
  // Just inside the 1,000,000-character limit: 48,000 quotes in one paragraph.
  const count = Math.max(1, Math.floor(48_000 * scale));
  return `Talks continue\n\n${'"We talk," he said. '.repeat(count)}\n`;
}

function emphasisStorm(scale: number): string {
  const count = Math.max(1, Math.floor(100_000 * scale));
  return `# Talks\n\n${'*a* '.repeat(count)}\n\nThe minister said the talks would continue next week, according to officials who spoke to reporters.\n`;
}

function deepJsonLd(scale: number): string {
  const depth = Math.max(1, Math.floor(200_000 * scale));
  return `<!doctype html><html><head><title>Talks</title><script type="application/ld+json">${'['.repeat(depth)}${']'.repeat(depth)}</script></head><body><article><h1>Talks continue</h1>${ARTICLE_PARAGRAPHS}</article></body></html>`;
}

function docxBadTitle(): Buffer {
  return buildZip([
    { name: '[Content_Types].xml', content: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', content: Buffer.from(RELS) },
    { name: 'word/document.xml', content: Buffer.from(documentXml(PARAGRAPH.repeat(6))) },
    {
      name: 'docProps/core.xml',
      content: Buffer.from('<cp:coreProperties xmlns:cp="x" xmlns:dc="y"><dc:title>Talks &#x110000; go on</dc:title></cp:coreProperties>'),
    },
  ]);
}

/** The cases of issue 17, each at a scale where 1 is the size the attack review used. */
export const HOSTILE_STORMS: readonly HostileStorm[] = [
  { name: 'docx-extra-local-header', extension: 'docx', command: 'analyze', build: docxExtraHeader },
  { name: 'docx-padded-ratio', extension: 'docx', command: 'analyze', build: docxPadded },
  { name: 'pdf-flate-bomb', extension: 'pdf', command: 'analyze', build: pdfFlateBomb },
  { name: 'pdf-many-pages', extension: 'pdf', command: 'analyze', build: pdfManyPages },
  {
    name: 'html-nest-noscript',
    extension: 'html',
    command: 'analyze',
    build: (s) => Buffer.from(nestedPage('<div>', '</div>', s, '<noscript>', '</noscript>')),
  },
  { name: 'html-nest-after-abrupt-comment', extension: 'html', command: 'analyze', build: (s) => Buffer.from(nestedPage('<div>', '</div>', s, '<!-->')) },
  {
    name: 'html-nest-svg-style',
    extension: 'html',
    command: 'analyze',
    build: (s) => Buffer.from(nestedPage('<g>', '</g>', s, '<svg><style>', '</style></svg>')),
  },
  {
    name: 'html-nest-svg-title',
    extension: 'html',
    command: 'analyze',
    build: (s) => Buffer.from(nestedPage('<g>', '</g>', s, '<svg><title>', '</title></svg>')),
  },
  { name: 'mhtml-nest', extension: 'mhtml', command: 'analyze', build: (s) => mhtml(nestedPage('<div>', '</div>', s)) },
  { name: 'html-inside-limits', extension: 'html', command: 'analyze', build: (s) => Buffer.from(htmlInsideLimits(s)) },
  { name: 'txt-quote-storm', extension: 'txt', command: 'export', build: (s) => Buffer.from(quoteStorm(s)) },
  { name: 'md-emphasis-storm', extension: 'md', command: 'analyze', build: (s) => Buffer.from(emphasisStorm(s)) },
  {
    name: 'mhtml-qp-large',
    extension: 'mhtml',
    command: 'analyze',
    build: (s) =>
      mhtml(
        `<!doctype html><html><body><article><h1>Talks</h1>${ARTICLE_PARAGRAPHS}</article><!-- ${'x=y '.repeat(Math.floor(8_000_000 * s))} --></body></html>`,
      ),
  },
  {
    name: 'html-one-line-20mb',
    extension: 'html',
    command: 'analyze',
    build: (s) =>
      Buffer.from(
        `<!doctype html><html><body><article><h1>Talks</h1>${ARTICLE_PARAGRAPHS}</article><p>${'word '.repeat(Math.floor(4_000_000 * s))}</p></body></html>`,
      ),
  },
  { name: 'html-deep-json-ld', extension: 'html', command: 'analyze', build: (s) => Buffer.from(deepJsonLd(s)) },
  { name: 'docx-bad-charref-title', extension: 'docx', command: 'analyze', build: () => docxBadTitle() },
];
