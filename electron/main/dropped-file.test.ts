// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { droppedPathProblem } from './dropped-file';

let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'sourcelight-drop-'));
  writeFileSync(join(folder, 'story.txt'), 'The harbour reopened on Friday, officials said.');
  writeFileSync(join(folder, 'secret'), 'not an article');
  symlinkSync(join(folder, 'secret'), join(folder, 'disguised.txt'));
  symlinkSync(join(folder, 'story.txt'), join(folder, 'alias.txt'));
  execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
});
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('droppedPathProblem', () => {
  it('lets a regular article file through, directly or through a link to one', async () => {
    expect(await droppedPathProblem(join(folder, 'story.txt'))).toBeNull();
    expect(await droppedPathProblem(join(folder, 'alias.txt'))).toBeNull();
  });

  it('refuses a link named like an article that points at another kind of file', async () => {
    expect((await droppedPathProblem(join(folder, 'disguised.txt')))?.error.code).toBe('unsupported-type');
  });

  it('refuses a FIFO, a folder and a missing file with a message naming the file', async () => {
    const fifo = await droppedPathProblem(join(folder, 'pipe.txt'));
    expect(fifo?.error.message).toMatch(/^“pipe\.txt” could not be read \(not a regular file\)/);
    expect((await droppedPathProblem(folder))?.error.code).toBe('is-directory');
    expect((await droppedPathProblem(join(folder, 'gone.txt')))?.error.code).toBe('not-found');
  });
});
