// npm run bench: what the extension costs a court page. Not part of
// `npm test` (timings belong here, never in a test's clock).
//
//   npm run bench                      build, measure, print the table, write bench/results.json
//   npm run bench -- --strict          the same, exit status 1 when a budget is missed
//   npm run bench -- --rounds 3        browser rounds (default 10): quicker, noisier
//   npm run bench -- --rows 20000      docket entries on the generated large page (default 10000)
//   npm run bench -- --only idle,mutating   some measurements only (no results.json)
//
// This file only runs the measurements in order and reports them. Each
// measurement is a file of its own under bench/measure/, whose top comment
// says what it measures and how; bench/README.md says more, and the limits.
//
//   measure/size.ts        the injected bytes and what they are made of
//   measure/node.ts        the recogniser in Node (jsdom): fixtures, the generated docket
//   measure/load.ts        the fixture pages in Chromium with / one-line script / without:
//                          load ratios, long tasks, in-page recognition, heap
//   measure/large-page.ts  the generated docket in Chromium
//   measure/trace.ts       the content script's main-thread time, from the trace
//   measure/idle.ts        non-flow pages with no session: injections, load ratio
//   measure/mutating.ts    a huge, constantly changing login-host page: script time per 10 s
//   measure/highlight.ts   the seed courts' flows with a session: time to the highlight
//
// Timing noise: warm-up before anything is timed, medians (never means),
// and browsers loading the same page in turn, the order rotating, so that
// drift of the machine hits all of them.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { CHROME_BUILD, ROOT } from '../test/e2e/support/harness';
import { loadFixtures, SEED_COURTS } from '../test/support/fixtures';
import { browserVersion, launchSide, type Side, type SideName } from './lib/browser';
import { scriptExpectedAt } from './lib/injection';
import { largeDocketPage } from './lib/large-page';
import { BUDGETS, table, type Budgeted, type Metrics, type Section } from './lib/report';
import { round } from './lib/stats';
import type { PageRun } from './lib/turns';
import { measureHighlight } from './measure/highlight';
import { measureIdle, idlePages } from './measure/idle';
import { measureLargePage } from './measure/large-page';
import { measureLoad, type FixturePage } from './measure/load';
import { measureMutating } from './measure/mutating';
import { measureNode } from './measure/node';
import { measureSize } from './measure/size';
import { measureTrace } from './measure/trace';

// ---------------------------------------------------------------- options
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const option = (name: string, fallback: number) => {
  const i = argv.indexOf(name);
  const v = i >= 0 ? Number(argv[i + 1]) : fallback;
  if (!Number.isFinite(v) || v < 1) throw new Error(`${name} wants a positive number`);
  return Math.floor(v);
};
const SECTIONS = ['size', 'node', 'load', 'large', 'trace', 'idle', 'mutating', 'highlight'] as const;
type SectionName = (typeof SECTIONS)[number];
if (flag('--help')) {
  console.log(`npm run bench [-- --strict] [--rounds N] [--rows N] [--only ${SECTIONS.join(',')}]   (see bench/README.md)`);
  process.exit(0);
}
const STRICT = flag('--strict');
const onlyAt = argv.indexOf('--only');
const ONLY = onlyAt >= 0 ? new Set((argv[onlyAt + 1] ?? '').split(',')) : null;
for (const s of ONLY ?? []) if (!SECTIONS.includes(s as SectionName)) throw new Error(`--only: no measurement "${s}" (${SECTIONS.join(', ')})`);
const runs = (s: SectionName) => !ONLY || ONLY.has(s);
if (flag('--diagnose')) console.log('--diagnose is no longer needed: the one-line-script browser is always measured.');
/**
 * Browser rounds. Ten: a fixture page loads in about 60 ms here and varies by
 * ±20 % from load to load, and with five rounds the load-time ratio moved
 * from 1.04 to 1.09 between runs of the same build (bench/README.md, Noise).
 */
