import type { OpenFigure, ToggleFigure, HeapFigure } from './browser-bench';
import type { EngineFigure } from './engine-bench';
import type { ExportFigure, LoaderFigure } from './service-bench';

/** Everything one `npm run bench` measured, as written to `bench/results.json`. */
export interface BenchResults {
  readonly generatedAt: string;
  readonly command: string;
  readonly machine: {
    readonly cpu: string;
    readonly cores: number;
    readonly memory: string;
    readonly os: string;
    readonly node: string;
    readonly chromium: string | null;
    readonly loadAverageAtStart: number;
    readonly loadAverageAtEnd: number;
  };
  readonly engine: readonly EngineFigure[];
  readonly export: ExportFigure;
  readonly loaders: readonly LoaderFigure[];
  readonly browser: { readonly open: readonly OpenFigure[]; readonly toggle: ToggleFigure; readonly heap: HeapFigure } | null;
}

/** One line of the printed table. */
export interface Row {
  readonly measure: string;
  readonly value: string;
  readonly detail: string;
  readonly target: string;
  readonly verdict: string;
}

/** Whether a figure met the target; null where there is no target or no figure. */
export interface Verdict {
  readonly name: string;
  readonly target: string;
  readonly value: number | null;
  readonly met: boolean | null;
}

/** The targets on our 2-core machine. */
export const TARGETS = {
  engine1MbMs: 100,
  /** Time per byte at 10 MB may be at most this much above time per byte at 1 MB. */
  engineGrowthSlack: 1.2,
  open100KbMs: 300,
  open1MbMs: 1500,
  /** One frame at 60 Hz. */
  toggleMs: 16.7,
  export1MbMs: 500,
  heapBytes: 200 * 1_000_000,
} as const;

/** Milliseconds for a table: two decimals below 10 ms, one above. */
export function formatMs(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}

