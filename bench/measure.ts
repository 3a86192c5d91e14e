import { performance } from 'node:perf_hooks';

/** Median wall time in milliseconds of `runs` calls, after one warm-up call. */
export function medianMs(runs: number, task: () => unknown): number {
  task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Formats milliseconds for a table. */
export function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}
