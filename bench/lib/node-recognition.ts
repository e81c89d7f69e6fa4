// The recogniser alone in Node: jsdom documents parsed beforehand (parsing
// is not timed), then only recognize(doc, url) is timed, call by call, with
// process-wide warm-up first. Node's performance.now() is not coarsened, so
// single calls are timed directly.
import { JSDOM } from 'jsdom';
import { recognize, toJson } from '../../src/recognize';
import { domOf, loadFixtures } from '../../test/support/fixtures';
import { median } from './stats';

export interface NodePageTiming {
  name: string;
  screen: string;
  expected: string;
  medianMs: number;
  /** recognize + toJson + JSON.stringify: what the content script's recordOnce does. */
  withAnswerMedianMs: number;
}

function timeCalls(fn: () => unknown, warmup: number, runs: number): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

export function nodeFixtureTimings(runs = 30, warmup = 5): NodePageTiming[] {
  const fixtures = loadFixtures();
  const docs = fixtures.map((f) => ({ f, doc: domOf(f) }));
  // Process-wide warm-up: every page once, so the JIT and jsdom's selector
  // engine are warm for all of them before any is timed.
  for (const { f, doc } of docs) recognize(doc, f.url);
  return docs.map(({ f, doc }) => {
    const r = recognize(doc, f.url);
    return {
      name: f.name,
      screen: r.screen,
      expected: f.screen,
      medianMs: median(timeCalls(() => recognize(doc, f.url), warmup, runs)),
      withAnswerMedianMs: median(timeCalls(() => JSON.stringify(toJson(recognize(doc, f.url))), 2, Math.ceil(runs / 3))),
    };
  });
}

export interface LargeNodeTiming {
  parseMs: number;
  screen: string;
  court: string | null;
  samplesMs: number[];
  medianMs: number;
}

export function nodeLargePageTiming(url: string, html: string, runs = 7, warmup = 2): LargeNodeTiming {
  const t = performance.now();
  const doc = new JSDOM(html, { url }).window.document;
  const parseMs = performance.now() - t;
  const r = recognize(doc, url);
  const samples = timeCalls(() => recognize(doc, url), warmup, runs);
  return { parseMs, screen: r.screen, court: r.court, samplesMs: samples, medianMs: median(samples) };
}
