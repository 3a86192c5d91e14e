import { basename } from 'node:path';
import type { LoadResult } from '../../../shared/model/load-result';
import { loadError } from './load-errors';
import { isLoaderResponse, type LoaderRequest } from './loader-protocol';

/** Heap a loader may use; a news article needs a few tens of megabytes. */
export const LOADER_MEMORY_MB = 768;

/** Memory the loader's whole process may use (heap, buffers and the runtime itself), where it can be measured. */
export const LOADER_PROCESS_MEMORY_MB = 1024;

/** Wall-clock time one file may take to open before its loader is stopped. */
export const LOADER_TIME_MS = 20_000;

/** How often a running loader's process memory is measured, where it can be. */
export const LOADER_MEMORY_CHECK_MS = 250;

/** Limits for one loader; tests pass smaller ones. */
export interface LoaderLimits {
  /** The JavaScript heap cap handed to the loader's runtime. */
  readonly memoryMb: number;
  readonly timeMs: number;
  /** The cap on the whole process's memory, checked from outside while a file opens; defaults to `LOADER_PROCESS_MEMORY_MB`. */
  readonly processMemoryMb?: number;
}

/** The limits the app and the CLI use. */
export const DEFAULT_LOADER_LIMITS: LoaderLimits = { memoryMb: LOADER_MEMORY_MB, timeMs: LOADER_TIME_MS, processMemoryMb: LOADER_PROCESS_MEMORY_MB };

/** Why a loader stopped on its own: its runtime ran out of memory, or anything else. */
export type LoaderExitReason = 'out-of-memory' | 'crashed';

/** What a loader child reports to its host. */
export interface LoaderChildEvents {
  /** A message from the loader code (a `LoaderResponse` when it is well formed). */
  message(message: unknown): void;
  /** The child is gone; called at least once, and later calls are ignored. */
  exit(reason: LoaderExitReason): void;
}

/**
 * One running loader, in whatever holds it: a worker thread (CLI, tests, the e2e bridge) or an
 * Electron utility process (the app). Both run the same loader code (`loader-protocol.ts`).
 */
export interface LoaderChild {
  /** Hands the loader one request. */
  send(request: LoaderRequest): void;
  /** Stops the loader at once, whatever it is doing. */
  kill(): void | Promise<void>;
  /** Bytes the loader's process uses now, when that can be measured; undefined when it cannot. */
  memoryBytes?(): Promise<number | undefined>;
}

/** Starts a loader child that reports to `events`. */
export type StartLoaderChild = (events: LoaderChildEvents) => LoaderChild;

interface Job {
  readonly path: string;
  readonly resolve: (result: LoadResult) => void;
}

interface Running {
  child: LoaderChild;
  /** Settles the job in progress on this child, if any. */
  onMessage: ((message: unknown) => void) | null;
  onExit: ((reason: LoaderExitReason) => void) | null;
}

/**
 * Opens article files in a separate loader with a heap cap, a process memory cap and a wall-clock
 * limit, so a file built to exhaust memory or time costs that loader, never the window or the
 * article on screen. The loader is kept warm between files and replaced after it is stopped or
 * dies; files open one at a time, and a file waiting behind a stopped one is opened by the next loader.
 */
export class LoaderHost {
  private running: Running | null = null;
  private readonly queue: Job[] = [];
  private busy = false;
  private nextId = 1;

  /** A host that starts loaders with `start` and holds each file to `limits`. */
  constructor(
    private readonly start: StartLoaderChild,
    private readonly limits: LoaderLimits = DEFAULT_LOADER_LIMITS,
    private readonly memoryCheckMs: number = LOADER_MEMORY_CHECK_MS,
  ) {}

  /** Opens a file; never throws, and answers within the time limit (plus the loader's start). */
  load(path: string): Promise<LoadResult> {
    return new Promise((resolve) => {
      this.queue.push({ path, resolve });
      this.pump();
    });
  }

  /** Stops the loader (tests, and quitting). */
  async close(): Promise<void> {
    const running = this.running;
    this.running = null;
    if (running) await running.child.kill();
  }

  private pump(): void {
    if (this.busy) return;
    const job = this.queue.shift();
    if (!job) return;
    this.busy = true;
    void this.run(job).then((result) => {
      this.busy = false;
      job.resolve(result);
      this.pump();
    });
  }

  private ensureChild(): Running {
    if (this.running) return this.running;
    const running: Running = { child: undefined as unknown as LoaderChild, onMessage: null, onExit: null };
    // Events of a child that was replaced are ignored: they belong to a file already answered.
    running.child = this.start({
      message: (message) => {
        if (this.running === running) running.onMessage?.(message);
      },
      exit: (reason) => {
        if (this.running !== running) return;
        this.running = null;
        running.onExit?.(reason);
      },
    });
    this.running = running;
    return running;
  }

  private stop(running: Running): void {
    if (this.running === running) this.running = null;
    void Promise.resolve()
      .then(() => running.child.kill())
      .catch(() => undefined);
  }

  private run(job: Job): Promise<LoadResult> {
    const fileName = basename(job.path) || job.path;
    const id = this.nextId++;
    const demanding = (): LoadResult => ({
      ok: false,
      error: loadError('too-demanding', fileName, { memoryMb: this.limits.memoryMb, seconds: this.limits.timeMs / 1000 }),
    });
    let running: Running;
    try {
      running = this.ensureChild();
    } catch {
      return Promise.resolve({
        ok: false,
        error: { code: 'unreadable', message: `Sourcelight could not start its file reader for “${fileName}”; try again.` },
      });
    }
    return new Promise((resolve) => {
      let settled = false;
      const finish = (result: LoadResult, stopChild: boolean): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (watch !== null) clearInterval(watch);
        running.onMessage = null;
        running.onExit = null;
        if (stopChild) this.stop(running);
        resolve(result);
      };
      running.onMessage = (message) => {
        if (isLoaderResponse(message) && message.id === id) finish(message.result, false);
      };
      // Running out of its heap is what a memory bomb does; any other death is the parser failing on the file.
      running.onExit = (reason) => finish(reason === 'out-of-memory' ? demanding() : { ok: false, error: loadError('corrupt', fileName) }, false);
      const timer = setTimeout(() => finish(demanding(), true), this.limits.timeMs);
      const processCap = (this.limits.processMemoryMb ?? LOADER_PROCESS_MEMORY_MB) * 1024 * 1024;
      const measure = running.child.memoryBytes?.bind(running.child);
      // The heap cap does not count buffers a parser allocates outside it; the process's own size does.
      const watch =
        measure === undefined
          ? null
          : setInterval(() => {
              void measure().then(
                (bytes) => {
                  if (bytes !== undefined && bytes > processCap) finish(demanding(), true);
                },
                () => undefined,
              );
            }, this.memoryCheckMs);
      try {
        running.child.send({ id, path: job.path });
      } catch {
        finish({ ok: false, error: { code: 'unreadable', message: `Sourcelight could not hand “${fileName}” to its file reader; try again.` } }, true);
      }
    });
  }
}
