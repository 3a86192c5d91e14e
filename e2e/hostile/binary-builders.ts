import { buildPdf as buildPdfFromObjects } from '../../electron/services/loaders/fixtures/build-pdf';
import { buildZip as buildTestZip } from '../../electron/services/loaders/fixtures/build-zip';

/** One file to put in a zip archive. */
export interface ZipInput {
  readonly name: string;
  readonly data: Uint8Array | string;
  /** Deflate the data (the default stores it as is). */
  readonly deflate?: boolean;
  /** An uncompressed size to declare instead of the true one, as a lying zip bomb does. */
  readonly declaredSize?: number;
}

/** Builds a plain zip archive (no zip64, no encryption), enough for a hostile .docx. */
export function buildZip(inputs: readonly ZipInput[]): Buffer {
  return buildTestZip(
    inputs.map((input) => ({
      name: input.name,
      content: typeof input.data === 'string' ? Buffer.from(input.data, 'utf8') : Buffer.from(input.data),
      stored: !input.deflate,
      ...(input.declaredSize === undefined ? {} : { declaredSize: input.declaredSize }),
    })),
  );
}

/** The parts of a Word document: body paragraphs, relationships, and any extra entries. */
export interface DocxInput {
  readonly paragraphs: readonly string[];
  /** Extra `<Relationship>` elements for the document part. */
  readonly relationships?: string;
  /** Raw WordprocessingML appended to the body after the paragraphs. */
  readonly extraBody?: string;
  readonly extraEntries?: readonly ZipInput[];
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Builds a minimal .docx that Word and mammoth both accept. */
export function buildDocx({ paragraphs, relationships = '', extraBody = '', extraEntries = [] }: DocxInput): Buffer {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const body = paragraphs.map((text) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`).join('');
  return buildZip([
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
    },
    {
      name: 'word/_rels/document.xml.rels',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships}</Relationships>`,
    },
    {
      name: 'word/document.xml',
      deflate: true,
      data:
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}" ` +
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
        `xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>${body}${extraBody}</w:body></w:document>`,
    },
    ...extraEntries,
  ]);
}

/** Builds a one-page PDF whose text is the given lines, with extra objects and catalog entries added verbatim. */
export function buildPdf(lines: readonly string[], extra: { readonly catalog?: string; readonly objects?: readonly string[] } = {}): Buffer {
  const escapePdf = (text: string): string => text.replace(/[\\()]/g, (char) => `\\${char}`);
  const stream = ['BT', '/F1 11 Tf', '14 TL', '50 780 Td', ...lines.map((line) => `(${escapePdf(line)}) Tj T*`), 'ET'].join('\n');
  const objects = [
    `<< /Type /Catalog /Pages 2 0 R ${extra.catalog ?? ''} >>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ...(extra.objects ?? []),
  ];
  return buildPdfFromObjects(objects);
}
