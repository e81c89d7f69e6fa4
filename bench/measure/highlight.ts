// highlightAfterDomContentLoadedMs (budget ≤ 50 ms): how soon after
// DOMContentLoaded the guide is on screen. For each seed court: the guide
// started from the toolbar popup (harness.startSession), then the court's
// flow pages (walk.ts's flowPages), in order, each visited with
// harness.visit. The init script (lib/inpage.ts) notes the DOMContentLoaded
// time and when the <cmecf-link-guide> host's shadow root first holds an
// svg .ring or a [role=dialog] with data-layout. Median over the flow pages
// of (highlight − DOMContentLoaded); also the next frame, the ring alone on
// steps that have a target, and when the content script's answer was written.
// This starts sessions: run it after the measurements that need none.
import { readFileSync } from 'node:fs';
import { scriptRunsAt } from '../../test/e2e/support/harness';
import { expectations, flowPages } from '../../test/e2e/support/walk';
import type { Side } from '../lib/browser';
import { READ_HIGHLIGHT } from '../lib/inpage';
import { budgeted, fmtMs, info, type Section } from '../lib/report';
import { median, round, sleep } from '../lib/stats';
import { finite } from '../lib/turns';

interface HighlightProbe {
  dcl: number | null;
  recorded: number | null;
  ring: number | null;
  highlight: number | null;
  highlightFrame: number | null;
  kind: string | null;
}

interface HighlightRun {
  court: string;
  name: string;
  kind: string | null;
  /** The step draws a ring round its target (walk.ts expectations). */
  ringExpected: boolean;
  afterDclMs: number | null;
  frameAfterDclMs: number | null;
  ringAfterDclMs: number | null;
  recordedAfterDclMs: number | null;
  stepAsExpected: boolean;
}

export async function measureHighlight(withSide: Side, courts: readonly string[]): Promise<Section> {
  const runs: HighlightRun[] = [];
  withSide.served = null; // from here on the harness serves (harness.visit)
  for (const court of courts) {
    const expected = expectations(court);
    await withSide.harness.startSession(court);
    for (const [i, f] of flowPages(court).entries()) {
      await withSide.harness.visit({ url: f.url, html: readFileSync(f.path, 'utf8') }, scriptRunsAt(f.url));
      const want = expected[i];
      let h: HighlightProbe | null = null;
      const deadline = Date.now() + 5_000;
      for (;;) {
        h = (await withSide.page.evaluate(READ_HIGHLIGHT)) as HighlightProbe | null;
        const done = h?.highlight != null && h.highlightFrame != null && (!want?.highlight || h.ring != null);
        if (done || Date.now() > deadline) break;
        await sleep(20);
      }
      const state = await withSide.harness.overlay();
      const diff = (x: number | null | undefined) => (x != null && h?.dcl != null ? x - h.dcl : null);
      runs.push({
        court,
        name: f.name,
        kind: h?.kind ?? null,
        ringExpected: !!want?.highlight,
        afterDclMs: diff(h?.highlight),
        frameAfterDclMs: diff(h?.highlightFrame),
        ringAfterDclMs: diff(h?.ring),
        recordedAfterDclMs: diff(h?.recorded),
        stepAsExpected: state?.step === want?.step,
      });
    }
  }
  const after = finite(runs.map((h) => h.afterDclMs));
  const metrics = {
    highlightAfterDomContentLoadedMs: median(after),
    highlightFrameAfterDomContentLoadedMs: median(finite(runs.map((h) => h.frameAfterDclMs))),
    highlightRingAfterDomContentLoadedMs: median(finite(runs.filter((h) => h.ringExpected).map((h) => h.ringAfterDclMs))),
    highlightMaxAfterDomContentLoadedMs: after.length ? Math.max(...after) : Number.NaN,
    recordedAfterDomContentLoadedMs: median(finite(runs.map((h) => h.recordedAfterDclMs))),
    highlightPages: runs.length,
    highlightPagesShown: after.length,
  };
  const notes: string[] = [];
  const notShown = runs.filter((h) => h.afterDclMs === null);
  if (notShown.length) notes.push(`Flow pages where no highlight appeared within 5 s: ${notShown.map((h) => h.name).join(', ')}`);
  const offStep = runs.filter((h) => !h.stepAsExpected);
  if (offStep.length) notes.push(`Flow pages where the guide showed another step than the walk expects: ${offStep.map((h) => h.name).join(', ')}`);
  const r2 = (x: number | null) => (x === null ? null : round(x, 2));
  return {
    metrics,
    rows: [
      budgeted('highlightAfterDomContentLoadedMs', 'highlightAfterDomContentLoadedMs', fmtMs(metrics.highlightAfterDomContentLoadedMs)),
      info('  ring drawn (steps with a target)', fmtMs(metrics.highlightRingAfterDomContentLoadedMs)),
      info('  answer recorded (content script ran)', fmtMs(metrics.recordedAfterDomContentLoadedMs)),
    ],
    details: {
      highlights: runs.map((h) => ({ ...h, afterDclMs: r2(h.afterDclMs), frameAfterDclMs: r2(h.frameAfterDclMs), ringAfterDclMs: r2(h.ringAfterDclMs), recordedAfterDclMs: r2(h.recordedAfterDclMs) })),
    },
    notes,
  };
}
