import { useLayoutEffect } from 'react';

/** Mark placed when the user asks to open an article (before the dialog or the file read). */
export const OPEN_REQUESTED_MARK = 'sl:open-requested';

/** Mark placed once the opened article has been painted with all its highlights. */
export const ARTICLE_HIGHLIGHTED_MARK = 'sl:article-highlighted';

/** Measure from the open request to the highlighted article; `npm run bench` reads it through Playwright. */
export const OPEN_TO_HIGHLIGHTED_MEASURE = 'sl:open-to-highlighted';

// Only the first highlighted paint after a request counts: a later re-analysis (a typology change) is no open.
let awaitingHighlight = false;

/** Records that the user asked to open an article; an earlier open's figures are dropped. */
export function markOpenRequested(): void {
  performance.clearMarks(OPEN_REQUESTED_MARK);
  performance.clearMarks(ARTICLE_HIGHLIGHTED_MARK);
  performance.clearMeasures(OPEN_TO_HIGHLIGHTED_MEASURE);
  performance.mark(OPEN_REQUESTED_MARK);
  awaitingHighlight = true;
}

/**
 * Calls `then` once the frame holding the current DOM has been produced: a requestAnimationFrame callback
 * runs just before style, layout and paint, and a message posted from it is handled only after them.
 */
export function afterNextPaint(then: () => void): void {
  if (typeof requestAnimationFrame !== 'function' || typeof MessageChannel !== 'function') {
    setTimeout(then, 0);
    return;
  }
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      then();
    };
    channel.port2.postMessage(null);
  });
}

/** Marks the article as highlighted on screen after the next paint, once per open request. */
export function markArticleHighlighted(): void {
  if (!awaitingHighlight) return;
  awaitingHighlight = false;
  afterNextPaint(() => {
    // A newer open request while this frame was being produced owns the marks now.
    if (performance.getEntriesByName(OPEN_REQUESTED_MARK, 'mark').length === 0 || awaitingHighlight) return;
    performance.mark(ARTICLE_HIGHLIGHTED_MARK);
    performance.measure(OPEN_TO_HIGHLIGHTED_MEASURE, OPEN_REQUESTED_MARK, ARTICLE_HIGHLIGHTED_MARK);
  });
}

/** Marks the article highlighted once its analysis is on screen and no newer one is pending. */
export function useArticleHighlightedMark(analysis: unknown, pending: boolean): void {
  // A layout effect runs right after the DOM changes, before the frame that shows them is painted.
  useLayoutEffect(() => {
    if (analysis && !pending) markArticleHighlighted();
  }, [analysis, pending]);
}
