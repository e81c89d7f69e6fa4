// The recogniser alone in Node (jsdom), outside a browser (lib/node-recognition.ts).
//  nodeRecognitionMedianMs / P95: every fixture parsed beforehand, then
//    recognize(doc, url) timed call by call (warm-up, then 30 calls; Node's
//    clock is not coarsened); median and p95 over the per-page medians.
//  largePageRecognitionMs: the generated docket (lib/large-page.ts: the
//    recorded mnd menu bar, `entries` docket entries), parsed once by jsdom
//    (not timed), then recognize() timed: 2 warm-up calls then 7, median.
//    It must read as cmecf-linked / mnd, or a warning is printed.
import { nodeFixtureTimings, nodeLargePageTiming } from '../lib/node-recognition';
import type { LargePage } from '../lib/large-page';
import { budgeted, fmtMs, info, type Section } from '../lib/report';
import { median, percentile, round } from '../lib/stats';

export function measureNode(large: LargePage): Section {
  const pages = nodeFixtureTimings();
  const medians = pages.map((p) => p.medianMs);
  const nodeLarge = nodeLargePageTiming(large.url, large.html);
  const metrics = {
    nodeRecognitionMedianMs: median(medians),
    nodeRecognitionP95Ms: percentile(medians, 95),
    nodeRecognitionWithAnswerMedianMs: median(pages.map((p) => p.withAnswerMedianMs)),
    largePageRecognitionMs: nodeLarge.medianMs,
    largePageRows: large.rows,
    largePageBytes: Buffer.byteLength(large.html),
    largePageJsdomParseMs: nodeLarge.parseMs,
  };
  const slow = [...pages].sort((a, b) => b.medianMs - a.medianMs).slice(0, 3);
  const notes = [`Slowest pages in jsdom: ${slow.map((p) => `${p.name} ${fmtMs(p.medianMs)}`).join(', ')}`];
  if (nodeLarge.screen !== 'cmecf-linked' || nodeLarge.court !== 'mnd') {
    notes.push(`Warning: the generated docket was recognised as ${nodeLarge.screen}/${nodeLarge.court}, not cmecf-linked/mnd.`);
  }
  return {
    metrics,
    rows: [
      info('  recognition in jsdom, median / p95', `${fmtMs(metrics.nodeRecognitionMedianMs)} / ${fmtMs(metrics.nodeRecognitionP95Ms)}`),
      budgeted('largePageRecognitionMs', 'largePageRecognitionMs (jsdom)', fmtMs(metrics.largePageRecognitionMs)),
    ],
    details: {
      node: pages.map((p) => ({ ...p, medianMs: round(p.medianMs, 4), withAnswerMedianMs: round(p.withAnswerMedianMs, 4) })),
      largePageJsdom: { url: large.url, samplesMs: nodeLarge.samplesMs.map((x) => round(x, 3)), screen: nodeLarge.screen, court: nodeLarge.court },
    },
    notes,
  };
}
