// @vitest-environment node
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LoadResult } from '../../shared/model/load-result';
import { LoaderHost, type LoaderLimits } from '../services/loaders/loader-host';
import { isLoaderRequest, type LoaderRequest } from '../services/loaders/loader-protocol';
import { LOADER_SERVICE_NAME, utilityProcessLoader, type UtilityProcessLike } from './utility-loader';

/** A stand-in for Electron's UtilityProcess: the test plays the loader's side of the conversation. */
class FakeUtilityProcess extends EventEmitter implements UtilityProcessLike {
  readonly received: LoaderRequest[] = [];
  killed = false;
  workingSetKb = 50_000;
  constructor(
    readonly pid: number,
    readonly modulePath: string,
    readonly options: { execArgv?: string[]; serviceName?: string; stdio?: unknown },
  ) {
    super();
  }
  postMessage(message: unknown): void {
    if (this.killed) throw new Error('the process is gone');
    if (isLoaderRequest(message)) this.received.push(message);
  }
  kill(): boolean {
    if (this.killed) return false;
    this.killed = true;
    // As Electron does: the exit event follows the kill.
    queueMicrotask(() => this.emit('exit', 9));
    return true;
  }
  /** The loader answers a request, as loader-process.ts does over process.parentPort. */
  answer(request: LoaderRequest, result: LoadResult): void {
    this.emit('message', { id: request.id, result });
  }
  /** V8 hits the heap cap: Electron reports a fatal error, then the exit. */
  runOutOfMemory(): void {
    this.emit('error', 'FatalError', 'Reached heap limit', '{}');
    this.emit('exit', 133);
    this.killed = true;
  }
}

function article(path: string): LoadResult {
  return {
    ok: true,
    article: { text: 'Officials said the road would reopen.', sourcePath: path, sourceName: path.split('/').at(-1)! } as never,
  };
}

const LIMITS: LoaderLimits = { memoryMb: 512, timeMs: 20_000, processMemoryMb: 900 };

function setUp(limits: LoaderLimits = LIMITS): { host: LoaderHost; forks: FakeUtilityProcess[] } {
  const forks: FakeUtilityProcess[] = [];
  const fork = (modulePath: string, _args: string[], options: FakeUtilityProcess['options']): FakeUtilityProcess => {
    const child = new FakeUtilityProcess(1000 + forks.length, modulePath, options);
    forks.push(child);
    return child;
  };
  const metrics = () => forks.filter((child) => !child.killed).map((child) => ({ pid: child.pid, memory: { workingSetSize: child.workingSetKb } }));
  const host = new LoaderHost(utilityProcessLoader(fork, '/app/out/main/loader-process.js', limits, metrics), limits, 250);
  return { host, forks };
}

