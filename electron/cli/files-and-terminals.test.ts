// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvField } from '../../shared/export/csv-export';
import { escapeHtml } from '../../shared/export/escape-html';
import { loadArticleFile } from '../services/load-article';
import { EXIT_FAILURE, EXIT_OK, runCli } from './run-cli';
import { terminalSafe } from './terminal-text';

// Issue 17, files and terminals: outputs, FIFOs, system folders and hostile characters.
const ARTICLE = 'Port reopens\n\nThe port reopened on Friday, the state news agency KCNA said, according to officials.';
let folder = '';

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'sourcelight-files-'));
  writeFileSync(join(folder, 'port.txt'), ARTICLE);
  writeFileSync(join(folder, 'bridge.txt'), ARTICLE.replace('port', 'bridge'));
  execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
  execFileSync('mkfifo', [join(folder, 'out-pipe.html')]);
});
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

async function run(argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await runCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd: folder, env: {} });
  return { status, stdout, stderr };
}

describe('reading', () => {
  it('refuses a FIFO named like an article at once instead of waiting for a writer', async () => {
    const result = await loadArticleFile(join(folder, 'pipe.txt'));
    expect(result.ok ? '' : result.error.message).toBe('“pipe.txt” could not be read (not a regular file); check that the file is still there and try again.');
  });
});

describe('export destinations', () => {
  it('never replaces a FIFO, even with --force', async () => {
    const result = await run(['export', 'port.txt', '-o', 'out-pipe.html', '--force']);
    expect(result.status).toBe(EXIT_FAILURE);
    expect(result.stderr).toMatch(/^sourcelight: out-pipe\.html is not a regular file \(a device, pipe or socket\)/);
    expect(statSync(join(folder, 'out-pipe.html')).isFIFO()).toBe(true);
  });

  it('refuses /dev/null and anything else under /dev, /proc or /sys, even with --force', async () => {
    for (const target of ['/dev/null', '/proc/self/fd/1', '/sys/kernel/x.html']) {
      const result = await run(['export', 'port.txt', '-o', target, '--force']);
      expect(result.status, target).toBe(EXIT_FAILURE);
      expect(result.stderr, target).toMatch(/is inside \/(?:dev|proc|sys), a system folder that holds no documents/);
    }
    const batch = await run(['export', 'port.txt', '--out-dir', '/proc/self/new-folder']);
    expect(batch.status).toBe(EXIT_FAILURE);
    expect(batch.stderr).toMatch(/^sourcelight: \/proc\/self\/new-folder is inside \/proc/);
  });

  it('refuses `-o newdir/` instead of writing a file named newdir', async () => {
    const result = await run(['export', 'port.txt', '-o', 'newdir/', '--force']);
    expect(result.status).toBe(EXIT_FAILURE);
    expect(result.stderr).toBe('sourcelight: newdir/ names a folder; give the export a file name.\n');
    expect(existsSync(join(folder, 'newdir'))).toBe(false);
  });

  it('never lets a batch overwrite one of its own inputs before reading it', async () => {
    mkdirSync(join(folder, 'loop'), { recursive: true });
    // The first export's name is the second input.
    writeFileSync(join(folder, 'loop', 'port-sourcelight.html'), 'Port-sourcelight holds the original words, officials said on Friday.');
    const result = await run(['export', 'port.txt', 'loop/port-sourcelight.html', '--out-dir', 'loop', '--force']);
    expect(result.stderr).toMatch(/port-sourcelight\.html is one of the files being exported/);
    expect(readFileSync(join(folder, 'loop', 'port-sourcelight.html'), 'utf8')).toBe('Port-sourcelight holds the original words, officials said on Friday.');
  });
});

describe('hostile characters', () => {
  it('strips controls and bidi characters from the human listing and from messages', async () => {
    const hostile = `\u001b[2J\u001b]8;;https://evil.example\u0007Port\u202e txt.exe\u009b`;
    writeFileSync(join(folder, 'title.txt'), `${hostile}\n\n${ARTICLE}`);
    const listing = await run(['analyze', 'title.txt']);
    expect(listing.status).toBe(EXIT_OK);
    // eslint-disable-next-line no-control-regex -- the test looks for exactly these characters
    expect(listing.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    const name = `bad\u001b[31mname\u202e.txt`;
    const missing = await run(['analyze', name]);
    expect(missing.stderr).toBe('sourcelight: “bad[31mname.txt” does not exist; check the file name and folder and try again.\n');
    expect(terminalSafe('a\tb\nc\u0000\u200fd')).toBe('a\tb\ncd');
  });

  it('keeps bidi overrides visible as markers in HTML and CSV exports instead of letting them act', () => {
    expect(escapeHtml('Kim \u202egnal\u202c said')).toBe('Kim [U+202E]gnal[U+202C] said');
    expect(csvField('\u2067x\u2069')).toBe('[U+2067]x[U+2069]');
  });
});
