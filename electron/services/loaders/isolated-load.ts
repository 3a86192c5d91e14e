import type { LoadResult } from '../../../shared/model/load-result';
import { DEFAULT_LOADER_LIMITS, LoaderHost, type LoaderLimits, type StartLoaderChild } from './loader-host';
import { startWorker } from './worker-entry';

export { LOADER_MEMORY_MB, LOADER_TIME_MS, type LoaderLimits } from './loader-host';

/** Starts the loader code in a worker thread with a heap cap: the loader child of the CLI, tests and the e2e bridge. */
export function workerThreadLoader(limits: LoaderLimits): StartLoaderChild {
  return (events) => {
    const worker = startWorker(
      'loader-worker',
      { tag: 'sourcelight-article-loader' },
      {
        maxOldGenerationSizeMb: limits.memoryMb,
        maxYoungGenerationSizeMb: 48,
        stackSizeMb: 4,
      },
    );
    worker.on('message', (message: unknown) => events.message(message));
    worker.on('error', (error: Error & { code?: string }) => events.exit(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out-of-memory' : 'crashed'));
    worker.on('exit', () => events.exit('crashed'));
    // An idle worker must not keep the CLI alive; a pending job's timer does while it runs. After the
    // listeners: adding a 'message' listener refs the worker again.
    worker.unref();
    return {
      send: (request) => worker.postMessage(request),
      kill: async () => {
        await worker.terminate();
      },
    };
  };
}

/**
 * Opens article files in a worker thread with a heap cap and a wall-clock limit (see `LoaderHost`):
 * how the CLI, the tests and the e2e bridge read files. The app uses a utility process instead.
 */
export class IsolatedLoader extends LoaderHost {
  /** A loader with the given limits. */
  constructor(limits: LoaderLimits = DEFAULT_LOADER_LIMITS) {
    super(workerThreadLoader(limits), limits);
  }
}

let shared: IsolatedLoader | null = null;

/** Opens an article file in the shared worker-thread loader (see `IsolatedLoader`). */
export function loadArticleIsolated(path: string): Promise<LoadResult> {
  shared ??= new IsolatedLoader();
  return shared.load(path);
}