function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(2)} MB`;
  return `${(bytes / 1000).toFixed(1)} KB`;
}

function verdictText(met: boolean | null): string {
  return met === null ? '' : met ? 'met' : 'MISSED';
}

/** Judges every figure against its target and lays the figures out as table rows. */
export function judgeTargets(results: BenchResults): { readonly rows: Row[]; readonly verdicts: Verdict[] } {
  const rows: Row[] = [];
  const verdicts: Verdict[] = [];
  const judge = (name: string, value: number, limit: number, target: string): string => {
    const met = value < limit;
    verdicts.push({ name, target, value, met });
    return verdictText(met);
  };

  for (const figure of results.engine) {
    const ratio = figure.engineMs / figure.naiveMs;
    const detail = `${figure.mbPerSecond.toFixed(1)} MB/s, naive ${formatMs(figure.naiveMs)} (engine ${ratio.toFixed(1)}x slower), ${figure.findings} findings`;
    const isOneMb = figure.size === '1 MB';
    const verdict = isOneMb ? judge('engine 1 MB', figure.engineMs, TARGETS.engine1MbMs, '< 100 ms') : '';
    rows.push({ measure: `engine ${figure.size}`, value: formatMs(figure.engineMs), detail, target: isOneMb ? '< 100 ms' : '', verdict });
  }
  const oneMb = results.engine.find((f) => f.size === '1 MB');
  const tenMb = results.engine.find((f) => f.size === '10 MB');
  if (oneMb && tenMb) {
    const timeRatio = tenMb.engineMs / oneMb.engineMs;
    const byteRatio = tenMb.bytes / oneMb.bytes;
    const perByte = timeRatio / byteRatio;
    const target = `linear (<= ${TARGETS.engineGrowthSlack}x per byte)`;
    verdicts.push({ name: 'engine growth 1 MB -> 10 MB', target, value: perByte, met: perByte <= TARGETS.engineGrowthSlack });
    rows.push({
      measure: 'engine growth 1 -> 10 MB',
      value: `${timeRatio.toFixed(2)}x`,
      detail: `for ${byteRatio.toFixed(2)}x text (${perByte.toFixed(2)}x per byte)`,
      target,
      verdict: verdictText(perByte <= TARGETS.engineGrowthSlack),
    });
  }

  if (results.browser) {
    for (const figure of results.browser.open) {
      const limit = figure.label === '100 KB' ? TARGETS.open100KbMs : figure.label === '1 MB' ? TARGETS.open1MbMs : null;
      const target = limit === null ? '' : `< ${limit} ms`;
      const verdict = limit === null ? '' : judge(`open to highlighted ${figure.label}`, figure.medianMs, limit, target);
      rows.push({
        measure: `open to highlighted ${figure.label}`,
        value: formatMs(figure.medianMs),
        detail: `fresh reader, median of ${figure.runsMs.length} (${figure.runsMs.map((ms) => ms.toFixed(0)).join(', ')}); opened again ${formatMs(figure.warmMedianMs)}; of which test bridge ${formatMs(figure.bridgeMedianMs)}; ${figure.marks} marks`,
        target,
        verdict,
      });
    }
    const { toggle, heap } = results.browser;
    rows.push({
      measure: 'layer toggle 1 MB (hide)',
      value: formatMs(toggle.hideMedianMs),
      detail: `key to next painted frame, median of ${toggle.runs}, worst ${formatMs(toggle.hideWorstMs)}, show ${formatMs(toggle.showMedianMs)}${toggle.appliedInFrame ? '' : ', NOT applied in that frame'}`,
      target: '< 1 frame (16.7 ms)',
      verdict: judge('layer toggle 1 MB', toggle.appliedInFrame ? toggle.hideMedianMs : Number.POSITIVE_INFINITY, TARGETS.toggleMs, '< 1 frame (16.7 ms)'),
    });
    rows.push({
      measure: 'renderer JS heap, 1 MB open',
      value: formatBytes(heap.usedBytes),
      detail: `after GC, main thread; ${formatBytes(heap.totalBytes)} allocated`,
      target: '< 200 MB',
      verdict: judge('renderer heap 1 MB', heap.usedBytes, TARGETS.heapBytes, '< 200 MB'),
    });
  } else {
    rows.push({ measure: 'Chromium figures', value: 'skipped', detail: '--no-browser', target: '', verdict: '' });
  }

  const exported = results.export;
  rows.push({
    measure: 'HTML export 1 MB',
    value: formatMs(exported.serviceMs),
    detail: `service incl. write; analysis ${formatMs(exported.analysisMs)}, rendering ${formatMs(exported.renderMs)}, ${formatBytes(exported.outputBytes)} out`,
    target: '< 500 ms',
    verdict: judge('export 1 MB', exported.serviceMs, TARGETS.export1MbMs, '< 500 ms'),
  });

  for (const loader of results.loaders) {
    if ('unavailable' in loader) {
      rows.push({ measure: `loader: ${loader.label}`, value: loader.unavailable, detail: '', target: '', verdict: '' });
      verdicts.push({ name: `loader ${loader.label}`, target: 'none', value: null, met: null });
    } else {
      rows.push({
        measure: `loader: ${loader.label}`,
        value: formatMs(loader.ms),
        detail: `${formatBytes(loader.bytes)} file, ${formatBytes(loader.extractedChars)} text in ${loader.blocks} blocks`,
        target: '',
        verdict: '',
      });
    }
  }
  return { rows, verdicts };
}

/** Lays rows out as a fixed-width text table with a header. */
export function formatRows(rows: readonly Row[]): string {
  const header: Row = { measure: 'measure', value: 'value', target: 'target', verdict: '', detail: 'detail' };
  const all = [header, ...rows];
  const width = (key: keyof Row): number => Math.max(...all.map((row) => row[key].length));
  const columns: (keyof Row)[] = ['measure', 'value', 'target', 'verdict', 'detail'];
  const widths = columns.map(width);
  const line = (row: Row): string =>
    columns
      .map((key, i) => (key === 'value' ? row[key].padStart(widths[i]!) : row[key].padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