/** Lets the host's promise chains run without moving the clock. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the loader in an Electron utility process', () => {
  it('forks the built loader entry with the heap cap, and keeps one process for file after file', async () => {
    const { host, forks } = setUp();
    const first = host.load('/articles/one.txt');
    await settle();
    expect(forks).toHaveLength(1);
    expect(forks[0]!.modulePath).toBe('/app/out/main/loader-process.js');
    expect(forks[0]!.options).toMatchObject({ execArgv: ['--max-old-space-size=512'], serviceName: LOADER_SERVICE_NAME, stdio: 'ignore' });
    forks[0]!.answer(forks[0]!.received[0]!, article('/articles/one.txt'));
    expect(await first).toMatchObject({ ok: true, article: { sourcePath: '/articles/one.txt' } });

    const second = host.load('/articles/two.txt');
    await settle();
    const request = forks[0]!.received[1]!;
    expect(request.path).toBe('/articles/two.txt');
    expect(request.id).not.toBe(forks[0]!.received[0]!.id);
    forks[0]!.answer(request, article('/articles/two.txt'));
    expect(await second).toMatchObject({ ok: true, article: { sourcePath: '/articles/two.txt' } });
    expect(forks).toHaveLength(1);
    await host.close();
    expect(forks[0]!.killed).toBe(true);
  });

  it('kills a process that runs past the time limit, says so in one line, and opens the next file in a fresh process', async () => {
    vi.useFakeTimers();
    const { host, forks } = setUp();
    const stuck = host.load('/articles/bomb.pdf');
    await settle();
    expect(forks[0]!.received).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(LIMITS.timeMs);
    const result = await stuck;
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error.code).toBe('too-demanding');
    expect(result.ok ? '' : result.error.message).toBe(
      "“bomb.pdf” needs more memory or time than a news article should (over 512 MB or 20 seconds to read), so reading it was stopped; save the article's text as a .txt file and open that instead.",
    );
    expect(forks[0]!.killed).toBe(true);

    const next = host.load('/articles/next.txt');
    await settle();
    expect(forks).toHaveLength(2);
    forks[1]!.answer(forks[1]!.received[0]!, article('/articles/next.txt'));
    expect((await next).ok).toBe(true);
  });

  it('ignores the late answer of a process it already killed', async () => {
    vi.useFakeTimers();
    const { host, forks } = setUp();
    const stuck = host.load('/articles/slow.html');
    await settle();
    const lateRequest = forks[0]!.received[0]!;
    await vi.advanceTimersByTimeAsync(LIMITS.timeMs);
    expect((await stuck).ok).toBe(false);
    const next = host.load('/articles/next.txt');
    await settle();
    // The killed process's answer arrives after all; it must not stand in for the next file.
    forks[0]!.answer(lateRequest, article('/articles/slow.html'));
    forks[0]!.answer({ id: forks[1]!.received[0]!.id, path: '/articles/next.txt' }, article('/articles/forged.txt'));
    forks[1]!.answer(forks[1]!.received[0]!, article('/articles/next.txt'));
    expect(await next).toMatchObject({ ok: true, article: { sourcePath: '/articles/next.txt' } });
  });

  it('reports a process that hit its heap cap as too demanding, and replaces it', async () => {
    const { host, forks } = setUp();
    const bomb = host.load('/articles/bomb.docx');
    await settle();
    forks[0]!.runOutOfMemory();
    const result = await bomb;
    expect(result.ok ? '' : result.error.code).toBe('too-demanding');
    expect(result.ok ? '' : result.error.message).toMatch(/^“bomb\.docx” needs more memory or time than a news article should/);
    const next = host.load('/articles/next.txt');
    await settle();
    expect(forks).toHaveLength(2);
    forks[1]!.answer(forks[1]!.received[0]!, article('/articles/next.txt'));
    expect((await next).ok).toBe(true);
  });

  it('kills a process whose memory outgrows the process cap, even below the heap cap', async () => {
    vi.useFakeTimers();
    const { host, forks } = setUp();
    const bomb = host.load('/articles/buffers.pdf');
    await settle();
    // Within the cap: the file goes on reading.
    forks[0]!.workingSetKb = 800 * 1024;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(forks[0]!.killed).toBe(false);
    forks[0]!.workingSetKb = 901 * 1024;
    await vi.advanceTimersByTimeAsync(250);
    expect(forks[0]!.killed).toBe(true);
    const result = await bomb;
    expect(result.ok ? '' : result.error.code).toBe('too-demanding');
  });

  it('says a file is damaged when the process dies reading it, and loses no file waiting behind it', async () => {
    const { host, forks } = setUp();
    const crashing = host.load('/articles/crash.pdf');
    const waiting = host.load('/articles/waiting.txt');
    await settle();
    // Files open one at a time: the second waits for the first.
    expect(forks[0]!.received.map((request) => request.path)).toEqual(['/articles/crash.pdf']);
    forks[0]!.emit('exit', 11);
    const result = await crashing;
    expect(result.ok ? '' : result.error.message).toBe('“crash.pdf” is damaged and cannot be read; download or save it again.');
    await settle();
    expect(forks).toHaveLength(2);
    expect(forks[1]!.received.map((request) => request.path)).toEqual(['/articles/waiting.txt']);
    forks[1]!.answer(forks[1]!.received[0]!, article('/articles/waiting.txt'));
    expect(await waiting).toMatchObject({ ok: true, article: { sourcePath: '/articles/waiting.txt' } });
  });

  it('starts a new process when the idle one went away between files', async () => {
    const { host, forks } = setUp();
    const first = host.load('/articles/one.txt');
    await settle();
    forks[0]!.answer(forks[0]!.received[0]!, article('/articles/one.txt'));
    await first;
    forks[0]!.emit('exit', 0);
    const second = host.load('/articles/two.txt');
    await settle();
    expect(forks).toHaveLength(2);
    forks[1]!.answer(forks[1]!.received[0]!, article('/articles/two.txt'));
    expect((await second).ok).toBe(true);
  });

  it('ignores messages that are not answers, and answers the file when the real answer comes', async () => {
    const { host, forks } = setUp();
    const pending = host.load('/articles/one.txt');
    await settle();
    let answered = false;
    void pending.then(() => (answered = true));
    forks[0]!.emit('message', 'hello');
    forks[0]!.emit('message', { id: forks[0]!.received[0]!.id, result: 'not a result' });
    await settle();
    expect(answered).toBe(false);
    forks[0]!.answer(forks[0]!.received[0]!, {
      ok: false,
      error: { code: 'empty', message: '“one.txt” contains no text; choose a file that holds an article.' },
    });
    expect(await pending).toEqual({ ok: false, error: { code: 'empty', message: '“one.txt” contains no text; choose a file that holds an article.' } });
  });
});
