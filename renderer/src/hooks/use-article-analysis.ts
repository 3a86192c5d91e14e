import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Language, LanguageChoice } from '../../../shared/engine/lang/detect-language';
import type { Article } from '../../../shared/model/article';
import type { Finding, Typology } from '../../../shared/model/finding';
import type { AnalysisRequest, AnalysisResponse } from '../lib/analysis-messages';
import { analyzeArticle, articleLanguage, buildAnalysis, type ArticleAnalysis } from '../lib/article-analysis';

/** The analysis on screen, and whether a newer one is being computed. */
export interface ArticleAnalysisState {
  /** The latest finished analysis of the current article; before the first, its text without highlights. */
  readonly analysis: ArticleAnalysis | null;
  readonly pending: boolean;
  /**
   * Hands an article that is about to be shown to the worker at once, from the event that opened it,
   * so the engine runs while this thread renders and lays out the bare text instead of after it (the
   * longest wait of a fresh open). Showing the article then finds it already sent.
   */
  readonly prepare: (article: Article) => void;
}

interface WorkerResult {
  readonly article: Article;
  readonly typologyKey: string;
  readonly findings: readonly Finding[];
  readonly language: Language;
}

const WORKERS_AVAILABLE = typeof Worker !== 'undefined';

function createWorker(): Worker | null {
  try {
    return new Worker(new URL('../analysis.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

// One sentence of our own that passes through every detector, so the warm-up compiles the outlet index too.
// (A few kilobytes of varied text instead did not make the first article's analysis faster.)
const WARM_UP_TEXT = 'The state news agency Xinhua said the talks were "useful", officials claimed.';

/** A worker started before the first render, its engine warming while React and the page start. */
let early: { readonly worker: Worker; failed: boolean } | null = null;

/**
 * Starts the analysis worker and warms its engine (the outlet index, the regular expressions) at once,
 * before React renders anything, so a file opened right after start-up finds it ready; the hook takes it over.
 */
export function startAnalysisWorker(typologies: readonly Typology[]): void {
  if (!WORKERS_AVAILABLE || early) return;
  const worker = createWorker();
  if (!worker) return;
  const started = { worker, failed: false };
  // The script may fail to load before the hook listens: remember it, so the hook falls back at once.
  worker.addEventListener('error', () => (started.failed = true), { once: true });
  const warmUp: AnalysisRequest = { id: 0, text: WARM_UP_TEXT, typologies, language: 'auto' };
  worker.postMessage(warmUp);
  early = started;
}

/** The worker started early, once, if it has not failed. */
function takeEarlyWorker(): Worker | null {
  const started = early;
  early = null;
  if (started?.failed) started.worker.terminate();
  return started && !started.failed ? started.worker : null;
}

function parseTypologies(key: string): Typology[] {
  const list = key.split('|')[0] ?? '';
  return list === '' ? [] : (list.split(',') as Typology[]);
}

function parseLanguage(key: string): LanguageChoice {
  return (key.split('|')[1] ?? 'auto') as LanguageChoice;
}

/**
 * Analyses the article in a Web Worker, off the UI thread, and again when the typology choice
 * changes. Where no worker can run (unit tests, a worker that fails) it analyses on this thread.
 */
export function useArticleAnalysis(article: Article | null, typologies: readonly Typology[], language: LanguageChoice = 'auto'): ArticleAnalysisState {
  // Typologies arrive as a fresh array after every settings save; only their content matters. The language
  // choice joins the key, so choosing another language re-analyses like choosing other typologies.
  const typologyKey = `${typologies.join(',')}|${language}`;
  const [result, setResult] = useState<WorkerResult | null>(null);
  const [workerFailed, setWorkerFailed] = useState(false);
  const onThisThread = !WORKERS_AVAILABLE || workerFailed;
  const workerRef = useRef<Worker | null>(null);
  const requestId = useRef(0);
  const typologyKeyAtStart = useRef(typologyKey);

  const direct = useMemo(
    () => (onThisThread && article ? analyzeArticle(article, parseTypologies(typologyKey), parseLanguage(typologyKey)) : null),
    [onThisThread, article, typologyKey],
  );

  // The request in flight: its answer is the only one that counts.
  const posted = useRef<{ readonly id: number; readonly article: Article; readonly typologyKey: string } | null>(null);
  const fail = useCallback((): void => {
    // A worker that cannot start (a strict policy, an old runtime) must not leave the article bare.
    workerRef.current?.terminate();
    workerRef.current = null;
    setWorkerFailed(true);
  }, []);

  // The worker's code loads and the engine warms up while the welcome screen shows, so the first
  // article pays neither; request id 0 is never awaited (real requests count from 1). One listener
  // for the worker's life, so an answer that comes back before React's effects run is not lost.
  useEffect(() => {
    if (onThisThread) return;
    const failedEarly = early?.failed ?? false;
    const taken = workerRef.current ? null : takeEarlyWorker();
    const warmed = taken !== null;
    workerRef.current ??= taken ?? createWorker();
    const worker = workerRef.current;
    if (failedEarly || !worker) {
      queueMicrotask(fail);
      return;
    }
    const onMessage = (event: MessageEvent<AnalysisResponse>): void => {
      const request = posted.current;
      if (!request || event.data.id !== request.id) return;
      if (event.data.ok)
        setResult({ article: request.article, typologyKey: request.typologyKey, findings: event.data.findings, language: event.data.language });
      else fail();
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', fail);
    const warmUp: AnalysisRequest = { id: 0, text: WARM_UP_TEXT, typologies: parseTypologies(typologyKeyAtStart.current), language: 'auto' };
    if (!warmed) worker.postMessage(warmUp);
    return () => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', fail);
      workerRef.current?.terminate();
      workerRef.current = null;
    };
  }, [onThisThread, fail]);

  /** Sends an article to the worker unless it is already there with this typology and language key. */
  const post = useCallback(
    (next: Article, key: string): void => {
      const worker = workerRef.current;
      if (onThisThread || !worker) return;
      if (posted.current?.article === next && posted.current.typologyKey === key) return;
      const id = ++requestId.current;
      posted.current = { id, article: next, typologyKey: key };
      const request: AnalysisRequest = {
        id,
        text: next.text,
        typologies: parseTypologies(key),
        language: parseLanguage(key),
        ...(next.lang ? { declaredLanguage: next.lang } : {}),
        ...(next.outletAdditions ? { extraOutlets: next.outletAdditions } : {}),
      };
      worker.postMessage(request);
    },
    [onThisThread],
  );
  useEffect(() => {
    if (article) post(article, typologyKey);
  }, [article, typologyKey, post]);
  const typologiesKey = typologies.join(',');
  // A newly opened article is analysed in the language detection picks.
  const prepare = useCallback((next: Article) => post(next, `${typologiesKey}|auto`), [post, typologiesKey]);

  // Until the worker answers, the text shows at once: with the previous highlights, or none yet.
  const known = result !== null && result.article === article ? result : null;
  // Before the worker answers, the language is the one asked for (detection is cheap: a few paragraphs).
  const viaWorker = useMemo(
    () =>
      article && !onThisThread ? buildAnalysis(article, known?.findings ?? [], known?.language ?? articleLanguage(article, parseLanguage(typologyKey))) : null,
    [article, onThisThread, known, typologyKey],
  );
  if (onThisThread) return { analysis: direct, pending: false, prepare };
  return { analysis: viaWorker, pending: article !== null && known?.typologyKey !== typologyKey, prepare };
}
