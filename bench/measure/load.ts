// The fixture pages in Chromium, in three browsers (lib/browser.ts): "with"
// the built extension, "minimal" (the same extension, its content script one
// line), "without" (an inert extension). No linking session is active.
//
// A warm-up pass (not recorded), then `rounds` rounds over every fixture
// page, each page loaded by the three browsers in turn (lib/turns.ts). One
// load: goto, wait for `load`, where the content script should run
// (lib/injection.ts) wait for its answer (data-link-guide on <html>), then
// `settleMs` in every browser, then read Navigation Timing and long tasks.
//
//  loadTimeRatio (information since issue 11)
//    navigationStart → loadEventEnd. Per page: median over rounds with /
//    median over rounds without; the key is the median of the per-page
//    ratios over every fixture page; loadTimeRatioCi95 its 95 % bootstrap
//    interval (pages resampled, seeded).
//  minimalScriptLoadTimeRatio (information)
//    The same, minimal / without, over the flow pages (the fixtures of a
//    flow screen where the script runs): what Chromium charges for any
//    content script at all (an isolated world, the injection at document_idle).
//  loadTimeRatioOverMinimalScript (budget ≤ 1.02)
//    with / minimal over the same flow pages: what this script's own code
//    adds on top of that; with its bootstrap interval.
//  longTasks (budget 0)
//    PerformanceObserver('longtask') installed by an init script in every
//    browser; per page and round, count with − count without, clamped at 0;
//    summed over the pages where the script runs. The same count on the
//    other pages is the noise floor.
//  recognitionMedianMs (budget ≤ 1 ms) / recognitionP95Ms / recognitionColdMedianMs
//    The recogniser the content script carries (src/recognize/index.ts,
//    bundled by esbuild) evaluated in the page's main world after the
//    round-1 load "with", and recognize(document, location.href) timed:
//    20 warm-up calls, then 25 batches sized to last ~2 ms (Chromium
//    coarsens performance.now() to 100 µs); the first, cold call alone.
//  contentScriptHeapBytes / minimalScriptHeapBytes
//    After each round-1 load: CDP HeapProfiler.collectGarbage, then
//    Performance.getMetrics JSHeapUsedSize; median over pages of
//    (with − without), and (minimal − without).
import { memoryOnce, type MemorySample, type Side, type SideName } from '../lib/browser';
import { installRecognizer, timeRecognizer } from '../lib/inpage';
import { recognizerBundle } from '../lib/size';
import { budgeted, fmtBytes, fmtInterval, fmtMs, fmtRatio, info, type Section } from '../lib/report';
import { bootstrapInterval, median, percentile, round, sum } from '../lib/stats';
import { afterResponseMs, attributed, emptyResult, finite, holdingScript, loadMs, turn, type PageResult, type PageRun } from '../lib/turns';

const GLOBAL_NAME = '__linkGuideRecognizerBundle';
const WARMUP_PAGES = 8;

export interface FixturePage extends PageRun {
  /** The fixture's screen: a flow screen, or `unknown`. */
  screen: string;
}

interface Extra {
  memory: Partial<Record<SideName, MemorySample>>;
  recognitionMs?: number;
  recognitionColdMs?: number;
  recognitionAnswer?: string;
  recognitionBatch?: number;
}

export interface LoadOptions {
  rounds: number;
  settleMs: number;
  log: (msg: string) => void;
}

