// The generated docket (lib/large-page.ts: a DktRpt.pl of the District of
// Minnesota with 10,000 entries under the recorded menu bar, about 6 MB) in
// Chromium, with and without the extension, `rounds` rounds (one load takes
// seconds), loaded in turn as the fixtures are (lib/turns.ts).
//  largePageLoadTimeRatio: median load with / median load without.
//  largePageLongTasks: long tasks with − without, clamped, summed. The
//    page's own parser makes ~1.4 s of long tasks a load, so this mostly
//    shows how the parser split its work that time; the budget is on
//    largePageLongTasksHoldingContentScript: long tasks that were running
//    when the content script wrote its answer (it ran inside one).
//  largePageRecognitionChromiumMs: the recogniser timed in the page after
//    the first load with the extension (as in measure/load.ts).
//  largePageHeapDeltaBytes: JS heap with − without after a forced GC.
import { memoryOnce, type MemorySample, type Side, type SideName } from '../lib/browser';
import type { LargePage } from '../lib/large-page';
import { recognizerBundle } from '../lib/size';
import { budgeted, fmtMs, fmtRatio, info, type Section } from '../lib/report';
import { median } from '../lib/stats';
import { afterResponseMs, attributed, emptyResult, holdingScript, loadMs, turn, type PageRun } from '../lib/turns';
import { timeInPage } from './load';

export async function measureLargePage(sides: Side[], large: LargePage, run: PageRun, opts: { rounds: number; settleMs: number }): Promise<Section> {
  const r = emptyResult();
  const memory: Partial<Record<SideName, MemorySample>> = {};
  let recognition: Awaited<ReturnType<typeof timeInPage>> = {};
  const { code } = await recognizerBundle('__linkGuideRecognizerBundle');
  for (let round = 0; round < opts.rounds; round++) {
    await turn(sides, run, r, round, round, {
      settleMs: opts.settleMs,
      after: async (side, _s, rd) => {
        if (rd !== 0) return;
        memory[side.name] = await memoryOnce(side);
        if (side.name === 'with') recognition = await timeInPage(side, code);
      },
    });
  }
  const s = r.samples;
  const metrics = {
    largePageRecognitionChromiumMs: recognition.recognitionMs ?? Number.NaN,
    largePageLoadTimeRatio: loadMs(s.with) / loadMs(s.without),
    largePageAfterResponseRatio: afterResponseMs(s.with) / afterResponseMs(s.without),
    largePageLoadWithMs: loadMs(s.with),
    largePageLoadWithoutMs: loadMs(s.without),
    largePageLongTasks: attributed(s.with, s.without),
    largePageLongTasksHoldingContentScript: holdingScript(s.with),
    largePageLongTaskMsWith: median(s.with.map((x) => x.longTaskMs)),
    largePageLongTaskMsWithout: median(s.without.map((x) => x.longTaskMs)),
    largePageHeapDeltaBytes: (memory.with?.jsHeapUsedBytes ?? Number.NaN) - (memory.without?.jsHeapUsedBytes ?? Number.NaN),
  };
  return {
    metrics,
    rows: [
      info(`  same page (${large.rows} rows), Chromium in page`, fmtMs(metrics.largePageRecognitionChromiumMs)),
      info(`large page load ratio (${opts.rounds} rounds)`, `${fmtRatio(metrics.largePageLoadTimeRatio)} (${fmtMs(metrics.largePageLoadWithMs)} / ${fmtMs(metrics.largePageLoadWithoutMs)})`),
      info(`large page long tasks, with − without (${opts.rounds} rounds)`, String(metrics.largePageLongTasks)),
      budgeted('largePageLongTasksHoldingContentScript', '  of which the content script ran in', String(metrics.largePageLongTasksHoldingContentScript)),
      info('  long-task time with / without', `${fmtMs(metrics.largePageLongTaskMsWith)} / ${fmtMs(metrics.largePageLongTaskMsWithout)}`),
    ],
    details: {
      largePageChromium: {
        url: large.url,
        answer: recognition.recognitionAnswer ?? null,
        loads: Object.fromEntries(sides.map((side) => [side.name, s[side.name].map((x) => ({ loadMs: x.loadMs, responseEnd: x.responseEnd, longTasks: x.longTaskList }))])),
      },
    },
  };
}
