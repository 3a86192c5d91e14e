import type { LoadResult } from '../../../shared/model/load-result';
import { loadArticleFile } from '../load-article';

/** A request to a loader process or worker: open the file at `path`. */
export interface LoaderRequest {
  readonly id: number;
  readonly path: string;
}

/** The loader's answer to one request. */
export interface LoaderResponse {
  readonly id: number;
  readonly result: LoadResult;
}

/** Whether a message is a request a loader should answer; anything else is ignored. */
export function isLoaderRequest(message: unknown): message is LoaderRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { id, path } = message as { id?: unknown; path?: unknown };
  return typeof id === 'number' && Number.isSafeInteger(id) && typeof path === 'string' && path.length > 0;
}

/** Whether a message from a loader is an answer the host can use. */
export function isLoaderResponse(message: unknown): message is LoaderResponse {
  if (typeof message !== 'object' || message === null) return false;
  const { id, result } = message as { id?: unknown; result?: unknown };
  return typeof id === 'number' && typeof result === 'object' && result !== null && typeof (result as { ok?: unknown }).ok === 'boolean';
}

/**
 * Opens the requested file: the loader code both the app's utility process and the CLI's worker
 * thread run, so the two read every file alike. Never rejects.
 */
export async function answerLoaderRequest(request: LoaderRequest): Promise<LoaderResponse> {
  try {
    return { id: request.id, result: await loadArticleFile(request.path) };
  } catch {
    // loadArticleFile never throws; this is for a bug, so the host is answered either way.
    return { id: request.id, result: { ok: false, error: { code: 'corrupt', message: 'The file could not be read.' } } };
  }
}
