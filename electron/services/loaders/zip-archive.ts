import { crc32, inflateRawSync } from 'node:zlib';

/** One file inside a zip archive, as its central directory declares it. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

/** Limits an archive must keep to before anything in it is inflated. */
export interface ZipLimits {
  readonly maxEntries: number;
  /** Sum of the declared uncompressed sizes. */
  readonly maxTotalUncompressed: number;
  /** Largest declared expansion of one entry; only checked for entries above `ratioFloor` bytes. */
  readonly maxEntryRatio: number;
  readonly ratioFloor: number;
  /** Largest inflated size of one XML part (`.xml`, `.rels`), which a library will parse into a tree. */
  readonly maxXmlPart: number;
}

/** Generous for a Word document (text compresses about 5-20 times, images not at all), hopeless for a zip bomb. */
export const DOCX_ZIP_LIMITS: ZipLimits = {
  maxEntries: 2000,
  maxTotalUncompressed: 256 * 1024 * 1024,
  maxEntryRatio: 100,
  ratioFloor: 64 * 1024,
  // A long feature's document.xml is a few megabytes; parsing one of 250 MB takes gigabytes.
  maxXmlPart: 32 * 1024 * 1024,
};

/** Why an archive was refused: damaged, or built to expand far beyond its size. */
export type ZipProblem = 'corrupt' | 'unsafe-archive';

/** The outcome of inspecting an archive. */
export type ZipInspection = { readonly ok: true; readonly entries: readonly ZipEntry[] } | { readonly ok: false; readonly problem: ZipProblem };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const DESCRIPTOR_SIGNATURE = 0x08074b50;
const EOCD_SIZE = 22;
const LOCAL_HEADER_SIZE = 30;
const CENTRAL_HEADER_SIZE = 46;
/** Zip64 archives mark their real sizes with this; no Word document needs them. */
const ZIP64_MARK = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEndOfCentralDirectory(data: DataView): number {
  // The record sits at the end, after a comment of at most 65535 bytes.
  const lowest = Math.max(0, data.byteLength - EOCD_SIZE - 0xffff);
  for (let offset = data.byteLength - EOCD_SIZE; offset >= lowest; offset--) {
    if (data.getUint32(offset, true) === EOCD_SIGNATURE) return offset;
  }
  return -1;
}

/** Whether the bytes start like a zip archive (a local file header). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && view(bytes).getUint32(0, true) === LOCAL_SIGNATURE;
}

/**
 * Reads an archive's central directory and checks the declared entry count, sizes and
 * compression ratios, and that no two entries share compressed data (a trick of zip bombs),
 * without inflating a byte.
 */
export function inspectZip(bytes: Uint8Array, limits: ZipLimits = DOCX_ZIP_LIMITS): ZipInspection {
  if (bytes.length < EOCD_SIZE) return { ok: false, problem: 'corrupt' };
  const data = view(bytes);
  const eocd = findEndOfCentralDirectory(data);
  if (eocd < 0) return { ok: false, problem: 'corrupt' };
  const count = data.getUint16(eocd + 10, true);
  const directorySize = data.getUint32(eocd + 12, true);
  const directoryOffset = data.getUint32(eocd + 16, true);
  if (count === 0xffff || directorySize === ZIP64_MARK || directoryOffset === ZIP64_MARK) return { ok: false, problem: 'unsafe-archive' };
  if (count > limits.maxEntries) return { ok: false, problem: 'unsafe-archive' };
  if (directoryOffset + directorySize > eocd) return { ok: false, problem: 'corrupt' };

  const entries: ZipEntry[] = [];
  let offset = directoryOffset;
  let total = 0;
  for (let index = 0; index < count; index++) {
    if (offset + CENTRAL_HEADER_SIZE > eocd || data.getUint32(offset, true) !== CENTRAL_SIGNATURE) return { ok: false, problem: 'corrupt' };
    const nameLength = data.getUint16(offset + 28, true);
    const extraLength = data.getUint16(offset + 30, true);
    const commentLength = data.getUint16(offset + 32, true);
    const entry: ZipEntry = {
      flags: data.getUint16(offset + 8, true),
      method: data.getUint16(offset + 10, true),
      compressedSize: data.getUint32(offset + 20, true),
      uncompressedSize: data.getUint32(offset + 24, true),
      localHeaderOffset: data.getUint32(offset + 42, true),
      name: Buffer.from(bytes.subarray(offset + CENTRAL_HEADER_SIZE, offset + CENTRAL_HEADER_SIZE + nameLength)).toString('utf8'),
    };
    if (entry.compressedSize === ZIP64_MARK || entry.uncompressedSize === ZIP64_MARK || entry.localHeaderOffset === ZIP64_MARK) {
      return { ok: false, problem: 'unsafe-archive' };
    }
    total += entry.uncompressedSize;
    if (total > limits.maxTotalUncompressed) return { ok: false, problem: 'unsafe-archive' };
    if (/\.(?:xml|rels)$/i.test(entry.name) && entry.uncompressedSize > limits.maxXmlPart) return { ok: false, problem: 'unsafe-archive' };
    if (entry.uncompressedSize > limits.ratioFloor && entry.uncompressedSize > entry.compressedSize * limits.maxEntryRatio) {
      return { ok: false, problem: 'unsafe-archive' };
    }
    entries.push(entry);
    offset += CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;
  }

  if (new Set(entries.map((entry) => entry.name)).size !== entries.length) return { ok: false, problem: 'unsafe-archive' };
  const layout = checkLayout(data, bytes, entries, directoryOffset);
  return layout ? { ok: false, problem: layout } : { ok: true, entries };
}

