import { describe, expect, it } from 'vitest';
import { formatRows, judgeTargets, type BenchResults } from './report';

function results(overrides: Partial<BenchResults> = {}): BenchResults {
  return {
    generatedAt: '2026-01-01T00:00:00.000Z',
    command: 'npm run bench',
    machine: { cpu: 'test cpu', cores: 2, memory: '24.0 GiB', os: 'linux', node: 'v20', chromium: '1', loadAverageAtStart: 0, loadAverageAtEnd: 0 },
    engine: [
      { size: '1 MB', bytes: 1_000_000, engineMs: 80, naiveMs: 20, mbPerSecond: 12.5, findings: 10 },
      { size: '10 MB', bytes: 10_000_000, engineMs: 900, naiveMs: 200, mbPerSecond: 11.1, findings: 100 },
    ],
    export: { bytes: 1_000_000, serviceMs: 450, analysisMs: 80, renderMs: 300, outputBytes: 2_000_000 },
    loaders: [
      { label: 'saved web page', bytes: 2_000_000, ms: 900, extractedChars: 100_000, blocks: 400 },
      { label: '100-page PDF', unavailable: 'n/a (no PDF loader yet)' },
    ],
    browser: {
      open: [
        { label: '10 KB', bytes: 10_000, medianMs: 120, runsMs: [120], warmMedianMs: 100, bridgeMedianMs: 10, marks: 60 },
        { label: '100 KB', bytes: 100_000, medianMs: 350, runsMs: [350], warmMedianMs: 250, bridgeMedianMs: 20, marks: 600 },
        { label: '1 MB', bytes: 1_000_000, medianMs: 1_200, runsMs: [1_200], warmMedianMs: 1_000, bridgeMedianMs: 200, marks: 6_000 },
      ],
      toggle: { hideMedianMs: 12, hideWorstMs: 20, showMedianMs: 11, runs: 12, appliedInFrame: true, marks: 6_000 },
      heap: { usedBytes: 50_000_000, totalBytes: 60_000_000, embedderBytes: null },
    },
    ...overrides,
  };
}

describe('judgeTargets', () => {
  it('marks each figure met or missed against the issue targets', () => {
    const verdicts = new Map(judgeTargets(results()).verdicts.map((v) => [v.name, v.met]));
    expect(verdicts.get('engine 1 MB')).toBe(true);
    expect(verdicts.get('open to highlighted 100 KB')).toBe(false);
    expect(verdicts.get('open to highlighted 1 MB')).toBe(true);
    expect(verdicts.get('layer toggle 1 MB')).toBe(true);
    expect(verdicts.get('export 1 MB')).toBe(true);
    expect(verdicts.get('renderer heap 1 MB')).toBe(true);
  });

  it('calls 10 MB growth linear when time per byte grows by at most a fifth', () => {
    const linear = judgeTargets(results()).verdicts.find((v) => v.name.startsWith('engine growth'));
    expect(linear?.met).toBe(true);
    const quadratic = results({
      engine: [
        { size: '1 MB', bytes: 1_000_000, engineMs: 80, naiveMs: 20, mbPerSecond: 12.5, findings: 10 },
        { size: '10 MB', bytes: 10_000_000, engineMs: 8_000, naiveMs: 200, mbPerSecond: 1.25, findings: 100 },
      ],
    });
    expect(judgeTargets(quadratic).verdicts.find((v) => v.name.startsWith('engine growth'))?.met).toBe(false);
  });

  it('misses the toggle target when the frame did not yet show the layer hidden, however fast', () => {
    const base = results();
    const late = results({ browser: { ...base.browser!, toggle: { ...base.browser!.toggle, appliedInFrame: false } } });
    expect(judgeTargets(late).verdicts.find((v) => v.name === 'layer toggle 1 MB')?.met).toBe(false);
  });

  it('reports a loader that does not exist yet as n/a without a verdict', () => {
    const { rows, verdicts } = judgeTargets(results());
    expect(rows.find((row) => row.measure === 'loader: 100-page PDF')?.value).toBe('n/a (no PDF loader yet)');
    expect(verdicts.find((v) => v.name === 'loader 100-page PDF')?.met).toBeNull();
  });

  it('says the Chromium figures were skipped when the browser was not run', () => {
    const { rows, verdicts } = judgeTargets(results({ browser: null }));
    expect(rows.some((row) => row.measure === 'Chromium figures' && row.value === 'skipped')).toBe(true);
    expect(verdicts.some((v) => v.name.startsWith('open to highlighted'))).toBe(false);
  });
});

describe('formatRows', () => {
  it('lines every column up under its header', () => {
    const table = formatRows(judgeTargets(results()).rows).split('\n');
    const targetColumn = table[0]!.indexOf('target');
    expect(targetColumn).toBeGreaterThan(0);
    const exportLine = table.find((line) => line.startsWith('HTML export 1 MB'))!;
    expect(exportLine.slice(targetColumn).startsWith('< 500 ms')).toBe(true);
    expect(table[1]).toMatch(/^-+ {2}-+/);
  });
});
