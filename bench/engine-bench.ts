import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze } from '../shared/engine/analyze';
import { buildBenchText } from './bench-text';
import { medianMs, ms } from './measure';
import { naiveAnalyze } from './naive-analyzer';

const REPO_ROOT = resolve(__dirname, '..');
const SIZES = [
  { label: '10 KB', bytes: 10_000, runs: 21 },
  { label: '100 KB', bytes: 100_000, runs: 11 },
  { label: '1 MB', bytes: 1_000_000, runs: 7 },
  { label: '10 MB', bytes: 10_000_000, runs: 3 },
];

/** Engine throughput against the naive analyser, per input size. */
export interface EngineFigure {
  readonly size: string;
  readonly bytes: number;
  readonly engineMs: number;
  readonly naiveMs: number;
  readonly mbPerSecond: number;
  readonly findings: number;
}

/** Measures the engine and the naive analyser on the same inputs. */
export function measureEngine(): EngineFigure[] {
  return SIZES.map(({ label, bytes, runs }) => {
    const text = buildBenchText(bytes);
    const actualBytes = Buffer.byteLength(text);
    const engineMs = medianMs(runs, () => analyze(text));
    const naiveMs = medianMs(runs, () => naiveAnalyze(text));
    return { size: label, bytes: actualBytes, engineMs, naiveMs, mbPerSecond: actualBytes / 1e6 / (engineMs / 1000), findings: analyze(text).length };
  });
}

function timeCommand(args: readonly string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr.toString().trim()}`);
  return elapsed;
}

function medianOf(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

/** The CLI's input: just under the 1,000,000 characters a file may hold. */
const CLI_BYTES = 950_000;

/** Whole-CLI time on the largest article a file may hold, with start-up (the same command on a tiny file) subtracted. */
export function measureCli(): { engineCliMs: number; naiveCliMs: number } {
  const directory = mkdtempSync(join(tmpdir(), 'sourcelight-bench-'));
  try {
    const big = join(directory, 'big.txt');
    const tiny = join(directory, 'tiny.txt');
    writeFileSync(big, buildBenchText(CLI_BYTES));
    writeFileSync(tiny, 'A short article.\n');
    const tsx = join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const engine = (file: string): string[] => [tsx, 'electron/cli/main.ts', 'analyze', file, '--json'];
    const naive = (file: string): string[] => [tsx, 'bench/naive-cli.ts', file];
    const runs = 3;
    const net = (command: (file: string) => string[]): number =>
      medianOf(Array.from({ length: runs }, () => timeCommand(command(big)))) - medianOf(Array.from({ length: runs }, () => timeCommand(command(tiny))));
    return { engineCliMs: net(engine), naiveCliMs: net(naive) };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

function main(): void {
  const figures = measureEngine();
  console.log('Engine throughput (median wall time on this machine)');
  console.log('size      bytes       engine       naive     engine/naive    MB/s   findings');
  for (const f of figures) {
    console.log(
      `${f.size.padEnd(8)} ${String(f.bytes).padStart(9)}  ${ms(f.engineMs).padStart(11)} ${ms(f.naiveMs).padStart(11)}   ${(f.engineMs / f.naiveMs).toFixed(2).padStart(8)}x  ${f.mbPerSecond.toFixed(1).padStart(7)}  ${String(f.findings).padStart(8)}`,
    );
  }
  const oneMb = figures.find((f) => f.size === '1 MB')!;
  const tenMb = figures.find((f) => f.size === '10 MB')!;
  console.log(
    `growth 1 MB -> 10 MB: ${(tenMb.engineMs / oneMb.engineMs).toFixed(2)}x time for ${(tenMb.bytes / oneMb.bytes).toFixed(2)}x text (target: within 11x)`,
  );
  console.log(`1 MB target: under 100 ms -> ${oneMb.engineMs < 100 ? 'met' : 'MISSED'} (${ms(oneMb.engineMs)})`);
  if (!process.argv.includes('--no-cli')) {
    const cli = measureCli();
    console.log(
      `analyze CLI on ${(CLI_BYTES / 1e6).toFixed(2)} MB, start-up subtracted: ${ms(cli.engineCliMs)}; naive CLI the same way: ${ms(cli.naiveCliMs)}; speed ratio ${(cli.naiveCliMs / cli.engineCliMs).toFixed(2)} (target: at least 0.5)`,
    );
  }
}

if (require.main === module) main();
