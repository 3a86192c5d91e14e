import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/engine/analyze';
import { decodeArticleBytes, looksBinary, normaliseCharset } from './decode-text';

function decoded(bytes: Uint8Array, declaredCharset?: string) {
  const result = decodeArticleBytes(bytes, declaredCharset ? { declaredCharset } : {});
  if (!result.ok) throw new Error(`expected text, got ${result.code}`);
  return result;
}

const SENTENCE = 'The mayor said “the bridge will open” — and it’s true.';

describe('decodeArticleBytes', () => {
  it('reads plain UTF-8 without notices', () => {
    const result = decoded(Buffer.from(SENTENCE, 'utf8'));
    expect(result.text).toBe(SENTENCE);
    expect(result.encoding).toBe('UTF-8');
    expect(result.notices).toEqual([]);
  });

  it('drops a UTF-8 byte-order mark', () => {
    const result = decoded(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE, 'utf8')]));
    expect(result.text).toBe(SENTENCE);
    expect(result.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('reads UTF-16 little-endian with a byte-order mark', () => {
    const result = decoded(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')]));
    expect(result.text).toBe(SENTENCE);
    expect(result.encoding).toBe('UTF-16LE');
  });

  it('reads UTF-16 big-endian with a byte-order mark', () => {
    const little = Buffer.from(SENTENCE, 'utf16le');
    const big = Buffer.alloc(little.length);
    for (let index = 0; index < little.length; index += 2) {
      big[index] = little[index + 1]!;
      big[index + 1] = little[index]!;
    }
    const result = decoded(Buffer.concat([Buffer.from([0xfe, 0xff]), big]));
    expect(result.text).toBe(SENTENCE);
    expect(result.encoding).toBe('UTF-16BE');
  });

  it('reads UTF-16 without a byte-order mark and says so', () => {
    const result = decoded(Buffer.from('Plain words written as UTF-16 with no mark at all.', 'utf16le'));
    expect(result.text).toBe('Plain words written as UTF-16 with no mark at all.');
    expect(result.notices.join(' ')).toMatch(/UTF-16LE/);
  });

  it('turns Windows-1252 bytes 0x93/0x94 and 0x96/0x97 into curly quotes and dashes, with a notice', () => {
    const bytes = Buffer.from([
      ...Buffer.from('The mayor said ', 'latin1'),
      0x93,
      ...Buffer.from('we will open the bridge', 'latin1'),
      0x94,
      0x20,
      0x97,
      ...Buffer.from(' and the caf', 'latin1'),
      0xe9,
      ...Buffer.from(' owner agreed. It', 'latin1'),
      0x92,
      ...Buffer.from('s done ', 'latin1'),
      0x96,
      ...Buffer.from(' mostly.', 'latin1'),
    ]);
    const result = decoded(bytes);
    expect(result.text).toBe('The mayor said “we will open the bridge” — and the café owner agreed. It’s done – mostly.');
    expect(result.encoding).toBe('windows-1252');
    expect(result.notices.join(' ')).toMatch(/guessed as windows-1252/);
  });

  it('decodes Latin-1 text as Windows-1252', () => {
    const result = decoded(Buffer.from('Le café où la réunion a eu lieu était fermé à midi.', 'latin1'));
    expect(result.text).toBe('Le café où la réunion a eu lieu était fermé à midi.');
  });

  it('prefers valid UTF-8 over a page that declares another charset', () => {
    expect(decoded(Buffer.from(SENTENCE, 'utf8'), 'iso-8859-1').text).toBe(SENTENCE);
  });

  it('uses the charset a page declares when the bytes are not UTF-8', () => {
    const result = decoded(Buffer.from([0x93, 0x48, 0x69, 0x94]), 'ISO-8859-1');
    expect(result.text).toBe('“Hi”');
    expect(result.notices).toEqual([]);
  });

  it('calls a PNG renamed to text binary', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00]);
    expect(looksBinary(png)).toBe(true);
    expect(decodeArticleBytes(png)).toEqual({ ok: false, code: 'binary' });
  });

  it('calls text full of control characters binary', () => {
    const bytes = Buffer.from(Array.from({ length: 400 }, (_, index) => (index % 7 === 0 ? 0x01 : 0x61)));
    expect(decodeArticleBytes(bytes)).toEqual({ ok: false, code: 'binary' });
  });

  it('rejects UTF-16 whose bytes are broken surrogates as bad encoding', () => {
    const broken = Buffer.from([0xff, 0xfe, ...Array.from({ length: 40 }, (_, index) => (index % 2 === 0 ? 0x00 : 0xd8))]);
    expect(decodeArticleBytes(broken)).toEqual({ ok: false, code: 'bad-encoding' });
  });

  it('composes accents stored as a letter and a combining mark, so names and words stay whole', () => {
    const decomposed = '« Nous partons demain », a déclaré Hélène Faure, la présidente.'.normalize('NFD');
    const result = decoded(Buffer.from(decomposed, 'utf8'));
    expect(result.text).toBe('« Nous partons demain », a déclaré Hélène Faure, la présidente.');
    const quote = analyze(result.text, { language: 'fr' }).find((finding) => finding.layer === 'quote');
    expect(quote?.speaker).toBe('Hélène Faure');
  });

  it('keeps tabs, form feeds and carriage returns as text', () => {
    expect(decoded(Buffer.from('Line one\r\n\tLine two\fLine three', 'utf8')).text).toBe('Line one\r\n\tLine two\fLine three');
  });
});

describe('normaliseCharset', () => {
  it('reads Latin-1 and ASCII labels as Windows-1252, like browsers do', () => {
    expect(normaliseCharset('ISO-8859-1')).toBe('windows-1252');
    expect(normaliseCharset('us-ascii')).toBe('windows-1252');
  });

  it('returns null for a label no decoder knows', () => {
    expect(normaliseCharset('x-made-up-charset')).toBeNull();
  });
});
