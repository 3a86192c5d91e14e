/** One part of a MIME message: its headers (lower-case names) and its decoded body. */
export interface MimePart {
  readonly headers: ReadonlyMap<string, string>;
  readonly body: Uint8Array;
}

/** The page inside a saved MHTML file: its HTML bytes and the charset the archive declares for them. */
export interface MhtmlPage {
  readonly html: Uint8Array;
  readonly charset?: string;
  readonly location?: string;
}

/** Header names and values from a header block, with folded (continued) lines unfolded. */
export function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  const unfolded = block.replace(/\r?\n[ \t]+/g, ' ');
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    // The first occurrence wins, as mail readers do.
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return headers;
}

/** The bare value and the parameters of a structured header such as Content-Type. */
export function parseHeaderValue(value: string): { value: string; params: Map<string, string> } {
  const params = new Map<string, string>();
  const first = value.split(';')[0] ?? '';
  // Parameters may be quoted and may hold semicolons inside the quotes.
  const pattern = /;\s*([A-Za-z0-9_.*-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]*))/g;
  for (const match of value.matchAll(pattern)) params.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? '');
  return { value: first.trim().toLowerCase(), params };
}

function hexValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x41 && code <= 0x46) return code - 0x37;
  if (code >= 0x61 && code <= 0x66) return code - 0x57;
  return -1;
}

/**
 * Decodes a quoted-printable body: `=XX` escapes and soft line breaks (`=` at a line's end). The
 * output is never longer than the input, so it is written into one buffer of that size, not an
 * array with an entry per byte.
 */
export function decodeQuotedPrintable(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  let length = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (char !== 0x3d) {
      bytes[length++] = char & 0xff;
      continue;
    }
    const high = hexValue(text.charCodeAt(index + 1));
    const low = hexValue(text.charCodeAt(index + 2));
    if (high >= 0 && low >= 0) {
      bytes[length++] = high * 16 + low;
      index += 2;
    } else if (text.charCodeAt(index + 1) === 0x0d && text.charCodeAt(index + 2) === 0x0a) index += 2;
    else if (text.charCodeAt(index + 1) === 0x0a) index += 1;
    else bytes[length++] = char;
  }
  return bytes.subarray(0, length);
}

function decodeBody(raw: string, encoding: string | undefined): Uint8Array {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'quoted-printable':
      return decodeQuotedPrintable(raw);
    case 'base64':
      return new Uint8Array(Buffer.from(raw.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64'));
    default:
      return new Uint8Array(Buffer.from(raw, 'latin1'));
  }
}

/** Splits a message at its first blank line into headers and body. */
function splitHeaderBlock(text: string): { head: string; body: string } | null {
  const match = /\r?\n\r?\n/.exec(text);
  if (!match) return null;
  return { head: text.slice(0, match.index), body: text.slice(match.index + match[0].length) };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Parses a MIME message (as MHTML files are) into its parts, decoding quoted-printable and base64
 * bodies. A single-part message comes back as one part. Returns null when it is not MIME at all.
 */
export function parseMimeMessage(bytes: Uint8Array): { headers: ReadonlyMap<string, string>; parts: MimePart[] } | null {
  // Latin-1 maps each byte to one character, so bodies survive the round trip untouched.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const top = splitHeaderBlock(text);
  if (!top) return null;
  const headers = parseHeaders(top.head);
  const contentType = headers.get('content-type');
  if (!contentType) return null;
  const type = parseHeaderValue(contentType);
  if (!type.value.startsWith('multipart/')) {
    return { headers, parts: [{ headers, body: decodeBody(top.body, headers.get('content-transfer-encoding')) }] };
  }
  const boundary = type.params.get('boundary');
  if (!boundary) return null;
  const delimiter = new RegExp(`(?:^|\\r?\\n)--${escapeRegExp(boundary)}(--)?[ \\t]*(?=\\r?\\n|$)`, 'g');
  const parts: MimePart[] = [];
  let partStart = -1;
  for (const match of top.body.matchAll(delimiter)) {
    if (partStart >= 0) {
      const section = splitHeaderBlock(top.body.slice(partStart, match.index).replace(/^\r?\n/, ''));
      if (section) {
        const partHeaders = parseHeaders(section.head);
        parts.push({ headers: partHeaders, body: decodeBody(section.body, partHeaders.get('content-transfer-encoding')) });
      }
    }
    if (match[1] === '--') break;
    partStart = match.index + match[0].length;
  }
  return { headers, parts };
}

/**
 * The saved page in an MHTML file: the part the archive names as its start (by Content-ID or the
 * snapshot location), else its first HTML part. Other parts (images, styles, frames) are ignored
 * and nothing they point to is fetched.
 */
export function extractMhtmlPage(bytes: Uint8Array): MhtmlPage | null {
  const message = parseMimeMessage(bytes);
  if (!message) return null;
  const isHtml = (part: MimePart): boolean => parseHeaderValue(part.headers.get('content-type') ?? 'text/plain').value === 'text/html';
  const start = parseHeaderValue(message.headers.get('content-type') ?? '').params.get('start');
  const snapshot = message.headers.get('snapshot-content-location');
  const chosen =
    message.parts.find((part) => isHtml(part) && start !== undefined && part.headers.get('content-id') === start) ??
    message.parts.find((part) => isHtml(part) && snapshot !== undefined && part.headers.get('content-location') === snapshot) ??
    message.parts.find(isHtml);
  if (!chosen) return null;
  const charset = parseHeaderValue(chosen.headers.get('content-type') ?? '').params.get('charset');
  const location = chosen.headers.get('content-location');
  return { html: chosen.body, ...(charset ? { charset } : {}), ...(location ? { location } : {}) };
}
