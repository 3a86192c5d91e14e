/** One event of a Chromium trace (the JSON `browser.stopTracing` returns), as far as the summary reads it. */
export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  /** Thread (CPU) time of a complete event, in µs. */
  readonly tdur?: number;
  readonly cat?: string;
  readonly args?: { readonly name?: string };
}

/** The main thread's cost in one time window. */
export interface WindowCost {
  readonly wallMs: number;
  /** CPU time of the top-level tasks that began in the window. */
  readonly cpuMs: number;
  /** CPU time by trace event, each event's own time (its children's taken out), so the parts add up. */
  readonly byName: ReadonlyMap<string, number>;
}

interface Span {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly cpu: number;
  self: number;
  readonly topLevel: boolean;
}

/** Complete events of one thread with their own CPU time, nested by start and end. */
function spansOf(events: readonly TraceEvent[]): Span[] {
  const complete = events.filter((event) => event.ph === 'X' && event.dur !== undefined).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const spans: Span[] = [];
  const open: Span[] = [];
  for (const event of complete) {
    const start = event.ts;
    const end = event.ts + (event.dur ?? 0);
    while (open.length > 0 && open[open.length - 1]!.end <= start) open.pop();
    const parent = open[open.length - 1];
    const cpu = event.tdur ?? event.dur ?? 0;
    const span: Span = { name: event.name, start, end, cpu, self: cpu, topLevel: parent === undefined };
    if (parent) parent.self -= cpu;
    spans.push(span);
    open.push(span);
  }
  return spans;
}

/** The windows a user-timing measure left in the trace: [begin, end] in trace µs. */
function measureWindows(events: readonly TraceEvent[], name: string, pid: number): Array<readonly [number, number]> {
  const begins = events.filter((event) => event.pid === pid && event.name === name && event.ph === 'b').map((event) => event.ts);
  const ends = events.filter((event) => event.pid === pid && event.name === name && event.ph === 'e').map((event) => event.ts);
  begins.sort((a, b) => a - b);
  ends.sort((a, b) => a - b);
  return begins.map((begin, index) => [begin, ends[index] ?? begin] as const);
}

function costIn(spans: readonly Span[], [start, end]: readonly [number, number]): WindowCost {
  const inside = spans.filter((span) => span.start >= start && span.start < end);
  const byName = new Map<string, number>();
  for (const span of inside) byName.set(span.name, (byName.get(span.name) ?? 0) + Math.max(0, span.self) / 1000);
  const cpuMs = inside.filter((span) => span.topLevel).reduce((sum, span) => sum + span.cpu, 0) / 1000;
  return { wallMs: (end - start) / 1000, cpuMs, byName };
}

/**
 * The renderer main thread's cost in each window of two user-timing measures (the page that made
 * them is the renderer; its main thread is the one Chromium names CrRendererMain).
 */
export function summarizeTrace(
  events: readonly TraceEvent[],
  frameMeasure: string,
  followUpMeasure: string,
): { readonly frames: WindowCost[]; readonly followUps: WindowCost[] } {
  const marker = events.find((event) => event.name === frameMeasure);
  if (!marker) throw new Error(`no ${frameMeasure} measure in the trace`);
  const mainThread = events.find(
    (event) => event.ph === 'M' && event.name === 'thread_name' && event.pid === marker.pid && event.args?.name === 'CrRendererMain',
  );
  if (!mainThread) throw new Error('no renderer main thread in the trace');
  const spans = spansOf(events.filter((event) => event.pid === marker.pid && event.tid === mainThread.tid));
  return {
    frames: measureWindows(events, frameMeasure, marker.pid).map((window) => costIn(spans, window)),
    followUps: measureWindows(events, followUpMeasure, marker.pid).map((window) => costIn(spans, window)),
  };
}
