import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { Session } from 'node:inspector/promises';
import { renderArticleExport } from '../electron/services/export-article';
import { analyze } from '../shared/engine/analyze';
import { LAYER_IDS } from '../shared/model/layers';
import { writeSavedWebPage, writeTextArticle, type BenchFile } from './bench-files';
import { measureBrowser, type BrowserFigures } from './browser-bench';
import { printProfileSummary, type CpuProfile } from './cpu-profile-summary';
import { measureEngine, type EngineFigure } from './engine-bench';
import { buildBenchText } from './bench-text';
import { formatRows, judgeTargets, type BenchResults, type Row } from './report';
import { loadOrThrow, measureExport, measureLoader, measurePdfLoader, type ExportFigure, type LoaderFigure } from './service-bench';

const REPO_ROOT = resolve(__dirname, '..');
const RESULTS_PATH = join(REPO_ROOT, 'bench', 'results.json');

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** Profiles a synchronous task in this process with the inspector, as `node --cpu-prof` would. */
async function profileInProcess(task: () => unknown): Promise<CpuProfile> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    task();
    const { profile } = await session.post('Profiler.stop');
    return profile as unknown as CpuProfile;
  } finally {
    session.disconnect();
  }
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const withBrowser = !args.has('--no-browser');
  const profile = args.has('--profile');
  const loadAtStart = loadavg()[0]!;
  const directory = mkdtempSync(join(tmpdir(), 'sourcelight-bench-'));
  try {
    log('engine throughput (10 KB to 10 MB)…');
    const engine: EngineFigure[] = measureEngine();
    // Profiled before the loaders run (see below), on the same 1 MB input as the engine figure.
    const engineProfile = profile
      ? await profileInProcess(
          (
            (text) => () =>
              analyze(text)
          )(buildBenchText(1_000_000)),
        )
      : null;

    const files: BenchFile[] = [
      writeTextArticle(directory, '10 KB', 10_000),
      writeTextArticle(directory, '100 KB', 100_000),
      writeTextArticle(directory, '1 MB', 1_000_000),
    ];
    const largest = files[files.length - 1]!;
    log('export of the 1 MB article…');
    const exportFigure: ExportFigure = await measureExport(largest, directory);
    const exportProfile = profile
      ? await profileInProcess(
          (
            (article) => () =>
              renderArticleExport(article, { visibleLayers: LAYER_IDS })
          )(await loadOrThrow(largest.path)),
        )
      : null;
    let browser: BrowserFigures | null = null;
    if (withBrowser) {
      log('Chromium: open to highlighted, layer toggle, heap…');
      browser = await measureBrowser(files, { runs: [7, 5, 5], toggleRounds: 4, profile, log });
    }

    // Last: the PDF loader's pdfjs build swaps built-ins such as Array.prototype.push for slower
    // polyfills for the rest of the process, which would skew every figure measured after it.
    log('loaders…');
    const loaders: LoaderFigure[] = [
      await measureLoader({ ...largest, label: '1 MB .txt article' }),
      await measureLoader(writeSavedWebPage(directory)),
      await measurePdfLoader(directory),
    ];

    const cpu = cpus();
    const results: BenchResults = {
      generatedAt: new Date().toISOString(),
      command: 'npm run bench',
      machine: {
        cpu: cpu[0]?.model.trim() ?? 'unknown',
        cores: cpu.length,
        memory: mb(totalmem()),
        os: `${process.platform} ${release()}`,
        node: process.version,
        chromium: browser?.chromiumVersion ?? null,
        loadAverageAtStart: Number(loadAtStart.toFixed(2)),
        loadAverageAtEnd: Number(loadavg()[0]!.toFixed(2)),
      },
      engine,
      export: exportFigure,
      loaders,
      browser: browser ? { open: browser.open, toggle: browser.toggle, heap: browser.heap } : null,
    };
    const targets = judgeTargets(results);
    const rows: Row[] = [];
    console.log(`Sourcelight performance, ${results.generatedAt}`);
    console.log(
      `machine: ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memory}, ${results.machine.os}, Node ${results.machine.node}` +
        `${results.machine.chromium ? `, Chromium ${results.machine.chromium}` : ''}; load average ${results.machine.loadAverageAtStart} at start, ${results.machine.loadAverageAtEnd} at end`,
    );
    rows.push(...targets.rows);
    console.log(formatRows(rows));
    writeFileSync(RESULTS_PATH, `${JSON.stringify({ ...results, targets: targets.verdicts }, null, 2)}\n`);
    console.log(`figures written to ${RESULTS_PATH}`);

    const missed = targets.verdicts.filter((verdict) => verdict.met === false);
    if (missed.length > 0 && !profile) console.log(`${missed.length} target(s) missed; \`npm run bench -- --profile\` prints CPU profiles of them.`);
    const profiles: [string, CpuProfile | null | undefined][] = [
      ['engine on the 1 MB article', engineProfile],
      ['HTML export of the 1 MB article (analysis and rendering)', exportProfile],
      ['renderer main thread while opening the 1 MB article (the engine runs in its worker)', browser?.openProfile],
      ['renderer main thread during the layer toggles on the 1 MB article ("(program)" is Blink: style, layout, paint)', browser?.toggleProfile],
    ];
    for (const [title, recorded] of profiles) {
      if (!recorded) continue;
      console.log(`\nCPU profile: ${title}`);
      printProfileSummary(recorded);
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
