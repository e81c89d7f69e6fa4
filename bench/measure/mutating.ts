// A constantly changing, very large page on the PACER login host (issue 10
// item 7): what the extension's script costs while a page changes all the
// time. The content script looks at the page again at most every 150 ms
// while the DOM changes (src/content/record.ts), so whatever one
// recognition of this page costs is paid up to ~65 times in 10 s.
//
// The page: lib/large-page.ts largeLoginPage (the generic PACER login with
// 30,000 table rows, about 240,000 elements). In each browser, with and
// without the extension, in turn (the order alternating by round): load,
// wait for the content script's answer where it runs, 1 s to settle; then
// Performance.getMetrics (CDP) before and after MUTATE_MS during which a
// main-world timer changes the ticker's text every TICK_MS.
//
//  mutatingLoginPageScriptSecondsWith / …Without: ScriptDuration (the
//    renderer's JavaScript time for the page, every world: the page's own
//    timer, and in "with" the content script's isolated world) over the
//    10 s; median over rounds.
//  mutatingLoginPageExtensionScriptSeconds (budget): with − without.
//  mutatingLoginPageTaskSecondsWith / …Without: TaskDuration (all main-thread
//    work: style, layout, script) for information.
import type { Side } from '../lib/browser';
import { loadOnce } from '../lib/browser';
import { scriptExpectedAt } from '../lib/injection';
import { largeLoginPage, TICKER_ID } from '../lib/large-page';
import { budgeted, fmtSeconds, info, type Section } from '../lib/report';
import { median, round, sleep } from '../lib/stats';
import { inTurn } from '../lib/turns';

export const MUTATE_MS = 10_000;
const TICK_MS = 50;
export const MUTATING_ROWS = 30_000;

type PerfMetrics = Record<string, number>;
async function perfMetrics(side: Side): Promise<PerfMetrics> {
  const { metrics } = (await side.cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

const START = `(() => { const t = document.getElementById('${TICKER_ID}'); let i = 0;
  window.__benchTicker = setInterval(() => { t.textContent = String(++i); }, ${TICK_MS}); return true; })()`;
const STOP = `(() => { clearInterval(window.__benchTicker); return Number(document.getElementById('${TICKER_ID}').textContent); })()`;

interface Window {
  side: string;
  scriptSeconds: number;
  taskSeconds: number;
  ticks: number;
  scriptSeen: boolean;
  loadMs: number | null;
}

export async function measureMutating(sides: Side[], opts: { rounds: number; log: (m: string) => void }): Promise<Section> {
  const page = largeLoginPage(MUTATING_ROWS);
  const windows: Window[] = [];
  for (let round = 0; round < opts.rounds; round++) {
    for (const side of inTurn(sides, round)) {
      opts.log(`  mutating login page, round ${round + 1}/${opts.rounds}, "${side.name}"`);
      const expect = side.name !== 'without' && scriptExpectedAt(page.url);
      const s = await loadOnce(side, page.url, page.html, { expectScript: expect, settleMs: 1000 });
      const before = await perfMetrics(side);
      await side.page.evaluate(START);
      await sleep(MUTATE_MS);
      const ticks = (await side.page.evaluate(STOP)) as number;
      const after = await perfMetrics(side);
      windows.push({
        side: side.name,
        scriptSeconds: (after.ScriptDuration ?? Number.NaN) - (before.ScriptDuration ?? Number.NaN),
        taskSeconds: (after.TaskDuration ?? Number.NaN) - (before.TaskDuration ?? Number.NaN),
        ticks,
        scriptSeen: s.scriptSeen,
        loadMs: s.loadMs,
      });
    }
  }
  const of = (name: string, k: 'scriptSeconds' | 'taskSeconds') => median(windows.filter((w) => w.side === name).map((w) => w[k]));
  const metrics = {
    mutatingLoginPageRows: MUTATING_ROWS,
    mutatingLoginPageScriptSecondsWith: of('with', 'scriptSeconds'),
    mutatingLoginPageScriptSecondsWithout: of('without', 'scriptSeconds'),
    mutatingLoginPageExtensionScriptSeconds: of('with', 'scriptSeconds') - of('without', 'scriptSeconds'),
    mutatingLoginPageTaskSecondsWith: of('with', 'taskSeconds'),
    mutatingLoginPageTaskSecondsWithout: of('without', 'taskSeconds'),
  };
  const notes: string[] = [];
  if (windows.some((w) => w.side === 'with' && scriptExpectedAt(page.url) && !w.scriptSeen)) notes.push('Warning: the content script did not answer on the mutating login page.');
  return {
    metrics,
    rows: [
      budgeted(
        'mutatingLoginPageExtensionScriptSeconds',
        `mutating login page (${MUTATING_ROWS.toLocaleString('en-US')} rows): script time per ${MUTATE_MS / 1000} s, with − without`,
        fmtSeconds(metrics.mutatingLoginPageExtensionScriptSeconds),
      ),
      info('  script time with / without', `${fmtSeconds(metrics.mutatingLoginPageScriptSecondsWith)} / ${fmtSeconds(metrics.mutatingLoginPageScriptSecondsWithout)}`),
      info('  all main-thread work with / without', `${fmtSeconds(metrics.mutatingLoginPageTaskSecondsWith)} / ${fmtSeconds(metrics.mutatingLoginPageTaskSecondsWithout)}`),
    ],
    details: {
      mutatingLoginPage: {
        url: page.url,
        tickMs: TICK_MS,
        windowMs: MUTATE_MS,
        windows: windows.map((w) => ({ ...w, scriptSeconds: round(w.scriptSeconds, 4), taskSeconds: round(w.taskSeconds, 4) })),
      },
    },
    notes,
  };
}
