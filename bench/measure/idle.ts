// Non-flow pages while nobody is linking (issue 11 items 3 and 4): what the
// extension costs the everyday court pages of every user when no session is
// active. Nothing should run there.
//
// The pages: every fixture on a directory court's CM/ECF or website host
// (https) that is not where linking can begin — not the PACER login hosts,
// not the link utility's CM/ECF pages (DisplayMenu.pl?Utilities…,
// ?NextGen…, LinkAccount.pl) — so: CM/ECF start pages and main menus,
// dockets, queries, documents, receipts, help pages, court websites; plus a
// generated 500-entry docket. In the browsers with and without the
// extension, no session started (run before measure/highlight.ts), each page
// loaded in turn, `rounds` rounds, SETTLE_MS after load in both.
//
//  idleInjections (budget 0): the number of these pages on which the
//    extension's code ran in any round, counted in the browser: CDP Runtime
//    reports each JavaScript world created in the page, and a content script
//    (or any script the extension injects) gets an isolated world whose
//    origin is chrome-extension://<its id> (lib/injection.ts). The test
//    build's data-link-guide attribute is counted too, for information
//    (idleAnswersRecorded); store builds lack it.
//  idleLoadTimeRatio (budget: within noise of 1.00): per page, median load
//    with / median load without; the key is the median over the pages, and
//    the budget asks that its 95 % bootstrap interval (idleLoadTimeRatioCi95,
//    pages resampled, seeded) contain 1.00.
import { classifyHost } from '../../src/recognize/context';
import type { Side } from '../lib/browser';
import { extensionIdOf, watchInjections } from '../lib/injection';
import { RECORD_ATTRIBUTE } from '../lib/inpage';
import { largeDocketPage } from '../lib/large-page';
import { budgeted, fmtInterval, fmtMs, fmtRatio, info, type Section } from '../lib/report';
import { bootstrapInterval, median, round } from '../lib/stats';
import { emptyResult, loadMs, turn, type PageResult, type PageRun } from '../lib/turns';

/** Long enough after `load` for an injection at document_idle to have happened. */
const SETTLE_MS = 300;
const LOGIN_HOSTS = new Set(['pacer.login.uscourts.gov', 'train-login.uscourts.gov']);
const LINK_UTILITY = /^\/cgi-bin\/(?:DisplayMenu\.pl\?(?:Utilities|NextGen)|LinkAccount\.pl)/i;

/** Where linking can begin (issue 11 item 3): the login hosts, the link utility's pages. */
export function whereLinkingBegins(url: string): boolean {
  const u = new URL(url);
  return LOGIN_HOSTS.has(u.hostname) || LINK_UTILITY.test(u.pathname + u.search);
}

/** A court page of everyday use: a directory court's CM/ECF or website host, not where linking begins. */
export function isNonFlowCourtPage(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const [kind] = classifyHost(u);
  return (kind === 'ecf' || kind === 'website') && !whereLinkingBegins(url);
}

export function idlePages(fixtures: PageRun[]): PageRun[] {
  const docket = largeDocketPage(500);
  const pages = fixtures.filter((p) => isNonFlowCourtPage(p.url));
  return [...pages, { name: 'generated/docket-500.html', url: docket.url, html: docket.html, scriptRuns: false }];
}

export async function measureIdle(sides: Side[], pages: PageRun[], opts: { rounds: number; log: (m: string) => void }): Promise<Section> {
  const withSide = sides.find((s) => s.name === 'with')!;
  const watches = await Promise.all(sides.map((s) => watchInjections(s, extensionIdOf(withSide))));
  const watchOf = new Map(sides.map((s, i) => [s, watches[i]!]));
  const results = new Map<string, PageResult & { injected: number[]; recorded: number[] }>(pages.map((p) => [p.name, { ...emptyResult(), injected: [], recorded: [] }]));
  try {
    for (const w of watches) w.reset();
    for (let round = 0; round < opts.rounds; round++) {
      opts.log(`  idle browsing mix, round ${round + 1}/${opts.rounds}: ${pages.length} pages × ${sides.length} browsers`);
      for (const [i, p] of pages.entries()) {
        const r = results.get(p.name)!;
        await turn(sides, p, r, round, round + i, {
          settleMs: SETTLE_MS,
          // Nothing should run: no browser waits for an answer.
          expectScript: () => false,
          after: async (side) => {
            const w = watchOf.get(side)!;
            if (side === withSide) {
              r.injected.push(w.count());
              r.recorded.push((await side.page.evaluate(`document.documentElement.hasAttribute('${RECORD_ATTRIBUTE}')`)) ? 1 : 0);
            }
            w.reset();
          },
        });
      }
    }
  } finally {
    for (const w of watches) await w.stop().catch(() => undefined);
  }
  const perPage = pages.map((p) => {
    const r = results.get(p.name)!;
    return {
      name: p.name,
      url: p.url,
      injectedLoads: r.injected.filter((n) => n > 0).length,
      recordedLoads: r.recorded.filter((n) => n > 0).length,
      loadWithMs: loadMs(r.samples.with),
      loadWithoutMs: loadMs(r.samples.without),
      ratio: loadMs(r.samples.with) / loadMs(r.samples.without),
    };
  });
  const injectedPages = perPage.filter((p) => p.injectedLoads > 0);
  const metrics = {
    idlePages: pages.length,
    idleInjections: injectedPages.length,
    idleAnswersRecorded: perPage.filter((p) => p.recordedLoads > 0).length,
    idleLoadTimeRatio: median(perPage.map((p) => p.ratio)),
    idleLoadTimeRatioCi95: bootstrapInterval(perPage.map((p) => p.ratio), median),
    idleLoadTimeWithMedianMs: median(perPage.map((p) => p.loadWithMs)),
    idleLoadTimeWithoutMedianMs: median(perPage.map((p) => p.loadWithoutMs)),
  };
  const notes: string[] = [];
  if (injectedPages.length) {
    const shown = injectedPages.slice(0, 6).map((p) => p.name).join(', ');
    notes.push(`Injected while idle on ${injectedPages.length} of ${pages.length} non-flow pages: ${shown}${injectedPages.length > 6 ? ', …' : ''}`);
  }
  return {
    metrics,
    rows: [
      budgeted('idleInjections', `idleInjections (${pages.length} non-flow pages, no session)`, String(metrics.idleInjections)),
      info('  of which the test build recorded an answer', String(metrics.idleAnswersRecorded)),
      budgeted('idleLoadTimeRatio', 'idleLoadTimeRatio (with / without, non-flow)', fmtRatio(metrics.idleLoadTimeRatio)),
      info('  95 % interval (bootstrap over pages)', fmtInterval(metrics.idleLoadTimeRatioCi95)),
      info('  load with / without (median)', `${fmtMs(metrics.idleLoadTimeWithMedianMs)} / ${fmtMs(metrics.idleLoadTimeWithoutMedianMs)}`),
    ],
    details: {
      idle: perPage.map((p) => ({ ...p, loadWithMs: round(p.loadWithMs, 2), loadWithoutMs: round(p.loadWithoutMs, 2), ratio: round(p.ratio, 4) })),
    },
    notes,
  };
}
