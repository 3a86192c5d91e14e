import { randomBytes } from 'node:crypto';
import { promises as fsPromises } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file operations an atomic write uses; tests substitute failing ones. */
export interface AtomicWriteFs {
  readonly writeFile: (path: string, data: string, options: { encoding: 'utf8'; flag: 'wx'; mode: number }) => Promise<void>;
  readonly link: (existing: string, target: string) => Promise<void>;
  readonly rename: (from: string, to: string) => Promise<void>;
  readonly unlink: (path: string) => Promise<void>;
  readonly lstat: (path: string) => Promise<{ isDirectory(): boolean }>;
}

/** Options of an atomic write. */
export interface AtomicWriteOptions {
  /** Replace a file already at the destination; without it an existing file is never touched. */
  readonly overwrite: boolean;
  /** File operations to use instead of Node's; for tests. */
  readonly fs?: AtomicWriteFs;
}

/** A write that failed, with the system error code and one sentence for the user. */
export class AtomicWriteError extends Error {
  override readonly name = 'AtomicWriteError';

  /** Wraps a failure; `code` is Node's error code when there was one. */
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

const nodeFs: AtomicWriteFs = {
  writeFile: (path, data, options) => fsPromises.writeFile(path, data, options),
  link: (existing, target) => fsPromises.link(existing, target),
  rename: (from, to) => fsPromises.rename(from, to),
  unlink: (path) => fsPromises.unlink(path),
  lstat: (path) => fsPromises.lstat(path),
};

/**
 * Writes `data` to `destination` so a reader of the destination sees the old file or the whole new
 * one, never a part: the text goes to a temporary file in the same folder, which then takes the
 * destination's name. Without `overwrite`, an existing destination makes the write fail (EEXIST).
 */
export async function writeFileAtomic(destination: string, data: string, options: AtomicWriteOptions): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const temp = join(dirname(destination), `.${basename(destination)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temp, data, { encoding: 'utf8', flag: 'wx', mode: 0o644 });
  } catch (error) {
    await removeQuietly(fs, temp);
    throw toWriteError(error, destination);
  }
  try {
    if (options.overwrite) {
      if (await isDirectory(fs, destination)) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      await fs.rename(temp, destination);
      return;
    }
    // link() refuses an existing target atomically, where "check, then rename" would race.
    await placeWithoutReplacing(fs, temp, destination);
  } catch (error) {
    throw toWriteError(error, destination);
  } finally {
    await removeQuietly(fs, temp);
  }
}

async function placeWithoutReplacing(fs: AtomicWriteFs, temp: string, destination: string): Promise<void> {
  try {
    await fs.link(temp, destination);
  } catch (error) {
    if (!isLinkUnsupported(error)) throw error;
    // Some file systems (FAT, some network shares) have no hard links: check, then rename.
    if (await exists(fs, destination)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
    await fs.rename(temp, destination);
  }
}

function isLinkUnsupported(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS' || code === 'EXDEV';
}

async function exists(fs: AtomicWriteFs, path: string): Promise<boolean> {
  try {
    await fs.lstat(path);
    return true;
  } catch {
    return false;
  }
}

async function isDirectory(fs: AtomicWriteFs, path: string): Promise<boolean> {
  try {
    return (await fs.lstat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function removeQuietly(fs: AtomicWriteFs, path: string): Promise<void> {
  try {
    await fs.unlink(path);
  } catch {
    // Already gone (renamed into place, or never created).
  }
}

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

/** Turns a file-system error into an AtomicWriteError with a message a reader can act on. */
export function toWriteError(error: unknown, destination: string): AtomicWriteError {
  if (error instanceof AtomicWriteError) return error;
  const code = errorCode(error);
  const name = basename(destination);
  const folder = dirname(destination);
  const messages: Readonly<Record<string, string>> = {
    EACCES: `Sourcelight is not allowed to write to the folder ${folder}. Choose another folder.`,
    EPERM: `Sourcelight is not allowed to write ${name} in ${folder}. Choose another folder.`,
    EROFS: `The folder ${folder} is on a read-only disk. Choose another folder.`,
    ENOSPC: `There is not enough free space to save ${name}. Free some space or choose another disk.`,
    EDQUOT: `Your disk quota is full, so ${name} could not be saved.`,
    EEXIST: `A file named ${name} already exists in ${folder}. Choose another name, or allow replacing it.`,
    ENOENT: `The folder ${folder} does not exist.`,
    ENOTDIR: `The folder ${folder} does not exist.`,
    EISDIR: `${name} is a folder, not a file. Choose another name.`,
  };
  const detail = error instanceof Error ? error.message : String(error);
  return new AtomicWriteError((code && messages[code]) || `Could not save ${name}: ${detail}`, code);
}
