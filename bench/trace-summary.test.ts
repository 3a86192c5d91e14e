import { describe, expect, it } from 'vitest';
import { summarizeTrace, type TraceEvent } from './trace-summary';

const RENDERER = 7;
const MAIN = 1;
const OTHER_THREAD = 2;

const complete = (name: string, ts: number, dur: number, tdur: number, tid = MAIN): TraceEvent => ({ name, ph: 'X', pid: RENDERER, tid, ts, dur, tdur });
const measure = (name: string, begin: number, end: number): TraceEvent[] => [
  { name, ph: 'b', pid: RENDERER, tid: MAIN, ts: begin },
  { name, ph: 'e', pid: RENDERER, tid: MAIN, ts: end },
];

const EVENTS: TraceEvent[] = [
  { name: 'thread_name', ph: 'M', pid: RENDERER, tid: MAIN, ts: 0, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', ph: 'M', pid: RENDERER, tid: OTHER_THREAD, ts: 0, args: { name: 'Compositor' } },
  ...measure('frame', 1_000, 20_000),
  ...measure('after', 20_000, 50_000),
  // A frame task: 10 ms of CPU, of which style 2 ms and hit test 3 ms, the rest its own.
  complete('RunTask', 2_000, 15_000, 10_000),
  complete('UpdateLayoutTree', 2_100, 2_500, 2_000),
  complete('HitTest', 5_000, 4_000, 3_000),
  // Work on another thread and before the window is not the frame's.
  complete('RunTask', 3_000, 9_000, 9_000, OTHER_THREAD),
  complete('RunTask', 100, 500, 400),
  // The follow-up: one task with a layout inside.
  complete('RunTask', 30_000, 6_000, 4_000),
  complete('Layout', 31_000, 2_000, 1_500),
];

describe('summarizeTrace', () => {
  const { frames, followUps } = summarizeTrace(EVENTS, 'frame', 'after');

  it('counts the CPU time of the main thread’s top-level tasks that begin in each window', () => {
    expect(frames).toHaveLength(1);
    expect(frames[0]!.wallMs).toBe(19);
    expect(frames[0]!.cpuMs).toBe(10);
    expect(followUps[0]!.cpuMs).toBe(4);
  });

  it('splits that time by event, each counting only its own time', () => {
    const byName = frames[0]!.byName;
    expect(byName.get('HitTest')).toBe(3);
    expect(byName.get('UpdateLayoutTree')).toBe(2);
    expect(byName.get('RunTask')).toBe(5);
    expect([...byName.values()].reduce((sum, ms) => sum + ms, 0)).toBe(frames[0]!.cpuMs);
    expect(followUps[0]!.byName.get('Layout')).toBe(1.5);
  });

  it('refuses a trace without the measure', () => {
    expect(() => summarizeTrace(EVENTS, 'missing', 'after')).toThrow(/no missing measure/);
  });
});