export async function measureLoad(sides: Side[], pages: FixturePage[], opts: LoadOptions): Promise<Section> {
  const recognizer = await recognizerBundle(GLOBAL_NAME);
  const results = new Map<string, PageResult & Extra>(pages.map((p) => [p.name, { ...emptyResult(), memory: {} }]));
  let missing = 0;

  // Warm-up: browser caches, the extension's service worker, V8's code cache
  // for the content script; nothing recorded.
  for (const p of pages.slice(0, WARMUP_PAGES)) await turn(sides, p, emptyResult(), 1, 0, { settleMs: opts.settleMs });

  for (let round = 0; round < opts.rounds; round++) {
    opts.log(`Chromium round ${round + 1}/${opts.rounds}: ${pages.length} pages × ${sides.length} browsers${round === 0 ? ' (+ memory, in-page recognition)' : ''}`);
    for (const [i, p] of pages.entries()) {
      const r = results.get(p.name)!;
      missing += await turn(sides, p, r, round, round + i, {
        settleMs: opts.settleMs,
        after: async (side, _s, rd) => {
          if (rd !== 0) return;
          r.memory[side.name] = await memoryOnce(side);
          if (side.name === 'with') Object.assign(r, await timeInPage(side, recognizer.code));
        },
      });
    }
  }

  const heap = (r: Extra, a: SideName, b: SideName) => (r.memory[a]?.jsHeapUsedBytes ?? Number.NaN) - (r.memory[b]?.jsHeapUsedBytes ?? Number.NaN);
  const perPage = pages.map((p) => {
    const r = results.get(p.name)!;
    const withMs = loadMs(r.samples.with);
    const withoutMs = loadMs(r.samples.without);
    const minimalMs = loadMs(r.samples.minimal);
    return {
      name: p.name,
      scriptRuns: p.scriptRuns,
      flow: p.scriptRuns && p.screen !== 'unknown',
      loadWithMs: withMs,
      loadWithoutMs: withoutMs,
      loadMinimalMs: minimalMs,
      ratio: withMs / withoutMs,
      ratioMinimal: minimalMs / withoutMs,
      ratioOverMinimal: withMs / minimalMs,
      /** Every round's load, in round order (the browsers of a round loaded one after the other). */
      loadWithSamplesMs: r.samples.with.map((x) => x.loadMs),
      loadWithoutSamplesMs: r.samples.without.map((x) => x.loadMs),
      loadMinimalSamplesMs: r.samples.minimal.map((x) => x.loadMs),
      afterResponseRatio: afterResponseMs(r.samples.with) / afterResponseMs(r.samples.without),
      longTasks: attributed(r.samples.with, r.samples.without),
      longTasksMinimal: attributed(r.samples.minimal, r.samples.without),
      longTasksHoldingScript: holdingScript(r.samples.with),
      longTaskMsWith: median(r.samples.with.map((s) => s.longTaskMs)),
      longTaskMsWithout: median(r.samples.without.map((s) => s.longTaskMs)),
      /** Share of loads where the content script's answer was written before the load event started. */
      scriptBeforeLoad: p.scriptRuns
        ? r.samples.with.filter((s) => s.recordedAt !== null && s.loadEventStart !== null && s.recordedAt < s.loadEventStart).length / r.samples.with.length
        : Number.NaN,
      heapDeltaBytes: heap(r, 'with', 'without'),
      heapDeltaMinimalBytes: heap(r, 'minimal', 'without'),
      nodesDelta: (r.memory.with?.nodes ?? Number.NaN) - (r.memory.without?.nodes ?? Number.NaN),
      recognitionMs: r.recognitionMs ?? Number.NaN,
      recognitionColdMs: r.recognitionColdMs ?? Number.NaN,
      recognitionBatch: r.recognitionBatch ?? Number.NaN,
      answer: r.recognitionAnswer ? (JSON.parse(r.recognitionAnswer) as { screen: string }).screen : null,
    };
  });
  /**
   * The ratio of the two loads of one page in one round, kept apart by
   * whether the browser with the extension loaded before the one without:
   * a check on the design (bench/README.md, Order within a turn).
   */
  const pairedRatioBy = (withFirst: boolean) =>
    median(
      pages.flatMap((p) => {
        const r = results.get(p.name)!;
        return r.samples.with.flatMap((w, k) => {
          const wo = r.samples.without[k];
          const first = r.positions.with[k]! < r.positions.without[k]!;
          return first === withFirst && w.loadMs && wo?.loadMs ? [w.loadMs / wo.loadMs] : [];
        });
      }),
    );
  const running = perPage.filter((p) => p.scriptRuns);
  const notRunning = perPage.filter((p) => !p.scriptRuns);
  const flow = perPage.filter((p) => p.flow);
  const recognitionPages = running.filter((p) => Number.isFinite(p.recognitionMs));
  const allWith = running.flatMap((p) => results.get(p.name)!.samples.with);
  const heapDeltas = finite(running.map((p) => p.heapDeltaBytes));

  const metrics = {
    recognitionMedianMs: median(recognitionPages.map((p) => p.recognitionMs)),
    recognitionP95Ms: percentile(recognitionPages.map((p) => p.recognitionMs), 95),
    recognitionColdMedianMs: median(recognitionPages.map((p) => p.recognitionColdMs)),
    recognitionMaxMs: Math.max(...recognitionPages.map((p) => p.recognitionMs)),
    loadTimeRatio: median(perPage.map((p) => p.ratio)),
    /** 95 % bootstrap interval of loadTimeRatio, resampling the pages (bench/README.md). */
    loadTimeRatioCi95: bootstrapInterval(perPage.map((p) => p.ratio), median),
    loadTimeRatioWithLoadedFirst: pairedRatioBy(true),
    loadTimeRatioWithLoadedSecond: pairedRatioBy(false),
    loadTimeRatioScriptPages: median(running.map((p) => p.ratio)),
    loadTimeRatioNoScriptPages: median(notRunning.map((p) => p.ratio)),
    loadAfterResponseRatio: median(perPage.map((p) => p.afterResponseRatio)),
    loadTimeRatioP95: percentile(perPage.map((p) => p.ratio), 95),
    loadTimeWithMedianMs: median(perPage.map((p) => p.loadWithMs)),
    loadTimeWithoutMedianMs: median(perPage.map((p) => p.loadWithoutMs)),
    loadTimeDeltaMs: median(perPage.map((p) => p.loadWithMs - p.loadWithoutMs)),
    minimalScriptLoadTimeRatio: median(flow.map((p) => p.ratioMinimal)),
    minimalScriptLoadTimeRatioCi95: bootstrapInterval(flow.map((p) => p.ratioMinimal), median),
    loadTimeRatioOverMinimalScript: median(flow.map((p) => p.ratioOverMinimal)),
    loadTimeRatioOverMinimalScriptCi95: bootstrapInterval(flow.map((p) => p.ratioOverMinimal), median),
    flowPages: flow.length,
    contentScriptBeforeLoadShare: allWith.filter((s) => s.recordedAt !== null && s.loadEventStart !== null && s.recordedAt < s.loadEventStart).length / allWith.length,
    longTasks: sum(running.map((p) => p.longTasks)),
    longTasksHoldingContentScript: sum(running.map((p) => p.longTasksHoldingScript)),
    longTasksNoScriptPages: sum(notRunning.map((p) => p.longTasks)),
    longTasksMinimalScript: sum(perPage.map((p) => p.longTasksMinimal)),
    contentScriptHeapBytes: median(heapDeltas),
    contentScriptHeapMaxBytes: heapDeltas.length ? Math.max(...heapDeltas) : Number.NaN,
    minimalScriptHeapBytes: median(finite(running.map((p) => p.heapDeltaMinimalBytes))),
    contentScriptNodesDelta: median(finite(running.map((p) => p.nodesDelta))),
  };

  const notes: string[] = [];
  const slow = [...recognitionPages].sort((a, b) => b.recognitionMs - a.recognitionMs).slice(0, 3);
  notes.push(`Slowest pages in Chromium: ${slow.map((p) => `${p.name} ${fmtMs(p.recognitionMs)}`).join(', ')}`);
  const withLong = perPage.filter((p) => p.longTasks > 0);
  if (withLong.length) notes.push(`Pages with long tasks (with − without): ${withLong.map((p) => `${p.name} (${p.longTasks}${p.scriptRuns ? '' : ', script does not run there'})`).join(', ')}`);
  if (missing) notes.push(`Warning: the content script's answer did not appear on ${missing} load(s) where it should run.`);

  return {
    metrics,
    rows: [
      budgeted('recognitionMedianMs', 'recognitionMedianMs (Chromium, in page)', fmtMs(metrics.recognitionMedianMs)),
      info('recognitionP95Ms (Chromium, in page)', fmtMs(metrics.recognitionP95Ms)),
      info('  first (cold) call, median over pages', fmtMs(metrics.recognitionColdMedianMs)),
      budgeted('loadTimeRatioOverMinimalScript', `loadTimeRatioOverMinimalScript (${flow.length} flow pages)`, fmtRatio(metrics.loadTimeRatioOverMinimalScript)),
      info('  95 % interval (bootstrap over pages)', fmtInterval(metrics.loadTimeRatioOverMinimalScriptCi95)),
      info('minimalScriptLoadTimeRatio (one-line script / none)', `${fmtRatio(metrics.minimalScriptLoadTimeRatio)} (${fmtInterval(metrics.minimalScriptLoadTimeRatioCi95)})`),
      info('loadTimeRatio (with / without, every page)', fmtRatio(metrics.loadTimeRatio)),
      info('  95 % interval (bootstrap over pages)', fmtInterval(metrics.loadTimeRatioCi95)),
      info('  paired loads, extension first / second', `${fmtRatio(metrics.loadTimeRatioWithLoadedFirst)} / ${fmtRatio(metrics.loadTimeRatioWithLoadedSecond)}`),
      info('  pages where the script runs / not', `${fmtRatio(metrics.loadTimeRatioScriptPages)} / ${fmtRatio(metrics.loadTimeRatioNoScriptPages)}`),
      info('  responseEnd → loadEventEnd only', fmtRatio(metrics.loadAfterResponseRatio)),
      info('  load with / without (median)', `${fmtMs(metrics.loadTimeWithMedianMs)} / ${fmtMs(metrics.loadTimeWithoutMedianMs)}`),
      info('  added per load (median per-page Δ)', fmtMs(metrics.loadTimeDeltaMs)),
      info('  content script ran before load event', `${(metrics.contentScriptBeforeLoadShare * 100).toFixed(0)} % of loads`),
      budgeted('longTasks', `longTasks (script pages × ${opts.rounds} rounds)`, String(metrics.longTasks)),
      info('  of which the content script ran in', String(metrics.longTasksHoldingContentScript)),
      info('  same count on pages it does not run on', `${metrics.longTasksNoScriptPages} (noise floor)`),
      info('contentScriptHeapBytes (median Δ JS heap)', fmtBytes(metrics.contentScriptHeapBytes)),
      info('  a one-line script, Δ JS heap', fmtBytes(metrics.minimalScriptHeapBytes)),
    ],
    details: {
      pages: perPage.map((p) => ({
        ...Object.fromEntries(Object.entries(p).map(([k, v]) => [k, typeof v === 'number' ? (Number.isFinite(v) ? round(v, 4) : null) : v])),
      })),
      contentScriptAnswerMissing: missing,
      longTasksByPage: Object.fromEntries(
        withLong.map((p) => [p.name, Object.fromEntries(sides.map((s) => [s.name, results.get(p.name)!.samples[s.name].map((x) => x.longTaskList)]))]),
      ),
    },
    notes,
  };
}

async function timeInPage(side: Side, code: string): Promise<Partial<Extra>> {
  await side.page.evaluate(installRecognizer(code, GLOBAL_NAME));
  const t = (await side.page.evaluate(timeRecognizer({ warmup: 20, batches: 25, batchMs: 2, maxMs: 1500 }))) as {
    answer: string;
    coldMs: number;
    size: number;
    samples: number[];
  };
  return { recognitionMs: median(t.samples), recognitionColdMs: t.coldMs, recognitionAnswer: t.answer, recognitionBatch: t.size };
}

export { timeInPage };
