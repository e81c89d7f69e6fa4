// Code that runs inside the court page (the page's main world), kept as
// plain strings: functions handed to page.evaluate from tsx would carry a
// `__name` helper the page does not have (see test/e2e/support/harness.ts).

/** Where the init script keeps what it saw, on `window` (main world). */
export const PROBE = '__linkGuideBench';
export const HOST_TAG = 'cmecf-link-guide';
export const RECORD_ATTRIBUTE = 'data-link-guide';

/**
 * Installed with context.addInitScript in both browsers (with and without
 * the extension), so both pay the same: runs at document creation, before
 * anything of the page, in the top frame of https pages only.
 *  - long tasks: a PerformanceObserver('longtask', buffered), read with
 *    takeRecords() so that none is left in the queue when sampled;
 *  - DOMContentLoaded: performance.now() in a capturing listener;
 *  - recorded: when the content script first writes data-link-guide on <html>;
 *  - highlight: a MutationObserver on the document (documentElement does not
 *    exist yet when this runs; the subtree covers it) notes when the
 *    <cmecf-link-guide> host is added; it then observes the host's open shadow
 *    root, and notes performance.now() the first time it holds an svg .ring
 *    or a [role="dialog"] with data-layout set (highlight), and the next
 *    animation frame after that (highlightFrame: the frame it is painted in);
 *    the first time of each of the two (ring, dialog) is kept too.
 */
export const INIT_SCRIPT = `(() => {
  if (location.protocol !== 'https:' || window !== window.top) return;
  const B = { dcl: null, recorded: null, host: null, ring: null, dialog: null, highlight: null, highlightFrame: null, highlightKind: null, longTasks: [], longTaskSupported: false };
  Object.defineProperty(window, '${PROBE}', { value: B, enumerable: false });
  const keep = (list) => { for (const e of list) B.longTasks.push({ start: e.startTime, duration: e.duration }); };
  let po = null;
  try {
    if (PerformanceObserver.supportedEntryTypes.includes('longtask')) {
      po = new PerformanceObserver((l) => keep(l.getEntries()));
      po.observe({ type: 'longtask', buffered: true });
      B.longTaskSupported = true;
    }
  } catch (e) {}
  B.takeLongTasks = () => { if (po) keep(po.takeRecords()); return B.longTasks; };
  const check = (sr) => {
    const now = performance.now();
    const ring = sr.querySelector('svg .ring');
    const tip = sr.querySelector('[role="dialog"][data-layout]');
    if (ring && B.ring === null) B.ring = now;
    if (tip && B.dialog === null) B.dialog = now;
    if (B.highlight !== null || (!ring && !tip)) return;
    B.highlight = now;
    B.highlightKind = ring ? 'ring' : 'dialog';
    requestAnimationFrame(() => { B.highlightFrame = performance.now(); });
  };
  const watched = new WeakSet();
  const watchHost = (host) => {
    if (B.host === null) B.host = performance.now();
    const sr = host.shadowRoot;
    if (!sr || watched.has(sr)) return;
    watched.add(sr);
    check(sr);
    new MutationObserver(() => check(sr)).observe(sr, { subtree: true, childList: true, attributes: true });
  };
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.nodeName === '${HOST_TAG.toUpperCase()}') watchHost(n);
  }).observe(document, { subtree: true, childList: true });
  document.addEventListener('DOMContentLoaded', () => {
    B.dcl = performance.now();
    const html = document.documentElement;
    if (html.hasAttribute('${RECORD_ATTRIBUTE}')) B.recorded = B.dcl;
    else {
      const mo = new MutationObserver(() => {
        if (html.hasAttribute('${RECORD_ATTRIBUTE}')) { B.recorded = performance.now(); mo.disconnect(); }
      });
      mo.observe(html, { attributes: true, attributeFilter: ['${RECORD_ATTRIBUTE}'] });
    }
  }, { capture: true, once: true });
})();`;

/** Navigation Timing and the long tasks so far (taken: each is reported once). */
export const READ_SAMPLE = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const B = window.${PROBE};
  const lt = B ? B.takeLongTasks().splice(0) : [];
  return {
    loadMs: nav ? nav.loadEventEnd - nav.startTime : null,
    loadEventStart: nav ? nav.loadEventStart : null,
    responseEnd: nav ? nav.responseEnd : null,
    domContentLoadedMs: nav ? nav.domContentLoadedEventEnd - nav.startTime : null,
    longTasks: lt.length,
    longTaskMs: lt.reduce((a, e) => a + e.duration, 0),
    longTaskList: lt.map((e) => [Math.round(e.start), Math.round(e.duration)]),
    longTaskSupported: B ? B.longTaskSupported : false,
    recordedAt: B ? B.recorded : null,
    dclAt: B ? B.dcl : null,
  };
})()`;

export const READ_HIGHLIGHT = `(() => {
  const B = window.${PROBE};
  return B ? { dcl: B.dcl, recorded: B.recorded, host: B.host, ring: B.ring, dialog: B.dialog, highlight: B.highlight, highlightFrame: B.highlightFrame, kind: B.highlightKind } : null;
})()`;

/** Defines window.__linkGuideRecognizer from the esbuild IIFE bundle of src/recognize/index.ts. */
export function installRecognizer(bundle: string, globalName: string): string {
  return `(() => { ${bundle}\n; Object.defineProperty(window, '__linkGuideRecognizer', { value: ${globalName}, configurable: true }); return typeof ${globalName}.recognize; })()`;
}

/**
 * Times recognize(document, location.href) in the page. Chromium coarsens
 * performance.now() to 100 µs (with jitter) outside cross-origin isolation,
 * so calls are timed in batches of `size` back-to-back calls, size chosen so
 * that a batch lasts about `batchMs`; each sample is batch time / size.
 * The very first call, just after the bundle was evaluated (its functions
 * not yet compiled, as in the content script's one call at injection), is
 * timed alone: coldMs, at the clock's 100 µs resolution.
 */
export function timeRecognizer(opts: { warmup: number; batches: number; batchMs: number; maxMs: number }): string {
  return `(() => {
  const R = window.__linkGuideRecognizer;
  const doc = document, href = location.href;
  const c0 = performance.now();
  const first = R.recognize(doc, href);
  const coldMs = performance.now() - c0;
  const answer = JSON.stringify(R.toJson(first));
  const start = performance.now();
  for (let i = 0; i < ${opts.warmup} && performance.now() - start < ${opts.maxMs} / 4; i++) R.recognize(doc, href);
  let n = 0;
  const k0 = performance.now();
  do { R.recognize(doc, href); n++; } while (performance.now() - k0 < ${opts.batchMs} && n < 10000);
  const per = (performance.now() - k0) / n;
  const size = Math.max(1, Math.round(${opts.batchMs} / Math.max(per, 0.0005)));
  const samples = [];
  const t0 = performance.now();
  for (let b = 0; b < ${opts.batches} && (b < 3 || performance.now() - t0 < ${opts.maxMs}); b++) {
    const s = performance.now();
    for (let i = 0; i < size; i++) R.recognize(doc, href);
    samples.push((performance.now() - s) / size);
  }
  return { answer, coldMs, size, samples };
})()`;
}
