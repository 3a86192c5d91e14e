import { afterEach, describe, expect, it } from 'vitest';
import { ARTICLE_HIGHLIGHTED_MARK, OPEN_REQUESTED_MARK, OPEN_TO_HIGHLIGHTED_MEASURE, markArticleHighlighted, markOpenRequested } from './perf-marks';

const measures = (): PerformanceEntry[] => performance.getEntriesByName(OPEN_TO_HIGHLIGHTED_MEASURE, 'measure');
const nextTask = (): Promise<void> => new Promise((done) => setTimeout(done, 5));

afterEach(() => {
  performance.clearMarks();
  performance.clearMeasures();
});

describe('performance marks of the reading path', () => {
  it('measures from the open request to the highlighted article once it is painted', async () => {
    markOpenRequested();
    markArticleHighlighted();
    expect(measures()).toHaveLength(0);
    await nextTask();
    expect(measures()).toHaveLength(1);
    expect(performance.getEntriesByName(ARTICLE_HIGHLIGHTED_MARK, 'mark')).toHaveLength(1);
    expect(measures()[0]!.duration).toBeGreaterThanOrEqual(0);
  });

  it('counts only the first highlighted paint after a request, not a later re-analysis', async () => {
    markOpenRequested();
    markArticleHighlighted();
    await nextTask();
    markArticleHighlighted();
    await nextTask();
    expect(measures()).toHaveLength(1);
  });

  it('marks nothing when no open was requested', async () => {
    markArticleHighlighted();
    await nextTask();
    expect(performance.getEntriesByName(ARTICLE_HIGHLIGHTED_MARK, 'mark')).toHaveLength(0);
  });

  it('drops the previous open’s figures when a new open is requested', async () => {
    markOpenRequested();
    markArticleHighlighted();
    await nextTask();
    markOpenRequested();
    expect(measures()).toHaveLength(0);
    expect(performance.getEntriesByName(OPEN_REQUESTED_MARK, 'mark')).toHaveLength(1);
    markArticleHighlighted();
    await nextTask();
    expect(measures()).toHaveLength(1);
  });
});
