/**
 * Traces the layer toggle on the 1 MB article in Chromium and reports the main thread's CPU time
 * (not wall time, which the shared machine's load inflates) in the toggle's frame and in the
 * follow-up work after it, split by Blink's trace events (style, layout, hit test, intersection
 * observers, paint, script).
 *
 *   npx tsx bench/trace-toggle.ts [--renderer out/renderer] [--rounds 3] [--trace file.json]
 *
 * `--renderer` points at another build (a copy of `out/renderer` made before a change), so old and
 * new builds can be traced in turn under the same load.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import playwrightConfig from '../playwright.config';
import { hiddenLayerAttribute } from '../shared/render/highlight-markup';
import { LAYER_IDS, type LayerId } from '../shared/model/layers';
import { writeTextArticle } from './bench-files';
import { ensureRendererBuilt, openOnce, serveRenderer } from './browser-bench';
import { median } from './service-bench';
import { summarizeTrace, type TraceEvent, type WindowCost } from './trace-summary';

const FRAME_MEASURE = 'sl:toggle-frame';
const FOLLOW_UP_MEASURE = 'sl:toggle-follow-up';
// The bench waits this long between presses for the settings echo; the follow-up window is the same.
const FOLLOW_UP_MS = 100;

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** Presses a layer's key and leaves two user-timing measures: key to painted frame, then the follow-up. */
async function tracedToggle(page: Page, layer: LayerId, hide: boolean): Promise<boolean> {
  await page.evaluate(
    ({ attribute, expectHidden, frameName, followName, followMs }) => {
      const target = window as unknown as { __slToggle?: Promise<boolean> };
      target.__slToggle = new Promise((done) => {
        window.addEventListener(
          'keydown',
          (event) => {
            const root = document.querySelector('article.sl-article');
            requestAnimationFrame(() => {
              const applied = root?.hasAttribute(attribute) === expectHidden;
              const channel = new MessageChannel();
              channel.port1.onmessage = () => {
                const frameEnd = performance.now();
                performance.measure(frameName, { start: event.timeStamp, end: frameEnd });
                setTimeout(() => {
                  performance.measure(followName, { start: frameEnd, end: performance.now() });
                  done(applied);
                }, followMs);
              };
              channel.port2.postMessage(null);
            });
          },
          { capture: true, once: true },
        );
      });
    },
    { attribute: hiddenLayerAttribute(layer), expectHidden: hide, frameName: FRAME_MEASURE, followName: FOLLOW_UP_MEASURE, followMs: FOLLOW_UP_MS },
  );
  await page.keyboard.press(String(LAYER_IDS.indexOf(layer) + 1));
  return page.evaluate(() => (window as unknown as { __slToggle: Promise<boolean> }).__slToggle);
}

function printCosts(title: string, costs: readonly WindowCost[]): void {
  const names = new Set(costs.flatMap((cost) => [...cost.byName.keys()]));
  const rows = [...names]
    .map((name) => ({ name, ms: median(costs.map((cost) => cost.byName.get(name) ?? 0)) }))
    .filter((row) => row.ms >= 0.05)
    .sort((a, b) => b.ms - a.ms);
  console.log(
    `${title}: median wall ${median(costs.map((c) => c.wallMs)).toFixed(1)} ms, main-thread CPU ${median(costs.map((c) => c.cpuMs)).toFixed(1)} ms (${costs.length} windows)`,
  );
  for (const row of rows.slice(0, 14)) console.log(`  ${row.name.padEnd(44)} ${row.ms.toFixed(2)} ms`);
}

async function main(): Promise<void> {
  const rendererDir = option('--renderer') ?? 'out/renderer';
  const rounds = Number(option('--rounds') ?? 3);
  const tracePath = option('--trace');
  if (rendererDir === 'out/renderer') ensureRendererBuilt((line) => process.stderr.write(`${line}\n`));
  const directory = mkdtempSync(join(tmpdir(), 'sourcelight-trace-'));
  const server = await serveRenderer(rendererDir);
  const browser = await chromium.launch(playwrightConfig.use?.launchOptions ?? { executablePath: '/usr/bin/chromium' });
  try {
    const file = writeTextArticle(directory, '1 MB', 1_000_000);
    const opened = await openOnce(browser, server.baseUrl, file);
    // Let the scroll markers and the panel settle before tracing.
    await opened.page.waitForTimeout(1000);
    await browser.startTracing(opened.page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'toplevel', 'blink', 'v8.execute'],
    });
    let applied = true;
    for (let round = 0; round < rounds; round++) {
      for (const layer of LAYER_IDS) {
        applied = (await tracedToggle(opened.page, layer, true)) && applied;
        applied = (await tracedToggle(opened.page, layer, false)) && applied;
      }
    }
    const buffer = await browser.stopTracing();
    if (tracePath) writeFileSync(tracePath, buffer);
    const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
    const summary = summarizeTrace(events, FRAME_MEASURE, FOLLOW_UP_MEASURE);
    console.log(`renderer ${rendererDir}, ${opened.marks} marks, every frame had the switch applied: ${applied}`);
    printCosts('toggle frame (key press to painted frame)', summary.frames);
    printCosts(`follow-up (${FOLLOW_UP_MS} ms after the frame)`, summary.followUps);
    await opened.context.close();
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