const ROUNDS = option('--rounds', 10);
const LARGE_ENTRIES = option('--rows', 10_000);
/** Wait after load (and the content script's answer) before sampling, every browser. */
const SETTLE_MS = 50;
/** Loads traced for the content script's main-thread time. */
const TRACE_PAGES = 30;
/** The generated docket takes seconds per load: fewer rounds. */
const LARGE_ROUNDS = Math.min(ROUNDS, 3);
/** Each round of the mutating page takes 10 s per browser, plus a load of seconds. */
const MUTATING_ROUNDS = Math.min(ROUNDS, 2);
const IDLE_ROUNDS = Math.min(ROUNDS, 5);

const t0 = Date.now();
/** 1-minute load average at the start: other work on the machine inflates every timing here. */
const LOAD_AT_START = loadavg()[0]!;
const log = (msg: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${msg}`);

if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) {
  console.error('No build in .output/chrome-mv3: run `npm run bench` (it builds first) or `npm run build`.');
  process.exit(2);
}

// ---------------------------------------------------------------- pages
const fixtures: FixturePage[] = loadFixtures().map((f) => ({
  name: f.name,
  url: f.url,
  html: readFileSync(f.path, 'utf8'),
  screen: f.screen,
  scriptRuns: scriptExpectedAt(f.url),
}));
const large = largeDocketPage(LARGE_ENTRIES);
const largeRun: PageRun = { name: `generated/docket-${LARGE_ENTRIES}.html`, url: large.url, html: large.html, scriptRuns: scriptExpectedAt(large.url) };

// ---------------------------------------------------------------- measurements
const sections: Section[] = [];
const order: Array<[SectionName, Section]> = [];
const add = (name: SectionName, s: Section) => {
  sections.push(s);
  order.push([name, s]);
};

if (runs('size')) {
  log('content script bytes');
  add('size', await measureSize());
}
if (runs('node')) {
  log(`recogniser in Node (jsdom): every fixture, and the generated docket (${large.rows} table rows, ${(large.html.length / 1e6).toFixed(1)} MB)`);
  add('node', measureNode(large));
}

let chromiumVersion = 'unknown';
const browserSections = (['load', 'large', 'trace', 'idle', 'mutating', 'highlight'] as const).filter(runs);
if (browserSections.length) {
  const names: SideName[] = runs('load') ? ['with', 'without', 'minimal'] : ['with', 'without'];
  log(`launching Chromium: ${names.map((s) => `"${s}"`).join(', ')}`);
  const sides: Side[] = [];
  try {
    for (const name of names) sides.push(await launchSide(name));
    const withSide = sides[0]!;
    const pair = sides.filter((s) => s.name !== 'minimal');
    chromiumVersion = await browserVersion(withSide);
    if (runs('load')) add('load', await measureLoad(sides, fixtures, { rounds: ROUNDS, settleMs: SETTLE_MS, log }));
    if (runs('large')) {
      log(`Chromium: the generated docket, ${LARGE_ROUNDS} rounds × ${pair.length} browsers`);
      add('large', await measureLargePage(pair, large, largeRun, { rounds: LARGE_ROUNDS, settleMs: SETTLE_MS }));
    }
    if (runs('trace')) {
      const traced = fixtures.filter((p) => p.scriptRuns).slice(0, TRACE_PAGES);
      log(`Chromium: the content script's main-thread time, traced over ${traced.length} loads`);
      add('trace', await measureTrace(withSide, traced, { settleMs: SETTLE_MS }));
    }
    // The load rounds visited court-branded logins, which start a session by
    // themselves (and so widen where the script runs): the idle case gets a
    // browser of its own, fresh, in which nobody has started linking.
    if (runs('idle')) {
      const pages = idlePages(fixtures);
      log(`Chromium: non-flow pages with no session (${pages.length} pages), ${IDLE_ROUNDS} rounds, a fresh "with" browser`);
      const fresh = await launchSide('with');
      sides.push(fresh);
      add('idle', await measureIdle([fresh, ...pair.filter((s) => s.name !== 'with')], pages, { rounds: IDLE_ROUNDS, log }));
    }
    if (runs('mutating')) {
      log(`Chromium: a constantly changing login-host page, ${MUTATING_ROUNDS} rounds × ${pair.length} browsers × 10 s`);
      add('mutating', await measureMutating(pair, { rounds: MUTATING_ROUNDS, log }));
    }
    if (runs('highlight')) {
      log(`Chromium: highlight timing, the flows of ${SEED_COURTS.join(', ')} with a session started`);
      add('highlight', await measureHighlight(withSide, SEED_COURTS));
    }
  } finally {
    for (const side of sides) await side.close().catch(() => undefined);
  }
}

