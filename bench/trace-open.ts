/**
 * Traces a fresh reader opening the 100 KB article and prints the main thread's and the analysis
 * worker's tasks between the open request and the highlighted paint, with their CPU time.
 *
 *   npx tsx bench/trace-open.ts [--renderer out/renderer] [--runs 3] [--bytes 100000] [--reopen]
 *
 * `--reopen` traces opening the same file a second time in a page that already shows it instead.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import playwrightConfig from '../playwright.config';
import { writeTextArticle } from './bench-files';
import { ensureRendererBuilt, openOnce, serveRenderer } from './browser-bench';
import type { TraceEvent } from './trace-summary';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const rendererDir = option('--renderer') ?? 'out/renderer';
  const runs = Number(option('--runs') ?? 3);
  const bytes = Number(option('--bytes') ?? 100_000);
  if (rendererDir === 'out/renderer') ensureRendererBuilt((line) => process.stderr.write(`${line}\n`));
  const directory = mkdtempSync(join(tmpdir(), 'sourcelight-trace-'));
  const server = await serveRenderer(rendererDir);
  const browser = await chromium.launch(playwrightConfig.use?.launchOptions ?? { executablePath: '/usr/bin/chromium' });
  try {
    const file = writeTextArticle(directory, 'article', bytes);
    // One untraced open warms the server and the browser's caches, as the bench's first run does.
    await (await openOnce(browser, server.baseUrl, file)).context.close();
    for (let run = 0; run < runs; run++) {
      const shown = process.argv.includes('--reopen') ? await openOnce(browser, server.baseUrl, file) : null;
      await browser.startTracing(undefined, {
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'toplevel', 'v8.execute', 'v8'],
      });
      const opened = shown ? { ...shown, ms: await shown.reopen() } : await openOnce(browser, server.baseUrl, file);
      const buffer = await browser.stopTracing();
      if (option('--trace')) writeFileSync(option('--trace')!, buffer);
      const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
      const requested = events.find((event) => event.name === 'sl:open-requested');
      if (!requested) throw new Error('no open request in the trace');
      const threads = new Map(
        events
          .filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.pid === requested.pid)
          .map((event) => [event.tid, event.args?.name ?? '']),
      );
      const start = requested.ts;
      const end = start + opened.ms * 1000;
      const navigation = events
        .filter((event) => event.pid === requested.pid && event.ph === 'X' && event.name === 'RunTask' && event.ts < start)
        .map((event) => event.ts);
      console.log(
        `run ${run + 1}: open to highlighted ${opened.ms.toFixed(0)} ms; first task of the page ${((start - Math.min(...navigation)) / 1000).toFixed(0)} ms before the request`,
      );
      const cpuIn = (tid: number): number =>
        events
          .filter(
            (event) => event.pid === requested.pid && event.tid === tid && event.ph === 'X' && event.name === 'RunTask' && event.ts >= start && event.ts <= end,
          )
          .reduce((sum, event) => sum + (event.tdur ?? 0), 0) / 1000;
      const totals = [...threads]
        .filter(([, name]) => name === 'CrRendererMain' || name.startsWith('DedicatedWorker'))
        .map(([tid, name]) => `${name} ${cpuIn(tid).toFixed(0)} ms`);
      console.log(`  CPU between request and highlighted: ${totals.join(', ')}`);
      if (process.argv.includes('--brief')) {
        await opened.context.close();
        continue;
      }
      for (const [tid, name] of threads) {
        if (name !== 'CrRendererMain' && !name.startsWith('DedicatedWorker')) continue;
        const tasks = events
          .filter(
            (event) =>
              event.pid === requested.pid &&
              event.tid === tid &&
              event.ph === 'X' &&
              event.name === 'RunTask' &&
              event.ts + (event.dur ?? 0) >= start - 400_000 &&
              event.ts <= end,
          )
          .filter((event) => (event.dur ?? 0) >= 2000);
        console.log(`  ${name}:`);
        for (const task of tasks) {
          const inner = events
            .filter(
              (event) =>
                event.pid === requested.pid &&
                event.tid === tid &&
                event.ph === 'X' &&
                event.ts >= task.ts &&
                event.ts < task.ts + (task.dur ?? 0) &&
                event.name !== 'RunTask' &&
                (event.dur ?? 0) >= 1000,
            )
            .slice(0, 8)
            .map((event) => `${event.name}${event.args && 'data' in event.args ? '' : ''} ${((event.dur ?? 0) / 1000).toFixed(1)}`)
            .join(', ');
          console.log(
            `    at ${((task.ts - start) / 1000).toFixed(0).padStart(5)} ms: ${((task.dur ?? 0) / 1000).toFixed(1)} ms wall, ${((task.tdur ?? 0) / 1000).toFixed(1)} ms CPU  [${inner}]`,
          );
        }
      }
      await opened.context.close();
    }
  } finally {
    await browser.close();
    server.stop();
    rmSync(directory, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
