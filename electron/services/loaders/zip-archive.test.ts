import { describe, expect, it } from 'vitest';
import { buildZip } from './fixtures/build-zip';
import { buildStoredZip, DOCX_ZIP_LIMITS, inspectZip, readZipEntry, verifiedZipContents, verifyZipEntries } from './zip-archive';

const XML = Buffer.from(`<?xml version="1.0"?><w:document>${'<w:p>The harbour reopened.</w:p>'.repeat(50)}</w:document>`);

describe('inspectZip', () => {
  it('lists the entries of an ordinary archive and inflates them within their declared sizes', () => {
    const zip = buildZip([
      { name: 'word/document.xml', content: XML },
      { name: 'media/image1.png', content: Buffer.from([1, 2, 3]), stored: true },
    ]);
    const inspection = inspectZip(zip);
    if (!inspection.ok) throw new Error(inspection.problem);
    expect(inspection.entries.map((entry) => entry.name)).toEqual(['word/document.xml', 'media/image1.png']);
    expect(verifyZipEntries(zip, inspection.entries)).toBeNull();
    expect(readZipEntry(zip, inspection.entries[0]!)?.toString()).toBe(XML.toString());
  });

  it('refuses an entry that declares a huge expansion before inflating it', () => {
    const zeros = Buffer.alloc(8 * 1024 * 1024);
    expect(inspectZip(buildZip([{ name: 'word/document.xml', content: zeros }]))).toEqual({ ok: false, problem: 'unsafe-archive' });
  });

  it('refuses archives whose declared sizes add up to more than the limit', () => {
    const liar = Buffer.from('small');
    const entries = Array.from({ length: 3 }, (_, index) => ({ name: `part${index}.xml`, content: liar, declaredSize: 0xfffffff0, stored: false }));
    expect(inspectZip(buildZip(entries))).toEqual({ ok: false, problem: 'unsafe-archive' });
  });

  it('refuses too many entries', () => {
    const entries = Array.from({ length: DOCX_ZIP_LIMITS.maxEntries + 1 }, (_, index) => ({ name: `f${index}`, content: Buffer.from('x'), stored: true }));
    expect(inspectZip(buildZip(entries))).toEqual({ ok: false, problem: 'unsafe-archive' });
  });

  it('refuses entries that share one compressed stream', () => {
    const entries = Array.from({ length: 4 }, (_, index) => ({ name: `f${index}.xml`, content: XML }));
    expect(inspectZip(buildZip(entries, { shareData: true }))).toEqual({ ok: false, problem: 'unsafe-archive' });
  });

  it('stops inflating an entry that holds more than it declares', () => {
    const zip = buildZip([{ name: 'word/document.xml', content: Buffer.alloc(60_000, 0x41), declaredSize: 1000 }]);
    const inspection = inspectZip(zip);
    if (!inspection.ok) throw new Error(inspection.problem);
    expect(verifyZipEntries(zip, inspection.entries)).toBe('unsafe-archive');
  });

  it('reports damaged and truncated archives as corrupt', () => {
    const zip = buildZip([{ name: 'word/document.xml', content: XML }]);
    expect(inspectZip(zip.subarray(0, zip.length - 40))).toEqual({ ok: false, problem: 'corrupt' });
    const damaged = Buffer.from(zip);
    // Overwrite the deflated data with bytes that are no valid stream.
    damaged.fill(0xff, 50, 70);
    const inspection = inspectZip(damaged);
    if (!inspection.ok) throw new Error(inspection.problem);
    expect(verifyZipEntries(damaged, inspection.entries)).toBe('corrupt');
    expect(inspectZip(Buffer.from('not a zip at all, just some words that fill a line'))).toEqual({ ok: false, problem: 'corrupt' });
  });
});

describe('archive layout and rebuilding', () => {
  const part = (name: string, text: string): { name: string; content: Buffer } => ({ name, content: Buffer.from(text) });

  it('refuses an extra local header hidden between the entries and the directory', () => {
    const zip = buildZip([part('word/document.xml', '<w:document>small</w:document>')]);
    const directoryOffset = zip.readUInt32LE(zip.length - 22 + 16);
    const hidden = buildZip([part('word/document.xml', '<w:document>another, larger document</w:document>')]);
    const hiddenLocal = hidden.subarray(0, hidden.readUInt32LE(hidden.length - 22 + 16));
    const spliced = Buffer.concat([zip.subarray(0, directoryOffset), hiddenLocal, zip.subarray(directoryOffset)]);
    spliced.writeUInt32LE(directoryOffset + hiddenLocal.length, spliced.length - 22 + 16);
    expect(inspectZip(zip).ok).toBe(true);
    expect(inspectZip(spliced)).toEqual({ ok: false, problem: 'unsafe-archive' });
  });

  it('refuses two directory entries with one name', () => {
    const zip = buildZip([part('word/document.xml', 'one'), part('word/document.xml', 'two')]);
    expect(inspectZip(zip)).toEqual({ ok: false, problem: 'unsafe-archive' });
  });

  it('refuses an XML part declared larger than the part cap, however well it seems to compress', () => {
    const zip = buildZip([{ name: 'word/document.xml', content: Buffer.from('x'), declaredSize: DOCX_ZIP_LIMITS.maxXmlPart + 1, stored: false }]);
    expect(inspectZip(zip)).toEqual({ ok: false, problem: 'unsafe-archive' });
  });

  it('rebuilds an archive holding exactly the verified entries, which reads back the same', () => {
    const zip = buildZip([part('word/document.xml', XML.toString()), { name: 'media/ü.png', content: Buffer.from([9, 8, 7]), stored: true }]);
    const inspection = inspectZip(zip);
    if (!inspection.ok) throw new Error(inspection.problem);
    const contents = verifiedZipContents(zip, inspection.entries);
    if (typeof contents === 'string') throw new Error(contents);
    const rebuilt = buildStoredZip(contents);
    const again = inspectZip(rebuilt);
    if (!again.ok) throw new Error(again.problem);
    expect(again.entries.map((entry) => entry.name)).toEqual(['word/document.xml', 'media/ü.png']);
    expect(readZipEntry(rebuilt, again.entries[0]!)?.toString()).toBe(XML.toString());
    expect([...(readZipEntry(rebuilt, again.entries[1]!) ?? [])]).toEqual([9, 8, 7]);
  });
});
