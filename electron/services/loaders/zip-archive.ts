import { inflateRawSync } from 'node:zlib';

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
}

/** Generous for a Word document (text compresses about 5-20 times, images not at all), hopeless for a zip bomb. */
export const DOCX_ZIP_LIMITS: ZipLimits = {
  maxEntries: 2000,
  maxTotalUncompressed: 256 * 1024 * 1024,
  maxEntryRatio: 100,
  ratioFloor: 64 * 1024,
};

/** Why an archive was refused: damaged, or built to expand far beyond its size. */
export type ZipProblem = 'corrupt' | 'unsafe-archive';

/** The outcome of inspecting an archive. */
export type ZipInspection = { readonly ok: true; readonly entries: readonly ZipEntry[] } | { readonly ok: false; readonly problem: ZipProblem };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
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
    if (entry.uncompressedSize > limits.ratioFloor && entry.uncompressedSize > entry.compressedSize * limits.maxEntryRatio) {
      return { ok: false, problem: 'unsafe-archive' };
    }
    entries.push(entry);
    offset += CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;
  }

  // Entries laid out one after another; overlapping ones reuse one compressed stream many times over.
  const byOffset = [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  let end = 0;
  for (const entry of byOffset) {
    if (entry.localHeaderOffset < end) return { ok: false, problem: 'unsafe-archive' };
    end = entry.localHeaderOffset + LOCAL_HEADER_SIZE + entry.name.length + entry.compressedSize;
    if (end > directoryOffset) return { ok: false, problem: 'corrupt' };
  }
  return { ok: true, entries };
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
  for (const entry of entries) {
    // Bit 0: the entry is encrypted, which no library here can read.
    if ((entry.flags & 1) !== 0) return 'corrupt';
    if (entry.name.endsWith('/') && entry.uncompressedSize === 0) continue;
    const content = inflateZipEntry(bytes, entry);
    if (content === 'oversized') return 'unsafe-archive';
    if (content === 'damaged') return 'corrupt';
  }
  return null;
}