// ---------------------------------------------------------------- report
const metrics: Metrics = Object.assign({}, ...sections.map((s) => s.metrics));
const measured = (Object.keys(BUDGETS) as Budgeted[]).filter((k) => sections.some((s) => s.rows.some((r) => r.budget === k)));
const pass = Object.fromEntries(measured.map((k) => [k, BUDGETS[k].pass(metrics)])) as Record<Budgeted, boolean>;
const missed = measured.filter((k) => !pass[k]);

// The table in reading order: sizes, recognition, loads, the large and idle pages, the highlight.
const TABLE_ORDER: SectionName[] = ['size', 'load', 'node', 'large', 'trace', 'idle', 'mutating', 'highlight'];
const rows = TABLE_ORDER.flatMap((n) => order.filter(([name]) => name === n).flatMap(([, s]) => s.rows));
console.log('\n' + table(rows, pass));
for (const s of TABLE_ORDER.flatMap((n) => order.filter(([name]) => name === n).map(([, x]) => x))) {
  if (s.notes?.length) console.log('\n' + s.notes.join('\n'));
}

const loadAtEnd = loadavg()[0]!;
// Only the start counts: the benchmark's own browsers load the machine by the end.
if (LOAD_AT_START > cpus().length) {
  console.log(`\nWarning: the machine was busy when the benchmark started (1-minute load average ${LOAD_AT_START.toFixed(1)} on ${cpus().length} cores): the timings are inflated; run again on a quiet machine.`);
}
console.log(missed.length ? `\nBudgets missed: ${missed.join(', ')}${STRICT ? '' : ' (exit status 0; --strict makes it 1)'}` : '\nAll budgets met.');

// ---------------------------------------------------------------- results.json
if (ONLY) {
  log('--only: bench/results.json not written (it holds full runs)');
} else {
  let commit: string | null = null;
  try {
    commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    commit = null;
  }
  const round4 = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? round(v, 4) : null);
  /** Numbers to 4 decimals, lists of numbers element by element; NaN and null become null. */
  const roundAll = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Array.isArray(v) ? v.map(round4) : round4(v)]));
  const out = {
    ...roundAll(metrics),
    budgets: Object.fromEntries(measured.map((k) => [k, BUDGETS[k].limit])),
    pass,
    missed,
    environment: {
      date: new Date().toISOString(),
      browser: chromiumVersion,
      node: process.version,
      os: `${process.platform} ${release()}`,
      cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
      memoryBytes: totalmem(),
      loadAverage: { start: round(LOAD_AT_START, 2), end: round(loadAtEnd, 2) },
      rounds: ROUNDS,
      largePageRounds: LARGE_ROUNDS,
      idleRounds: IDLE_ROUNDS,
      mutatingRounds: MUTATING_ROUNDS,
      settleMs: SETTLE_MS,
      fixturePages: fixtures.length,
      fixturePagesWhereScriptRuns: fixtures.filter((p) => p.scriptRuns).length,
      commit,
      wallSeconds: round((Date.now() - t0) / 1000, 1),
    },
    details: Object.assign({}, ...sections.map((s) => s.details ?? {})),
  };
  writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(out, null, 2) + '\n');
  log('wrote bench/results.json');
}
process.exit(STRICT && missed.length ? 1 : 0);
