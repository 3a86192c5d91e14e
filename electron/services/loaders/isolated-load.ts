import { basename } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { LoadResult } from '../../../shared/model/load-result';
import { loadError } from './load-errors';
// Types only: a value import would pull the worker's module graph into the host's bundle entry.
import type { LoaderRequest, LoaderResponse } from './loader-worker';
import { startWorker } from './worker-entry';

/** Heap a loader worker may use; a news article needs a few tens of megabytes. */
export const LOADER_MEMORY_MB = 768;

/** Wall-clock time one file may take to open before its worker is stopped. */
export const LOADER_TIME_MS = 20_000;

/** Limits for one isolated loader; tests pass smaller ones. */
export interface LoaderLimits {
  readonly memoryMb: number;
  readonly timeMs: number;
}

interface Job {
  readonly path: string;
  readonly resolve: (result: LoadResult) => void;
}

/**
 * Opens article files in a worker thread with a heap cap and a wall-clock limit, so a file built
 * to exhaust memory or time costs that worker, never the window or the article on screen. The
 * worker is kept warm between files and replaced after it is stopped; files open one at a time.
 */
export class IsolatedLoader {
  private worker: Worker | null = null;
  private readonly queue: Job[] = [];
  private running = false;
  private nextId = 1;

  /** A loader with the given limits. */
  constructor(private readonly limits: LoaderLimits = { memoryMb: LOADER_MEMORY_MB, timeMs: LOADER_TIME_MS }) {}

  /** Opens a file; never throws, and answers within the time limit (plus the worker's start). */
  load(path: string): Promise<LoadResult> {
    return new Promise((resolve) => {
      this.queue.push({ path, resolve });
      this.pump();
    });
  }

  /** Stops the worker (tests, and quitting). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private pump(): void {
    if (this.running) return;
    const job = this.queue.shift();
    if (!job) return;
    this.running = true;
    void this.run(job).then((result) => {
      this.running = false;
      job.resolve(result);
      this.pump();
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker('loader-worker', { tag: 'sourcelight-article-loader' }, {
      maxOldGenerationSizeMb: this.limits.memoryMb,
      maxYoungGenerationSizeMb: 48,
      stackSizeMb: 4,
    });
    // An idle worker must not keep the CLI alive; a pending job's timer does while it runs.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private run(job: Job): Promise<LoadResult> {
    const fileName = basename(job.path) || job.path;
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve) => {
      let settled = false;
      const finish = (result: LoadResult, stopWorker: boolean): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (stopWorker && this.worker === worker) {
          this.worker = null;
          void worker.terminate();
        }
        resolve(result);
      };
      const demanding = (): LoadResult => ({ ok: false, error: loadError('too-demanding', fileName, { memoryMb: this.limits.memoryMb, seconds: this.limits.timeMs / 1000 }) });
      const onMessage = (message: LoaderResponse): void => {
        if (message.id === id) finish(message.result, false);
      };
      const onError = (error: Error & { code?: string }): void => {
        // Running out of its heap is what a memory bomb does; any other crash is the parser failing on the file.
        finish(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? demanding() : { ok: false, error: loadError('corrupt', fileName) }, true);
      };
      const onExit = (): void => finish({ ok: false, error: loadError('corrupt', fileName) }, true);
      const timer = setTimeout(() => finish(demanding(), true), this.limits.timeMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ id, path: job.path } satisfies LoaderRequest);
    });
  }
}

let shared: IsolatedLoader | null = null;

/** Opens an article file in the app's shared isolated loader (see `IsolatedLoader`). */
export function loadArticleIsolated(path: string): Promise<LoadResult> {
  shared ??= new IsolatedLoader();
  return shared.load(path);
}
