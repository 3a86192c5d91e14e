import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import playwrightConfig from '../playwright.config';
import { BrowserBridge } from '../e2e/support/browser-bridge';
import { ReaderPage } from '../e2e/support/reader-page';
import { hiddenLayerAttribute } from '../shared/render/highlight-markup';
import type { SourcelightApi } from '../shared/ipc/contract';
import { LAYER_IDS, type LayerId } from '../shared/model/layers';
import type { CpuProfile } from './cpu-profile-summary';
import type { BenchFile } from './bench-files';
import { median } from './service-bench';

const REPO_ROOT = resolve(__dirname, '..');
const RENDERER_OUT = join(REPO_ROOT, 'out', 'renderer');
// Must match renderer/src/lib/perf-marks.ts; the web and node builds share no module for it.
const OPEN_TO_HIGHLIGHTED_MEASURE = 'sl:open-to-highlighted';

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), info.mtimeMs);
}

function builtRendererHasMarks(): boolean {
  const assets = join(RENDERER_OUT, 'assets');
  if (!existsSync(assets)) return false;
  return readdirSync(assets).some((name) => name.endsWith('.js') && readFileSync(join(assets, name), 'utf8').includes(OPEN_TO_HIGHLIGHTED_MEASURE));
}

/**
 * Builds the renderer when `out/renderer` is missing, older than its sources, or predates the
 * performance marks, so a fresh clone and an edited tree both measure the code they hold.
 */
