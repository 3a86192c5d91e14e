import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const execFileAsync = promisify(execFile);
const REPO_ROOT = resolve(__dirname, '../..');
// Each test starts tsx, which compiles the CLI and the engine before it runs: seconds idle, more on a shared machine.
const SPAWNS_TSX_TIMEOUT_MS = 90_000;

let folder = '';

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'sourcelight-cli-process-'));
  writeFileSync(join(folder, 'port.txt'), 'Port reopens\n\nThe port reopened on Friday, the harbour master said.\n');
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

async function runProcess(command: string, args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(command, args, { cwd, env: { ...process.env, INIT_CWD: '' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the CLI as a process', () => {
  it(
    'runs `npm run cli` from another folder and reads the file relative to that folder',
    async () => {
      const result = await runProcess('npm', ['--prefix', REPO_ROOT, 'run', '-s', 'cli', '--', 'analyze', 'port.txt', '--json'], folder);
      expect(result.code).toBe(0);
      const parsed = JSON.parse(result.stdout) as { text: string; findings: unknown[] };
      expect(parsed.text).toBe('Port reopens\n\nThe port reopened on Friday, the harbour master said.');
    },
    SPAWNS_TSX_TIMEOUT_MS,
  );

  it(
    'exits non-zero with one `sourcelight:` line on stderr for a missing file',
    async () => {
      const tsx = join(REPO_ROOT, 'node_modules/.bin/tsx');
      const result = await runProcess(tsx, [join(REPO_ROOT, 'electron/cli/main.ts'), 'analyze', 'nowhere.txt'], folder);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^sourcelight: “nowhere\.txt” does not exist[^\n]*\n$/);
    },
    SPAWNS_TSX_TIMEOUT_MS,
  );
});
