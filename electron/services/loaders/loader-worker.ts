import { parentPort, workerData } from 'node:worker_threads';
import type { LoadResult } from '../../../shared/model/load-result';
import { loadArticleFile } from '../load-article';

/** Marks the data a loader worker is started with, so that importing this file anywhere else does nothing. */
export const LOADER_WORKER_TAG = 'sourcelight-article-loader';

/** A request to the worker: open the file at `path`. */
export interface LoaderRequest {
  readonly id: number;
  readonly path: string;
}

/** The worker's answer to one request. */
export interface LoaderResponse {
  readonly id: number;
  readonly result: LoadResult;
}

const port = parentPort;
if (port && (workerData as { tag?: unknown } | null)?.tag === LOADER_WORKER_TAG) {
  port.on('message', (request: LoaderRequest) => {
    // loadArticleFile never throws; the catch is for a bug, so the host is answered either way.
    void loadArticleFile(request.path).then(
      (result) => port.postMessage({ id: request.id, result } satisfies LoaderResponse),
      () => port.postMessage({ id: request.id, result: { ok: false, error: { code: 'corrupt', message: 'The file could not be read.' } } } satisfies LoaderResponse),
    );
  });
}
