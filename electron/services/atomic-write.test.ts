import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AtomicWriteError, toWriteError, writeFileAtomic, type AtomicWriteFs } from './atomic-write';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sl-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const realFs: AtomicWriteFs = {
  writeFile: (path, data, options) => fs.writeFile(path, data, options),
  link: (a, b) => fs.link(a, b),
  rename: (a, b) => fs.rename(a, b),
  unlink: (path) => fs.unlink(path),
  lstat: (path) => fs.lstat(path),
};

function systemError(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

describe('writeFileAtomic', () => {
  it('writes a new file and leaves no temporary file behind', async () => {
    const target = join(dir, 'out.html');
    await writeFileAtomic(target, 'héllo', { overwrite: false });
    expect(await readFile(target, 'utf8')).toBe('héllo');
    expect(await readdir(dir)).toEqual(['out.html']);
  });

  it('refuses to replace an existing file without overwrite, keeping it as it was', async () => {
    const target = join(dir, 'out.html');
    await writeFile(target, 'old');
    const failure = await writeFileAtomic(target, 'new', { overwrite: false }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AtomicWriteError);
    expect((failure as AtomicWriteError).code).toBe('EEXIST');
    expect((failure as AtomicWriteError).message).toContain('already exists');
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['out.html']);
  });

  it('replaces an existing file with overwrite', async () => {
    const target = join(dir, 'out.html');
    await writeFile(target, 'old');
    await writeFileAtomic(target, 'new', { overwrite: true });
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['out.html']);
  });

  it('keeps the old file intact when the write fails half-way', async () => {
    const target = join(dir, 'out.html');
    await writeFile(target, 'old');
    const failing: AtomicWriteFs = {
      ...realFs,
      writeFile: async (path, data, options) => {
        await fs.writeFile(path, data.slice(0, 2), options);
        throw systemError('ENOSPC');
      },
    };
    const failure = await writeFileAtomic(target, 'a long new text', { overwrite: true, fs: failing }).catch((e: unknown) => e);
    expect((failure as AtomicWriteError).code).toBe('ENOSPC');
    expect((failure as AtomicWriteError).message).toContain('not enough free space');
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['out.html']);
  });

  it('keeps the old file intact when the final rename fails', async () => {
    const target = join(dir, 'out.html');
    await writeFile(target, 'old');
    const failing: AtomicWriteFs = { ...realFs, rename: async () => Promise.reject(systemError('EACCES')) };
    const failure = await writeFileAtomic(target, 'new', { overwrite: true, fs: failing }).catch((e: unknown) => e);
    expect((failure as AtomicWriteError).code).toBe('EACCES');
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['out.html']);
  });

  it('falls back to check-then-rename where hard links are unsupported', async () => {
    const noLinks: AtomicWriteFs = { ...realFs, link: async () => Promise.reject(systemError('EPERM')) };
    const target = join(dir, 'out.html');
    await writeFileAtomic(target, 'first', { overwrite: false, fs: noLinks });
    expect(await readFile(target, 'utf8')).toBe('first');
    const failure = await writeFileAtomic(target, 'second', { overwrite: false, fs: noLinks }).catch((e: unknown) => e);
    expect((failure as AtomicWriteError).code).toBe('EEXIST');
    expect(await readFile(target, 'utf8')).toBe('first');
    expect(await readdir(dir)).toEqual(['out.html']);
  });

  it('refuses a destination that is a folder, even with overwrite', async () => {
    const target = join(dir, 'folder');
    await mkdir(target);
    const failure = await writeFileAtomic(target, 'x', { overwrite: true }).catch((e: unknown) => e);
    expect((failure as AtomicWriteError).code).toBe('EISDIR');
    expect(await readdir(dir)).toEqual(['folder']);
  });

  it('reports a missing folder clearly', async () => {
    const failure = await writeFileAtomic(join(dir, 'nope', 'out.html'), 'x', { overwrite: false }).catch((e: unknown) => e);
    expect((failure as AtomicWriteError).code).toBe('ENOENT');
    expect((failure as AtomicWriteError).message).toContain('does not exist');
  });
});

describe('toWriteError', () => {
  it('gives a clear message for permission, read-only, full-disk and existing-file errors', () => {
    const messages = ['EACCES', 'EROFS', 'ENOSPC', 'EEXIST'].map((code) => toWriteError(systemError(code), '/data/out.html').message);
    expect(messages).toEqual([
      'Sourcelight is not allowed to write to the folder /data. Choose another folder.',
      'The folder /data is on a read-only disk. Choose another folder.',
      'There is not enough free space to save out.html. Free some space or choose another disk.',
      'A file named out.html already exists in /data. Choose another name, or allow replacing it.',
    ]);
  });

  it('keeps the system message for codes it does not know', () => {
    expect(toWriteError(systemError('EIO'), '/data/out.html').message).toBe('Could not save out.html: EIO: simulated');
  });
});
