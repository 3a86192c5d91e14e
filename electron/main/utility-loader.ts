import { join } from 'node:path';
import type { ForkOptions } from 'electron';
import type { LoaderLimits, StartLoaderChild } from '../services/loaders/loader-host';

/** The part of Electron's `UtilityProcess` the loader uses; tests pass a fake. */
export interface UtilityProcessLike {
  readonly pid: number | undefined;
  postMessage(message: unknown): void;
  kill(): boolean;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'error', listener: (type: string, location: string) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
}

/** `utilityProcess.fork` as the loader calls it. */
export type ForkUtilityProcess = (modulePath: string, args: string[], options: ForkOptions) => UtilityProcessLike;

/** The part of `app.getAppMetrics()` the loader reads: each process's id and working set in kilobytes. */
export type ProcessMetrics = () => readonly { readonly pid: number; readonly memory: { readonly workingSetSize: number } }[];

/** The name the loader's process has in the OS's and Electron's process lists. */
export const LOADER_SERVICE_NAME = 'Sourcelight file reader';

/** The built entry of the loader utility process, beside the main entry in `out/main`. */
export function loaderProcessPath(mainFolder: string): string {
  return join(mainFolder, 'loader-process.js');
}

/**
 * Starts the loader code in an Electron utility process: a separate OS process with the heap cap
 * on its command line, whose memory main measures and which main kills when a file takes too long,
 * so no file can freeze or crash the window.
 */
export function utilityProcessLoader(fork: ForkUtilityProcess, modulePath: string, limits: LoaderLimits, metrics: ProcessMetrics): StartLoaderChild {
  return (events) => {
    const child = fork(modulePath, [], {
      serviceName: LOADER_SERVICE_NAME,
      execArgv: [`--max-old-space-size=${limits.memoryMb}`],
      // The loader prints nothing a user needs, and a V8 out-of-memory trace must not flood the app's terminal.
      stdio: 'ignore',
    });
    child.on('message', (message) => events.message(message));
    // V8 reports a fatal error (in practice: the heap cap reached) before the process goes.
    child.on('error', (type) => events.exit(type === 'FatalError' ? 'out-of-memory' : 'crashed'));
    child.on('exit', () => events.exit('crashed'));
    return {
      send: (request) => child.postMessage(request),
      kill: () => {
        child.kill();
      },
      memoryBytes: async () => {
        const pid = child.pid;
        if (pid === undefined) return undefined;
        const own = metrics().find((metric) => metric.pid === pid);
        return own === undefined ? undefined : own.memory.workingSetSize * 1024;
      },
    };
  };
}
