// @vitest-environment node
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');
const WORKFLOWS = join(ROOT, '.github/workflows');
const temporary = mkdtempSync(join(tmpdir(), 'sl-workflows-'));
afterAll(() => rmSync(temporary, { recursive: true, force: true }));

/** Runs the workflow linter in its own process (its WebAssembly runtime sets globals). */
function lint(files: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [join(ROOT, 'scripts/lint-workflows.cjs'), ...files],
      { cwd: ROOT, timeout: 60_000, encoding: 'utf8' },
      (error, stdout, stderr) => {
        done({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
      },
    );
  });
}

interface Step {
  readonly name?: string;
  readonly run?: string;
  readonly uses?: string;
  readonly if?: string;
  readonly with?: Record<string, unknown>;
}
interface Job {
  readonly uses?: string;
  readonly needs?: string | string[];
  readonly permissions?: Record<string, string>;
  readonly strategy?: { matrix: { os?: string[]; include?: Record<string, string>[] } };
  readonly steps?: Step[];
}
interface Workflow {
  readonly on: Record<string, unknown>;
  readonly permissions?: Record<string, string>;
  readonly jobs: Record<string, Job>;
}

function workflow(name: string): Workflow {
  return load(readFileSync(join(WORKFLOWS, name), 'utf8')) as Workflow;
}

describe('the GitHub workflows', () => {
  // One linter run (its WebAssembly start-up is the slow part) over our workflows and a broken copy.
  const broken = join(temporary, 'broken.yml');
  writeFileSync(
    broken,
    readFileSync(join(WORKFLOWS, 'ci.yml'), 'utf8')
      .replace('timeout-minutes: 45', 'timeout-minute: 45')
      .replace('${{ matrix.node }}\n          cache', '${{ matrix.nodes }}\n          cache'),
  );
  const linted = lint([join(WORKFLOWS, 'ci.yml'), join(WORKFLOWS, 'release.yml'), broken]);

  it('pass actionlint', async () => {
    const { stderr } = await linted;
    const problems = stderr.split('\n').filter((line) => line.trim().length > 0);
    expect(problems.filter((line) => !line.includes('broken.yml'))).toEqual([]);
  });

  it('would fail actionlint with a mistyped key or expression (the linter really checks)', async () => {
    const { code, stderr } = await linted;
    expect(code).toBe(1);
    expect(stderr).toMatch(/broken\.yml:\d+:\d+: unexpected key "timeout-minute"/);
    expect(stderr).toMatch(/broken\.yml:\d+:\d+: property "nodes" is not defined/);
  });

  it('run npm test on Ubuntu (under xvfb-run, with the Electron binary installed), macOS and Windows', () => {
    const ci = workflow('ci.yml');
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['push', 'pull_request', 'workflow_call']));
    const test = ci.jobs['test']!;
    expect(test.strategy!.matrix.os).toEqual(['ubuntu-latest', 'macos-latest', 'windows-latest']);
    const steps = test.steps!;
    expect(steps.some((step) => step.run === 'node scripts/ensure-electron.cjs')).toBe(true);
    expect(steps.find((step) => step.run === 'xvfb-run -a npm test')?.if).toBe("runner.os == 'Linux'");
    expect(steps.find((step) => step.run === 'npm test')?.if).toBe("runner.os != 'Linux'");
    // The oldest Node the engines field allows is tested too.
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
    const oldest = /\^(\d+\.\d+\.\d+)/.exec(manifest.engines.node)![1];
    expect(test.strategy!.matrix.include!.map((entry) => entry['node'])).toContain(oldest);
  });

  it('build the installers on a version tag, after the tests, and attach them to the release', () => {
    const release = workflow('release.yml');
    expect(release.on).toEqual({ push: { tags: ['v*'] } });
    expect(release.permissions).toEqual({ contents: 'read' });
    expect(release.jobs['test']!.uses).toBe('./.github/workflows/ci.yml');
    const installers = release.jobs['installers']!;
    expect(installers.needs).toBe('test');
    expect(installers.strategy!.matrix.include!.map((entry) => [entry['os'], entry['platform']])).toEqual([
      ['ubuntu-latest', '--linux'],
      ['macos-latest', '--mac'],
      ['windows-latest', '--win'],
    ]);
    const build = installers.steps!.find((step) => step.run?.startsWith('npx electron-builder'));
    expect(build?.run).toBe('npx electron-builder ${{ matrix.platform }} --publish never');
    const upload = installers.steps!.find((step) => step.uses?.startsWith('actions/upload-artifact'));
    expect(String(upload?.with?.['path'])).toMatch(/AppImage[\s\S]*deb[\s\S]*dmg[\s\S]*exe/);
    const attach = release.jobs['release']!;
    expect(attach.needs).toBe('installers');
    expect(attach.permissions).toEqual({ contents: 'write' });
    expect(attach.steps!.some((step) => step.run?.includes('gh release upload "$GITHUB_REF_NAME" installers/*'))).toBe(true);
  });

  it('call a reusable workflow that exists and can be called', () => {
    const called = workflow('release.yml').jobs['test']!.uses!.replace(/^\.\//, '');
    expect(existsSync(join(ROOT, called))).toBe(true);
    expect(Object.keys(workflow(called.split('/').pop()!).on)).toContain('workflow_call');
  });
});
