import { realpath, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { LoadResult } from '../../shared/model/load-result';
import { codeForSystemError, supportedExtensionOf } from '../services/loaders/read-article-bytes';
import { loadError } from '../services/loaders/load-errors';

/**
 * Checks in main a path the renderer says was dropped: it must resolve, through any symlinks, to
 * a regular file whose own name is an article type. A compromised page could otherwise name any
 * file, such as a link called `notes.txt` pointing at `/etc/passwd`. Null when it may be opened.
 */
export async function droppedPathProblem(path: string): Promise<Extract<LoadResult, { ok: false }> | null> {
  const fileName = basename(path) || path;
  try {
    const real = await realpath(path);
    const info = await stat(real);
    if (info.isDirectory()) return { ok: false, error: loadError('is-directory', fileName) };
    if (!info.isFile()) return { ok: false, error: loadError('unreadable', fileName, { systemCode: 'not a regular file' }) };
    if (supportedExtensionOf(path) === null || supportedExtensionOf(real) === null) return { ok: false, error: loadError('unsupported-type', fileName) };
    return null;
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
    return { ok: false, error: loadError(codeForSystemError(code), fileName, { systemCode: code }) };
  }
}
