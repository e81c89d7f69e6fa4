// The content script's own time on the page's main thread, from Chromium's
// trace (CDP Tracing, category devtools.timeline) over a series of loads in
// the "with" browser:
//  - evaluateMs: the EvaluateScript event of content.js, i.e. the task that
//    injects it at document_idle: compile plus the synchronous top-level run
//    (WXT's ContentScriptContext, the polyfill, the first, cold recognition,
//    the recording, listeners). It runs before the load event on most pages,
//    so it is what the load-time ratio pays for.
//  - taskMs: the whole main-thread task that EvaluateScript runs in (the
//    enclosing ThreadControllerImpl::RunTask): with the isolated world's set-up and any garbage
//    collection that falls in it; gcMs: the MajorGC/MinorGC events inside it;
//  - callbacksMs: the FunctionCall events of content.js outside it (the
//    background's answer, the overlay's drawing, MutationObserver re-checks)
//    that follow in the same load.
// Loads are told apart by their EvaluateScript event (one per load); each
// FunctionCall belongs to the last EvaluateScript before it.
import type { Side } from './browser';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  pid?: number;
  tid?: number;
  dur?: number;
  args?: { data?: { url?: string } };
}

export interface ContentScriptTrace {
  loads: number;
  evaluateMs: number[];
  taskMs: number[];
  gcMs: number[];
  callbacksMs: number[];
}

export async function traceContentScript(side: Side, loadAll: () => Promise<void>): Promise<ContentScriptTrace> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: TraceEvent[] }) => events.push(...e.value);
  // Tracing's events are not in Playwright's CDP typings: a loosely typed handle.
  const cdp = side.cdp as unknown as {
    on(event: string, f: (e: { value: TraceEvent[] }) => void): void;
    off(event: string, f: (e: { value: TraceEvent[] }) => void): void;
    once(event: string, f: () => void): void;
    send(method: string, params?: object): Promise<unknown>;
  };
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'toplevel'] }, transferMode: 'ReportEvents' });
  try {
    await loadAll();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
  }
  const ours = events
    .filter((e) => e.ph === 'X' && /\/content-scripts\/content\.js$/.test(e.args?.data?.url ?? ''))
    .sort((a, b) => a.ts - b.ts);
  const evaluations = ours.filter((e) => e.name === 'EvaluateScript');
  const callbacks = new Array<number>(evaluations.length).fill(0);
  let k = -1;
  for (const e of ours) {
    if (e.name === 'EvaluateScript') {
      k++;
      continue;
    }
    if (e.name !== 'FunctionCall' || k < 0) continue;
    const ev = evaluations[k]!;
    if (e.ts < ev.ts + (ev.dur ?? 0)) continue; // nested in the injection: already counted
    callbacks[k]! += (e.dur ?? 0) / 1000;
  }
  const within = (outer: TraceEvent, e: TraceEvent) =>
    e.pid === outer.pid && e.tid === outer.tid && e.ts >= outer.ts && e.ts + (e.dur ?? 0) <= outer.ts + (outer.dur ?? 0);
  const tasks = events.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'));
  const gcs = events.filter((e) => e.ph === 'X' && (e.name === 'MajorGC' || e.name === 'MinorGC'));
  const taskMs: number[] = [];
  const gcMs: number[] = [];
  for (const ev of evaluations) {
    const task = tasks.filter((t) => within(t, ev)).sort((a, b) => (a.dur ?? 0) - (b.dur ?? 0))[0];
    taskMs.push(((task ?? ev).dur ?? 0) / 1000);
    gcMs.push(gcs.filter((g) => within(task ?? ev, g)).reduce((a, g) => a + (g.dur ?? 0) / 1000, 0));
  }
  return { loads: evaluations.length, evaluateMs: evaluations.map((e) => (e.dur ?? 0) / 1000), taskMs, gcMs, callbacksMs: callbacks };
}
