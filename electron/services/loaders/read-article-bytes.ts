import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { LoadError, LoadErrorCode } from '../../../shared/model/load-result';
import { loadError, maxFileBytes, SUPPORTED_EXTENSIONS, tooBigFile, type SupportedExtension } from './load-errors';

/** The raw bytes of an article file that passed every check made before decoding. */
export interface ArticleBytes {
  readonly ok: true;
  readonly bytes: Uint8Array;
  readonly extension: SupportedExtension;
  readonly fileName: string;
}

/** Maps a Node file-system error code to the failure the reader is shown. */
export function codeForSystemError(systemCode: string | undefined): LoadErrorCode {
  switch (systemCode) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'not-found';
    case 'EISDIR':
      return 'is-directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission-denied';
    default:
      return 'unreadable';
  }
}

function systemCodeOf(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

function failure(error: unknown, fileName: string): { ok: false; error: LoadError } {
  const systemCode = systemCodeOf(error);
  return { ok: false, error: loadError(codeForSystemError(systemCode), fileName, { systemCode }) };
}

/** Lower-case extension of a path when a loader handles it, else null. */
export function supportedExtensionOf(path: string): SupportedExtension | null {
  const ext = extname(path).slice(1).toLowerCase();
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(ext) ? (ext as SupportedExtension) : null;
}

/**
 * Opens a path read-only and without blocking, then settles kind, extension and size on the open
 * handle (not the path, which could be swapped for a FIFO between a check and the open) so a huge
 * or wrong file is refused before any of it is read.
 */
export async function readArticleBytes(path: string): Promise<ArticleBytes | { ok: false; error: LoadError }> {
  const fileName = basename(path) || path;
  let handle;
  try {
    // O_NONBLOCK: opening a FIFO or a device must not wait for a writer; it is refused just below.
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return failure(error, fileName);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return { ok: false, error: loadError('is-directory', fileName) };
    if (!info.isFile()) return { ok: false, error: loadError('unreadable', fileName, { systemCode: 'not a regular file' }) };
    const extension = supportedExtensionOf(path);
    if (!extension) return { ok: false, error: loadError('unsupported-type', fileName) };
    if (info.size > maxFileBytes(extension)) return { ok: false, error: tooBigFile(extension, fileName, info.size) };
    if (info.size === 0) return { ok: false, error: loadError('empty', fileName) };
    const buffer = await handle.readFile();
    const filled = buffer.length;
    // Checked again because the file may have grown since it was measured.
    if (filled > maxFileBytes(extension)) return { ok: false, error: tooBigFile(extension, fileName, filled) };
    if (filled === 0) return { ok: false, error: loadError('empty', fileName) };
    return { ok: true, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, filled), extension, fileName };
  } catch (error) {
    return failure(error, fileName);
  } finally {
    await handle.close();
  }
}
