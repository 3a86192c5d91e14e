// @vitest-environment node
import { promises as fsPromises } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { batchOutputNames } from './batch-export';
import { progressLine } from './progress-bar';
import { EXIT_FAILURE, EXIT_OK, runCli } from './run-cli';

const GOOD = 'Port reopens\n\nThe port reopened on Friday, the state news agency KCNA said. “The quay is safe,” the harbour master said.';
const OTHER = 'Bridge closes\n\nThe bridge reportedly closed for repairs, Xinhua said.';

let folder = '';
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sourcelight-batch-'));
  await writeFile(join(folder, 'port.txt'), GOOD);
  await writeFile(join(folder, 'bridge.txt'), OTHER);
  await writeFile(join(folder, 'notes.bin'), 'not an article Sourcelight reads');
});
afterEach(async () => {
  vi.restoreAllMocks();
  await chmod(join(folder, 'out'), 0o755).catch(() => undefined);
  await rm(folder, { recursive: true, force: true });
});

async function run(argv: string[], tty = false): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: folder,
    env: {},
    stderrIsTTY: tty,
    columns: 60,
  });
  return { status, stdout, stderr };
}

describe('export FILES... --out-dir DIR', () => {
  it('exports the good files, reports the bad one, prints a summary and exits 1', async () => {
    const result = await run(['export', 'port.txt', 'notes.bin', 'missing.txt', 'bridge.txt', '--out-dir', 'out']);
    expect(result.status).toBe(EXIT_FAILURE);
    expect((await readdir(join(folder, 'out'))).sort()).toEqual(['bridge-sourcelight.html', 'port-sourcelight.html']);
    expect(await readFile(join(folder, 'out', 'port-sourcelight.html'), 'utf8')).toContain('The port reopened on Friday');
    const errors = result.stderr.trimEnd().split('\n');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^sourcelight: “notes\.bin” is not a type Sourcelight opens/);
    expect(errors[1]).toMatch(/^sourcelight: “missing\.txt” does not exist/);
    expect(result.stdout).toBe(`Exported 2 of 4 files as HTML to ${join(folder, 'out')}; 2 failed.\n`);
    // The first file starts the isolated loader worker, which compiles the loaders from source here.
  }, 60_000);

  it('exits 0 when every file was exported, in the format asked for', async () => {
    for (const [format, extension, label] of [
      ['jsonld', 'jsonld', 'JSON-LD'],
      ['csv', 'csv', 'CSV'],
    ] as const) {
      const result = await run(['export', 'port.txt', 'bridge.txt', '--out-dir', `out-${format}`, '--format', format]);
      expect(result.status).toBe(EXIT_OK);
      expect(result.stderr).toBe('');
      expect((await readdir(join(folder, `out-${format}`))).sort()).toEqual([`bridge-sourcelight.${extension}`, `port-sourcelight.${extension}`]);
      expect(result.stdout).toBe(`Exported 2 of 2 files as ${label} to ${join(folder, `out-${format}`)}.\n`);
    }
    const jsonld = JSON.parse(await readFile(join(folder, 'out-jsonld', 'port-sourcelight.jsonld'), 'utf8')) as { type: string };
    expect(jsonld.type).toBe('AnnotationCollection');
    expect(await readFile(join(folder, 'out-csv', 'port-sourcelight.csv'), 'utf8')).toMatch(/^\uFEFFlayer,start,end,text,/);
  });

  it('never replaces an existing export without --force, and does with it', async () => {
    await mkdir(join(folder, 'out'));
    await writeFile(join(folder, 'out', 'port-sourcelight.html'), 'keep me');
    const refused = await run(['export', 'port.txt', 'bridge.txt', '--out-dir', 'out']);
    expect(refused.status).toBe(EXIT_FAILURE);
    expect(refused.stderr).toMatch(/^sourcelight: port\.txt: A file named port-sourcelight\.html already exists .*add --force to replace it\.\n$/);
    expect(await readFile(join(folder, 'out', 'port-sourcelight.html'), 'utf8')).toBe('keep me');
    expect(await readdir(join(folder, 'out'))).toHaveLength(2);
    const forced = await run(['export', 'port.txt', 'bridge.txt', '--out-dir', 'out', '--force']);
    expect(forced.status).toBe(EXIT_OK);
    expect(await readFile(join(folder, 'out', 'port-sourcelight.html'), 'utf8')).toContain('The port reopened on Friday');
    // Atomic writes leave no temporary files behind.
    expect((await readdir(join(folder, 'out'))).sort()).toEqual(['bridge-sourcelight.html', 'port-sourcelight.html']);
  });

  it('never writes over the source article', async () => {
    const result = await run(['export', 'port.txt', '--out-dir', '.', '--force']);
    expect(result.status).toBe(EXIT_OK);
    expect(await readFile(join(folder, 'port.txt'), 'utf8')).toBe(GOOD);
  });

  it('says clearly when the folder is read-only, and leaves nothing behind', async () => {
    await mkdir(join(folder, 'out'));
    const readOnly = Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
    vi.spyOn(fsPromises, 'writeFile').mockRejectedValue(readOnly);
    const result = await run(['export', 'port.txt', 'bridge.txt', '--out-dir', 'out']);
    expect(result.status).toBe(EXIT_FAILURE);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      `sourcelight: port.txt: The folder ${join(folder, 'out')} is on a read-only disk. Choose another folder.`,
      `sourcelight: bridge.txt: The folder ${join(folder, 'out')} is on a read-only disk. Choose another folder.`,
    ]);
    expect(result.stdout).toContain('Exported 0 of 2 files');
    expect(await readdir(join(folder, 'out'))).toEqual([]);
  });

  it.skipIf(process.getuid?.() === 0)('reports a folder without write permission (skipped as root, who may write anywhere)', async () => {
    await mkdir(join(folder, 'out'));
    await chmod(join(folder, 'out'), 0o555);
    const result = await run(['export', 'port.txt', '--out-dir', 'out']);
    expect(result.status).toBe(EXIT_FAILURE);
    expect(result.stderr).toContain('is not allowed to write');
  });

  it('draws a progress bar on a terminal and clears it, but not when stderr is a pipe', async () => {
    const onTerminal = await run(['export', 'port.txt', 'bridge.txt', '--out-dir', 'out'], true);
    expect(onTerminal.status).toBe(EXIT_OK);
    expect(onTerminal.stderr).toContain('\r\x1b[2K[------------------------] 0/2 port.txt');
    expect(onTerminal.stderr).toContain('[############------------] 1/2 bridge.txt');
    expect(onTerminal.stderr.endsWith('\r\x1b[2K')).toBe(true);
    const piped = await run(['export', 'port.txt', 'bridge.txt', '--out-dir', 'out2']);
    expect(piped.stderr).toBe('');
  });

  it('rejects -o with several files, and -o with --out-dir', async () => {
    expect((await run(['export', 'port.txt', 'bridge.txt', '-o', 'x.html'])).stderr).toContain('use --out-dir DIR to export 2 files');
    expect((await run(['export', 'port.txt', '-o', 'x.html', '--out-dir', 'out'])).stderr).toContain('not both');
    expect((await run(['export', 'port.txt', '--out-dir', 'out', '--format', 'pdf'])).stderr).toContain('--format needs one of html, jsonld, csv');
  });

  it('keeps `export FILE -o OUT` working, now in every format', async () => {
    const result = await run(['export', 'port.txt', '-o', 'port.csv', '--format', 'csv']);
    expect(result.status).toBe(EXIT_OK);
    expect(await readFile(join(folder, 'port.csv'), 'utf8')).toMatch(/^\uFEFFlayer,/);
  });
});

describe('batchOutputNames', () => {
  it('gives two articles of the same name different exports', () => {
    expect(batchOutputNames(['/a/story.txt', '/b/story.txt', '/c/Story.html', '/d/other.htm'], 'html')).toEqual([
      'story-sourcelight.html',
      'story-sourcelight-2.html',
      'Story-sourcelight-3.html',
      'other-sourcelight.html',
    ]);
  });
});

describe('progressLine', () => {
  it('fits the terminal width', () => {
    expect(progressLine(1, 4, 'a-very-long-file-name.txt', 30)).toHaveLength(29);
    expect(progressLine(4, 4, 'x', 80)).toBe(`[${'#'.repeat(24)}] 4/4 x`);
  });
});