/**
 * Checks that the local headers tile the archive exactly as the directory declares: each names its
 * entry, entries follow one another without gaps or overlaps, and the last ends at the directory.
 * Overlapping entries reuse one compressed stream many times over; a gap can hide an extra local
 * header that a parser reading headers in order would take instead of the declared one.
 */
function checkLayout(data: DataView, bytes: Uint8Array, entries: readonly ZipEntry[], directoryOffset: number): ZipProblem | null {
  const byOffset = [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  let expected = 0;
  for (const entry of byOffset) {
    if (entry.localHeaderOffset < expected) return 'unsafe-archive';
    if (entry.localHeaderOffset > expected) return 'unsafe-archive';
    const at = entry.localHeaderOffset;
    if (at + LOCAL_HEADER_SIZE > directoryOffset || data.getUint32(at, true) !== LOCAL_SIGNATURE) return 'corrupt';
    const nameLength = data.getUint16(at + 26, true);
    const extraLength = data.getUint16(at + 28, true);
    const localName = Buffer.from(bytes.subarray(at + LOCAL_HEADER_SIZE, at + LOCAL_HEADER_SIZE + nameLength)).toString('utf8');
    if (localName !== entry.name || data.getUint16(at + 8, true) !== entry.method) return 'corrupt';
    let end = at + LOCAL_HEADER_SIZE + nameLength + extraLength + entry.compressedSize;
    // Bit 3: sizes follow the data in a descriptor (optionally signed), 12 or 16 bytes.
    if ((entry.flags & 8) !== 0) end += end + 4 <= directoryOffset && data.getUint32(end, true) === DESCRIPTOR_SIGNATURE ? 16 : 12;
    if (end > directoryOffset) return 'corrupt';
    expected = end;
  }
  return expected === directoryOffset ? null : 'unsafe-archive';
}

/** An entry's content, or why it could not be had: damaged data, or more data than declared. */
export type ZipEntryContent = Buffer | 'damaged' | 'oversized';

/**
 * Inflates one entry, never past its declared size: an entry that lies about its size is stopped
 * at that size instead of filling memory.
 */
export function inflateZipEntry(bytes: Uint8Array, entry: ZipEntry): ZipEntryContent {
  const data = view(bytes);
  const at = entry.localHeaderOffset;
  if (at + LOCAL_HEADER_SIZE > bytes.length || data.getUint32(at, true) !== LOCAL_SIGNATURE) return 'damaged';
  const start = at + LOCAL_HEADER_SIZE + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) return 'damaged';
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset + start, entry.compressedSize);
  if (entry.method === STORED) return entry.compressedSize === entry.uncompressedSize ? Buffer.from(raw) : 'damaged';
  if (entry.method !== DEFLATED) return 'damaged';
  try {
    const inflated = inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    return inflated.length === entry.uncompressedSize ? inflated : 'damaged';
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
    return code === 'ERR_BUFFER_TOO_LARGE' ? 'oversized' : 'damaged';
  }
}

/** An entry's content, or null when it is damaged or bigger than declared. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Buffer | null {
  const content = inflateZipEntry(bytes, entry);
  return typeof content === 'string' ? null : content;
}

/**
 * Inflates every entry within its declared size, so a library that trusts the archive may open
 * it afterwards; fails on the first entry that is damaged, encrypted or bigger than declared.
 */
export function verifyZipEntries(bytes: Uint8Array, entries: readonly ZipEntry[]): ZipProblem | null {
  const contents = verifiedZipContents(bytes, entries);
  return typeof contents === 'string' ? contents : null;
}

/**
 * Every entry's inflated content, each stopped at its declared size while inflating; fails on the
 * first entry that is damaged, encrypted or bigger than declared.
 */
export function verifiedZipContents(bytes: Uint8Array, entries: readonly ZipEntry[]): Map<string, Buffer> | ZipProblem {
  const contents = new Map<string, Buffer>();
  for (const entry of entries) {
    if ((entry.flags & 1) !== 0) return 'corrupt';
    if (entry.name.endsWith('/') && entry.uncompressedSize === 0) continue;
    const content = inflateZipEntry(bytes, entry);
    if (content === 'oversized') return 'unsafe-archive';
    if (content === 'damaged') return 'corrupt';
    contents.set(entry.name, content);
  }
  return contents;
}

/**
 * Writes a fresh archive of stored (uncompressed) entries from verified contents, so a library
 * opening it sees exactly the entries we checked and nothing else the original bytes held.
 */
export function buildStoredZip(contents: ReadonlyMap<string, Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of contents) {
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(content);
    const local = Buffer.alloc(LOCAL_HEADER_SIZE);
    local.writeUInt32LE(LOCAL_SIGNATURE, 0);
    local.writeUInt16LE(20, 4);
    // Bit 11: the name is UTF-8.
    local.writeUInt16LE(0x800, 6);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(content.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(CENTRAL_HEADER_SIZE);
    central.writeUInt32LE(CENTRAL_SIGNATURE, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(content.length, 20);
    central.writeUInt32LE(content.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, content);
    centrals.push(central, nameBytes);
    offset += LOCAL_HEADER_SIZE + nameBytes.length + content.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(EOCD_SIZE);
  end.writeUInt32LE(EOCD_SIGNATURE, 0);
  end.writeUInt16LE(contents.size, 8);
  end.writeUInt16LE(contents.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
