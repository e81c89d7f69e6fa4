// Pages loaded in turn by several browsers, round after round, and the
// figures every load measurement derives from the samples. Used by the
// fixture rounds (measure/load.ts), the generated docket
// (measure/large-page.ts) and the idle browsing mix (measure/idle.ts).
//
// One turn: the page is loaded by each browser one after the other, the
// order rotating with the page index and the round (`shift`), so that drift
// of the machine hits every browser alike (bench/README.md, Order within a
// turn).
import { loadOnce, type LoadSample, type Side, type SideName } from './browser';
import { median } from './stats';

export interface PageRun {
  name: string;
  url: string;
  html: string;
  /** The content script is expected there (the browser with it waits for its answer). */
  scriptRuns: boolean;
}

export interface PageResult {
  samples: Record<SideName, LoadSample[]>;
  /** Per round, where in the page's turn each browser loaded it (0 = first). */
  positions: Record<SideName, number[]>;
}

export const emptyResult = (): PageResult => ({
  samples: { with: [], without: [], minimal: [] },
  positions: { with: [], without: [], minimal: [] },
});

export interface TurnOptions {
  settleMs: number;
  /** Called after each browser's load, before the next browser loads (memory, in-page timing, injection count). */
  after?: (side: Side, sample: LoadSample, round: number) => Promise<void>;
  /** Whether a browser waits for the content script's answer on this page (default: not "without", and where it runs). */
  expectScript?: (side: Side, p: PageRun) => boolean;
}

/** Every side in turn, the order rotating with `shift` (page index + round). */
export const inTurn = (sides: Side[], shift: number) => sides.map((_, k) => sides[(k + shift) % sides.length]!);

export async function turn(sides: Side[], p: PageRun, r: PageResult, round: number, shift: number, opts: TurnOptions): Promise<number> {
  let missing = 0;
  for (const [position, side] of inTurn(sides, shift).entries()) {
    const expect = opts.expectScript ? opts.expectScript(side, p) : side.name !== 'without' && p.scriptRuns;
    const s = await loadOnce(side, p.url, p.html, { expectScript: expect, settleMs: opts.settleMs });
    if (expect && !s.scriptSeen) missing++;
    r.positions[side.name].push(position);
    r.samples[side.name].push(s);
    await opts.after?.(side, s, round);
  }
  return missing;
}

export const loadMs = (xs: LoadSample[]) => median(xs.map((s) => s.loadMs ?? Number.NaN));
/** responseEnd → loadEventEnd: the page's own work after its last byte, without the interception's transfer time. */
export const afterResponseMs = (xs: LoadSample[]) => median(xs.map((s) => (s.loadMs ?? Number.NaN) - (s.responseEnd ?? Number.NaN)));
/** Long tasks with `a` minus without, same page and round, clamped at 0, summed over rounds. */
export const attributed = (a: LoadSample[], b: LoadSample[]) => a.reduce((n, s, k) => n + Math.max(0, s.longTasks - (b[k]?.longTasks ?? 0)), 0);
/** Long tasks during which the content script wrote its answer: the task it was injected in was long. */
export const holdingScript = (a: LoadSample[]) =>
  a.reduce((n, s) => n + s.longTaskList.filter(([start, d]) => s.recordedAt !== null && s.recordedAt >= start && s.recordedAt <= start + d).length, 0);
export const finite = (xs: Array<number | null | undefined>) => xs.filter((x): x is number => x != null && Number.isFinite(x));
