import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HOSTILE_STORMS } from './hostile-storms';

/**
 * Prints, for each issue-17 case, the CLI's wall time, peak resident memory (from GNU time) and
 * first line of output: `npx tsx bench/measure-hostile.ts [scale] [timeout-seconds] [names,comma-separated]`.
 */
const scale = Number(process.argv[2] ?? 1);
const timeoutSeconds = Number(process.argv[3] ?? 60);
const filter = process.argv[4] ?? '';
const folder = mkdtempSync(join(tmpdir(), 'sourcelight-hostile-'));
const cli = resolve(__dirname, '../electron/cli/main.ts');
/** Peak resident memory (VmHWM, kB) of a process, 0 once it is gone. */
function highWater(pid: number): number {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Runs GNU time on the CLI, polling the CLI's peak memory and killing it after `limitMs`. */
function measured(args: string[], limitMs: number): Promise<{ stdout: string; stderr: string; peakKb: number; killed: boolean }> {
  return new Promise((resolveRun) => {
    const child = spawn('/usr/bin/time', args);
    let stdout = '';
    let stderr = '';
    let peakKb = 0;
    let killed = false;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const cliPid = (): number | null => {
      try {
        const children = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim();
        return children ? Number(children.split(' ')[0]) : null;
      } catch {
        return null;
      }
    };
    const poll = setInterval(() => {
      const pid = cliPid();
      if (pid) peakKb = Math.max(peakKb, highWater(pid));
    }, 200);
    const timer = setTimeout(() => {
      const pid = cliPid();
      if (pid) {
        peakKb = Math.max(peakKb, highWater(pid));
        killed = true;
        process.kill(pid, 'SIGKILL');
      }
    }, limitMs);
    child.on('close', () => {
      clearInterval(poll);
      clearTimeout(timer);
      resolveRun({ stdout, stderr, peakKb, killed });
    });
  });
}

async function main(): Promise<void> {
  console.log('| case | size | time | peak RSS | exit | outcome |\n|---|---|---|---|---|---|');
  for (const storm of HOSTILE_STORMS.filter((entry) => filter.split(',').some((part) => entry.name.includes(part)))) {
    const file = join(folder, `${storm.name}.${storm.extension}`);
    const bytes = storm.build(scale);
    writeFileSync(file, bytes);
    const out = join(folder, 'out');
    mkdirSync(out, { recursive: true });
    const args = storm.command === 'export' ? ['export', file, '-o', join(out, `${storm.name}.html`), '--force'] : ['analyze', file];
    const started = Date.now();
    const run = await measured(['-v', process.execPath, '--import', 'tsx', cli, ...args], timeoutSeconds * 1000);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const rss = String(Math.max(Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? 0), run.peakKb));
    const status = /Exit status: (\d+)/.exec(run.stderr)?.[1] ?? '?';
    const firstLine = (run.stderr.split('\n').find((line) => line.startsWith('sourcelight:')) ?? run.stdout.split('\n')[0] ?? '').slice(0, 110);
    const outcome = run.killed ? `killed at ${timeoutSeconds} s` : firstLine.replace(/\|/g, '/');
    console.log(
      `| ${storm.name} | ${(bytes.length / 1024 / 1024).toFixed(1)} MB | ${seconds} s | ${rss ? `${Math.round(Number(rss) / 1024)} MB` : '?'} | ${status} | ${outcome} |`,
    );
    rmSync(file, { force: true });
  }
}

void main().finally(() => rmSync(folder, { recursive: true, force: true }));