export function ensureRendererBuilt(log: (line: string) => void): void {
  const index = join(RENDERER_OUT, 'index.html');
  const sources = ['renderer', 'shared'].map((dir) => newestMtime(join(REPO_ROOT, dir)));
  const stale = !existsSync(index) || Math.max(...sources) > statSync(index).mtimeMs || !builtRendererHasMarks();
  if (!stale) return;
  log('building the renderer (npx electron-vite build)…');
  const result = spawnSync('npx', ['electron-vite', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('electron-vite build failed');
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** The built renderer served over HTTP the way the Playwright suite serves it (module scripts refuse file://). */
export interface RendererServer {
  readonly baseUrl: string;
  readonly stop: () => void;
}

/** Starts `vite preview` of a built renderer (by default `out/renderer`) on a free loopback port and waits until it answers. */
export async function serveRenderer(outDir = 'out/renderer'): Promise<RendererServer> {
  const port = await freePort();
  const vite = join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const child: ChildProcess = spawn(process.execPath, [vite, 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: REPO_ROOT,
    stdio: 'ignore',
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = (): void => void child.kill();
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${baseUrl}/index.html`)).ok) return { baseUrl, stop };
    } catch {
      // Not listening yet.
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      stop();
      throw new Error(`vite preview did not start on port ${port}`);
    }
    await new Promise((wait) => setTimeout(wait, 200));
  }
}

/** Median open-to-highlighted time for one article size. */
export interface OpenFigure {
  readonly label: string;
  readonly bytes: number;
  /** In a freshly loaded reader, as the first article after start. */
  readonly medianMs: number;
  readonly runsMs: readonly number[];
  /** Opened again in the same page: the worker and the code are warm, the previous article is replaced. */
  readonly warmMedianMs: number;
  /**
   * The test bridge's share: open dialog to LoadResult in the page, the article sent as JSON over the
   * DevTools protocol where the app uses Electron IPC, so the app's open is faster by up to this much.
   */
  readonly bridgeMedianMs: number;
  readonly marks: number;
}

/** Key press to the next painted frame, per toggle direction. */
export interface ToggleFigure {
  readonly hideMedianMs: number;
  readonly hideWorstMs: number;
  readonly showMedianMs: number;
  readonly runs: number;
  /** Whether every measured frame already had the layer's attribute switched. */
  readonly appliedInFrame: boolean;
  readonly marks: number;
}

/** Renderer heap after opening the largest article. */
export interface HeapFigure {
  /** V8's heap of the page's main thread: what `performance.memory` reports. */
  readonly usedBytes: number;
  readonly totalBytes: number;
  /** Blink's own heap (DOM nodes live there, not in V8), where the browser reports it. */
  readonly embedderBytes: number | null;
}

/** Everything measured in Chromium. */
export interface BrowserFigures {
  readonly chromiumVersion: string;
  readonly open: readonly OpenFigure[];
  readonly toggle: ToggleFigure;
  readonly heap: HeapFigure;
  /** CPU profile of the page while opening the largest article, when asked for. */
  readonly openProfile?: CpuProfile;
  /** CPU profile of the page during the layer toggles, when asked for. */
  readonly toggleProfile?: CpuProfile;
}

export interface OpenedReader {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly ms: number;
  readonly marks: number;
  /** Opens the same file again in this page, its analysis worker already running; resolves to the measure. */
  readonly reopen: () => Promise<number>;
  /** Times only the bridge's part of an open: the dialog answered, the file loaded, the result in the page. */
  readonly timeBridge: () => Promise<number>;
}

/** Records a CPU profile of the page around a task, sampled every 200 µs. */
export async function profilePage<T>(
  context: BrowserContext,
  page: Page,
  task: () => Promise<T>,
): Promise<{ readonly result: T; readonly profile: CpuProfile }> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const result = await task();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  return { result, profile: profile as unknown as CpuProfile };
}

/** Opens an article through the Open button and the (bridged) dialog, and reads the renderer's measure. */
export async function openOnce(browser: Browser, baseUrl: string, file: BenchFile, profile = false): Promise<OpenedReader & { readonly profile?: CpuProfile }> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: playwrightConfig.use?.viewport ?? { width: 1280, height: 900 } });
  const page = await context.newPage();
  // tsx compiles with esbuild's keepNames, which wraps functions in a `__name` helper; functions
  // serialised into the page (the bridge's init script, our evaluate callbacks) need it there too.
  await page.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  const bridge = await BrowserBridge.install(page);
  const reader = new ReaderPage(page, bridge);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  // Our machines are shared: give the first paint more room than the suite's assertion timeout.
  await page
    .getByRole('button', { name: 'Open article…' })
    .waitFor({ timeout: 60_000 })
    .catch((error: unknown) => {
      throw new Error(`the reader did not start${errors.length > 0 ? `: ${errors.join('; ')}` : ''} (${String(error)})`);
    });
  const open = async (): Promise<number> => {
    bridge.answerNextOpenDialog(file.path);
    // Not getByRole: with a 1 MB article open, Playwright's accessible-name scan of the whole page
    // takes seconds of the page's main thread, which a person's click never costs.
    await page.locator('button', { hasText: /^Open article…$/ }).click();
    const handle = await page.waitForFunction((name) => performance.getEntriesByName(name, 'measure')[0]?.duration ?? false, OPEN_TO_HIGHLIGHTED_MEASURE, {
      timeout: 180_000,
      polling: 50,
    });
    return (await handle.jsonValue()) as number;
  };
  const { result: ms, profile: recorded } = profile ? await profilePage(context, page, open) : { result: await open(), profile: undefined };
  const marks = await reader.article.locator('mark').count();
  const timeBridge = async (): Promise<number> => {
    bridge.answerNextOpenDialog(file.path);
    return page.evaluate(async () => {
      const start = performance.now();
      await (window as unknown as { sourcelight: Pick<SourcelightApi, 'openArticleDialog'> }).sourcelight.openArticleDialog();
      return performance.now() - start;
    });
  };
  return { context, page, ms, marks, reopen: open, timeBridge, ...(recorded ? { profile: recorded } : {}) };
}

interface ToggleSample {
  readonly ms: number;
  readonly applied: boolean;
}

/**
 * Presses a layer's number key and times from the key event to the end of the next frame: a
 * requestAnimationFrame callback runs before style, layout and paint, a message posted from it after.
 */
async function timeToggle(page: Page, layer: LayerId, hide: boolean): Promise<ToggleSample> {
  await page.evaluate(
    ({ attribute, expectHidden }) => {
      const target = window as unknown as { __slToggle?: Promise<{ ms: number; applied: boolean }> };
      target.__slToggle = new Promise((done) => {
        window.addEventListener(
          'keydown',
          (event) => {
            const root = document.querySelector('article.sl-article');
            requestAnimationFrame(() => {
              const applied = root?.hasAttribute(attribute) === expectHidden;
              const channel = new MessageChannel();
              channel.port1.onmessage = () => done({ ms: performance.now() - event.timeStamp, applied });
              channel.port2.postMessage(null);
            });
          },
          { capture: true, once: true },
        );
      });
    },
    { attribute: hiddenLayerAttribute(layer), expectHidden: hide },
  );
  await page.keyboard.press(String(LAYER_IDS.indexOf(layer) + 1));
  const sample = await page.evaluate(() => (window as unknown as { __slToggle: Promise<ToggleSample> }).__slToggle);
  // Let the settings echo from the desktop side settle before the next press.
  await page.waitForTimeout(100);
  return sample;
}

/** Hides and shows every layer `rounds` times by its number key and times each to its painted frame. */
export async function measureToggle(page: Page, marks: number, rounds: number): Promise<ToggleFigure> {
  const hides: ToggleSample[] = [];
  const shows: ToggleSample[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const layer of LAYER_IDS) {
      hides.push(await timeToggle(page, layer, true));
      shows.push(await timeToggle(page, layer, false));
    }
  }
  return {
    hideMedianMs: median(hides.map((s) => s.ms)),
    hideWorstMs: Math.max(...hides.map((s) => s.ms)),
    showMedianMs: median(shows.map((s) => s.ms)),
    runs: hides.length,
    appliedInFrame: [...hides, ...shows].every((s) => s.applied),
    marks,
  };
}

async function measureHeap(context: BrowserContext, page: Page): Promise<HeapFigure> {
  const cdp = await context.newCDPSession(page);
  // Garbage from the open itself is not what the reader keeps holding.
  await cdp.send('HeapProfiler.collectGarbage');
  const usage: { usedSize: number; totalSize: number; embedderHeapUsedSize?: number } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return { usedBytes: usage.usedSize, totalBytes: usage.totalSize, embedderBytes: usage.embedderHeapUsedSize ?? null };
}

/** Options of the Chromium measurements. */
export interface BrowserBenchOptions {
  /** Runs per article size, in the order of `files`. */
  readonly runs: readonly number[];
  /** Rounds of hiding and showing each layer. */
  readonly toggleRounds: number;
  /** Record a CPU profile of the page while the largest article opens. */
  readonly profile: boolean;
  readonly log: (line: string) => void;
}

/** Measures open-to-highlighted for each file, then toggle time and heap on the last (largest) one. */
export async function measureBrowser(files: readonly BenchFile[], options: BrowserBenchOptions): Promise<BrowserFigures> {
  ensureRendererBuilt(options.log);
  const server = await serveRenderer();
  const browser = await chromium.launch(playwrightConfig.use?.launchOptions ?? { executablePath: '/usr/bin/chromium' });
  try {
    const open: OpenFigure[] = [];
    let last: OpenedReader | null = null;
    for (const [index, file] of files.entries()) {
      const runs = options.runs[index] ?? 3;
      const times: number[] = [];
      let marks = 0;
      // One extra run first warms the server, the disk cache and the browser's code caches.
      for (let run = 0; run <= runs; run++) {
        const opened = await openOnce(browser, server.baseUrl, file);
        if (run > 0) times.push(opened.ms);
        marks = opened.marks;
        if (last) await last.context.close();
        last = opened;
      }
      const warm: number[] = [];
      const bridged: number[] = [];
      for (let run = 0; run < runs; run++) {
        warm.push(await last!.reopen());
        bridged.push(await last!.timeBridge());
      }
      open.push({
        label: file.label,
        bytes: file.bytes,
        medianMs: median(times),
        runsMs: times,
        warmMedianMs: median(warm),
        bridgeMedianMs: median(bridged),
        marks,
      });
      options.log(`  open ${file.label}: median ${median(times).toFixed(0)} ms in a fresh page, ${median(warm).toFixed(0)} ms again in the same page`);
    }
    if (!last) throw new Error('no article files to open');
    const heap = await measureHeap(last.context, last.page);
    const opened = last;
    const toggleRun = (): Promise<ToggleFigure> => measureToggle(opened.page, opened.marks, options.toggleRounds);
    const { result: toggle, profile: toggleProfile } = options.profile
      ? await profilePage(opened.context, opened.page, toggleRun)
      : { result: await toggleRun(), profile: undefined };
    await last.context.close();
    let openProfile: CpuProfile | undefined;
    if (options.profile) {
      const profiled = await openOnce(browser, server.baseUrl, files[files.length - 1]!, true);
      openProfile = profiled.profile;
      await profiled.context.close();
    }
    return { chromiumVersion: browser.version(), open, toggle, heap, ...(openProfile ? { openProfile } : {}), ...(toggleProfile ? { toggleProfile } : {}) };
  } finally {
    await browser.close();
    server.stop();
  }
}
