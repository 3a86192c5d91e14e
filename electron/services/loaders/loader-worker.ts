import { parentPort, workerData } from 'node:worker_threads';
import { answerLoaderRequest, isLoaderRequest } from './loader-protocol';

/** Marks the data a loader worker is started with, so that importing this file anywhere else does nothing. */
export const LOADER_WORKER_TAG = 'sourcelight-article-loader';

const port = parentPort;
if (port && (workerData as { tag?: unknown } | null)?.tag === LOADER_WORKER_TAG) {
  port.on('message', (request: unknown) => {
    if (isLoaderRequest(request)) void answerLoaderRequest(request).then((response) => port.postMessage(response));
  });
}
