// The content script's own time on the page's main thread, from Chromium's
// trace (CDP Tracing, categories devtools.timeline and toplevel) over a
// series of loads in the browser with the extension (lib/trace.ts):
//  contentScriptEvaluateMs: content.js's EvaluateScript event (its
//    injection: compile and the synchronous top-level run);
//  contentScriptTaskMs / …TaskGcMs: the main-thread task it ran in, and the
//    garbage collection inside it;
//  contentScriptCallbacksMs: its later FunctionCalls in the same load.
import type { Side } from '../lib/browser';
import { traceContentScript } from '../lib/trace';
import { fmtMs, info, type Section } from '../lib/report';
import { median, percentile, round } from '../lib/stats';
import { turn, emptyResult, type PageRun } from '../lib/turns';

export async function measureTrace(withSide: Side, pages: PageRun[], opts: { settleMs: number }): Promise<Section> {
  const trace = await traceContentScript(withSide, async () => {
    for (const p of pages) await turn([withSide], p, emptyResult(), 1, 0, { settleMs: opts.settleMs });
  });
  const metrics = {
    contentScriptEvaluateMs: median(trace.evaluateMs),
    contentScriptEvaluateP95Ms: percentile(trace.evaluateMs, 95),
    contentScriptCallbacksMs: median(trace.callbacksMs),
    contentScriptTaskMs: median(trace.taskMs),
    contentScriptTaskMaxMs: trace.taskMs.length ? Math.max(...trace.taskMs) : Number.NaN,
    contentScriptTaskGcMs: median(trace.gcMs),
  };
  return {
    metrics,
    rows: [
      info('  content.js evaluation (trace)', `${fmtMs(metrics.contentScriptEvaluateMs)} median, ${fmtMs(metrics.contentScriptEvaluateP95Ms)} p95`),
      info('  the task it runs in (trace)', `${fmtMs(metrics.contentScriptTaskMs)} median, ${fmtMs(metrics.contentScriptTaskMaxMs)} max, GC in it ${fmtMs(metrics.contentScriptTaskGcMs)}`),
      info('  content.js callbacks after it (trace)', fmtMs(metrics.contentScriptCallbacksMs)),
    ],
    details: { trace: Object.fromEntries(Object.entries(trace).map(([k, v]) => [k, Array.isArray(v) ? v.map((x) => round(x, 3)) : v])) },
  };
}
