import chardet from 'chardet';
import iconv from 'iconv-lite';

/** Text decoded from an article file, with the encoding used and anything worth telling the reader. */
export interface DecodedText {
  readonly ok: true;
  readonly text: string;
  /** Canonical name of the encoding used, e.g. `UTF-8`, `UTF-16LE`, `windows-1252`. */
  readonly encoding: string;
  readonly notices: readonly string[];
}

/** Why bytes could not be turned into text. */
export interface DecodeFailure {
  readonly ok: false;
  readonly code: 'binary' | 'bad-encoding';
}

/** Hints from the file itself, such as an HTML `<meta charset>`. */
export interface DecodeOptions {
  readonly declaredCharset?: string | undefined;
}

const SAMPLE_BYTES = 64 * 1024;
/** Share of control characters above which a file is treated as binary data rather than text. */
const MAX_CONTROL_RATIO = 0.01;
/** Share of undecodable characters above which the decoding is rejected rather than shown. */
const MAX_REPLACEMENT_RATIO = 0.005;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function isControlByte(byte: number): boolean {
  // Tab, line feed, vertical tab, form feed, carriage return and escape occur in real text files.
  return (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) || byte === 0x7f;
}

/** Whether UTF-16 text without a byte-order mark is likely: NULs on every other byte of ASCII-heavy text. */
function guessBomlessUtf16(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (sample.length < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let index = 0; index + 1 < sample.length; index += 2) {
    if (sample[index] === 0) evenNul++;
    if (sample[index + 1] === 0) oddNul++;
  }
  const pairs = Math.floor(sample.length / 2);
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Whether a byte sample looks like binary data (an image, archive, executable) rather than text. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let control = 0;
  // A stray NUL is not enough: saved pages carry a few (browsers drop them); images and archives have many.
  for (const byte of sample) if (isControlByte(byte)) control++;
  return control > sample.length * MAX_CONTROL_RATIO;
}

function badCharacterRatio(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0xfffd) bad++;
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index++;
      else bad++;
    } else if (code >= 0xdc00 && code <= 0xdfff) bad++;
  }
  return bad / text.length;
}

function controlCharacterRatio(text: string): number {
  if (text.length === 0) return 0;
  let control = 0;
  const limit = Math.min(text.length, SAMPLE_BYTES);
  for (let index = 0; index < limit; index++) {
    const code = text.charCodeAt(index);
    if (code === 0 || (code < 0x20 && isControlByte(code)) || code === 0x7f) control++;
  }
  return control / limit;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Maps a detector's or page's charset label to the decoder we use; Latin-1 labels mean Windows-1252 in practice. */
export function normaliseCharset(label: string): string | null {
  const name = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  // Browsers decode these labels as Windows-1252 too, which turns 0x91-0x97 into quotes and dashes.
  if (['iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'l1', 'us-ascii', 'ascii', 'cp1252', 'windows-1252', 'x-cp1252'].includes(name)) {
    return 'windows-1252';
  }
  if (name === 'utf8') return 'utf-8';
  return iconv.encodingExists(name) ? name : null;
}

function finish(text: string, encoding: string, notices: string[]): DecodedText | DecodeFailure {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (controlCharacterRatio(withoutBom) > MAX_CONTROL_RATIO) return { ok: false, code: 'binary' };
  const badRatio = badCharacterRatio(withoutBom);
  if (badRatio > MAX_REPLACEMENT_RATIO) return { ok: false, code: 'bad-encoding' };
  if (badRatio > 0) notices.push('Some characters could not be decoded and are shown as �.');
  // Accents stored as a letter plus a combining mark (as macOS file names and some CMS exports keep them) would
  // split words for every pattern that reads letters, so the text is composed before anything reads it.
  return { ok: true, text: withoutBom.normalize('NFC'), encoding, notices };
}

/** Picks a single-byte or legacy encoding for bytes that are not valid UTF-8, preferring Windows-1252. */
function guessLegacyEncoding(bytes: Uint8Array): string {
  const matches = chardet.analyse(bytes.subarray(0, SAMPLE_BYTES));
  const best = matches[0];
  if (!best) return 'windows-1252';
  const bestName = normaliseCharset(best.name);
  if (!bestName || bestName === 'utf-8' || bestName.startsWith('utf-16') || bestName.startsWith('utf-32')) return 'windows-1252';
  // Short English texts give weak, scattered guesses; Windows-1252 is then the likeliest source.
  const western = matches.find((match) => normaliseCharset(match.name) === 'windows-1252');
  if (bestName !== 'windows-1252' && western && best.confidence < 50 && western.confidence >= best.confidence - 15) return 'windows-1252';
  return bestName;
}

/**
 * Decodes an article file: a byte-order mark wins, then valid UTF-8, then a charset the file
 * declares, then a detector's guess (reported to the reader as a guess).
 */
export function decodeArticleBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText | DecodeFailure {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return finish(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'UTF-8', []);
  if (startsWith(bytes, [0xff, 0xfe])) return finish(iconv.decode(buffer.subarray(2), 'utf-16le', { stripBOM: false }), 'UTF-16LE', []);
  if (startsWith(bytes, [0xfe, 0xff])) return finish(iconv.decode(buffer.subarray(2), 'utf-16be', { stripBOM: false }), 'UTF-16BE', []);

  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const utf16 = guessBomlessUtf16(sample);
  if (utf16) {
    const name = utf16 === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
    return finish(iconv.decode(buffer, utf16, { stripBOM: false }), name, [`The file has no byte-order mark; it was read as ${name}.`]);
  }
  if (looksBinary(bytes)) return { ok: false, code: 'binary' };
  if (isValidUtf8(bytes)) return finish(new TextDecoder('utf-8').decode(bytes), 'UTF-8', []);

  const declared = options.declaredCharset ? normaliseCharset(options.declaredCharset) : null;
  if (declared && declared !== 'utf-8') return finish(iconv.decode(buffer, declared), declared, []);

  const guessed = guessLegacyEncoding(bytes);
  const notice =
    declared === 'utf-8'
      ? `The file says it is UTF-8 but is not; its encoding was guessed as ${guessed}.`
      : `The file's encoding was guessed as ${guessed}; if characters look wrong, save it as UTF-8.`;
  return finish(iconv.decode(buffer, guessed), guessed, [notice]);
}
