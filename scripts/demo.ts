// npm run demo: what a new user or a tester looks at first.
// Builds the extension (package.json runs the build first), then in
// Chromium with the extension loaded:
//  1. walks each seed court's whole recorded flow, the guide started from the
//     toolbar popup, and pictures every step as the attorney sees it;
//  2. opens every other recorded page too and notes what was recognised.
// Writes demo/index.html (step by step, court by court) and prints a summary.
// With --store (npm run demo -- --store) the window is 1280×800, the size the
// Chrome Web Store takes, and the steps in STORE_SHOTS are copied to
// docs/store/screenshots/ (test/store-listing.test.ts checks their size).
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadFixtures, SEED_COURTS } from '../test/support/fixtures';
import { launchChromium, ROOT, scriptRunsAt } from '../test/e2e/support/harness';
import { walkCourt, type WalkStep } from '../test/e2e/support/walk';
import { profileFor } from '../src/profiles';

const OUT = join(ROOT, 'demo');
const STORE = process.argv.includes('--store');
const STORE_DIR = join(ROOT, 'docs/store/screenshots');
/** The store's pictures: [court, fixture file], each a step where the guide points at the next action. */
const STORE_SHOTS: ReadonlyArray<readonly [string, string]> = [
  ['ctb', '02-court-login.html'],
  ['gasb', '04-court-chooser.html'],
  ['mnd', '04-utilities-menu.html'],
  ['ctb', '09-link-form.html'],
  ['ctb', '10-link-confirm.html'],
];
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const rel = (p: string) => relative(OUT, p);

const harness = await launchChromium();
if (STORE) {
  const h = harness.handles();
  if (h.name !== 'chromium') throw new Error('the store pictures are taken in Chromium');
  await h.page.setViewportSize({ width: 1280, height: 800 });
}
const walks: Array<[string, WalkStep[]]> = [];
let problems = 0;
try {
  for (const court of SEED_COURTS) {
    const steps = await walkCourt(harness, court, join(OUT, 'walk', court));
    walks.push([court, steps]);
    console.log(`\n${profileFor(court)!.name}`);
    for (const s of steps) {
      const ok = s.state?.step === s.expected.step && s.state?.instruction === s.expected.instruction;
      if (!ok) problems++;
      console.log(`  ${(s.state?.stepText ?? 'no guidance').padEnd(14)} ${s.fixture.screen.padEnd(21)} ${s.expected.title}${ok ? '' : '   ✗ expected ' + s.expected.stepText}`);
    }
  }

  if (STORE) {
    rmSync(STORE_DIR, { recursive: true, force: true });
    mkdirSync(STORE_DIR, { recursive: true });
    STORE_SHOTS.forEach(([court, file], i) => {
      const step = walks.find(([c]) => c === court)?.[1].find((s) => s.fixture.file === file);
      if (!step?.shot) throw new Error(`no walk step ${court}/${file} for the store pictures`);
      const name = `${i + 1}-${court}-${file.replace(/^\d+-/, '')}`.replace(/\.html$/, '.png');
      copyFileSync(step.shot, join(STORE_DIR, name));
      console.log(`store picture: docs/store/screenshots/${name} (${step.state?.stepText ?? 'no guidance'}: ${step.expected.title})`);
    });
  }

  // Every recorded page, with what the extension recognised there.
  mkdirSync(join(OUT, 'pages'), { recursive: true });
  const rows: string[] = [];
  let right = 0;
  const fixtures = loadFixtures();
  // The walks' sessions ended with their filing menus; with none on, the
  // content script runs only where linking can begin. A session in a court
  // no fixture is of covers every court page (src/background/registration.ts).
  await harness.startSession('akb');
  for (const f of fixtures) {
    const { recorded } = await harness.visit({ url: f.url, html: readFileSync(f.path, 'utf8') }, scriptRunsAt(f.url));
    const screen = recorded?.screen ?? 'unknown';
    const ok = screen === f.screen && (recorded?.court ?? null) === f.court;
    if (ok) right++;
    else problems++;
    if (recorded?.target) await harness.outline(recorded.target.selector);
    const shot = join(OUT, 'pages', `${f.group}-${f.file.replace(/\.html$/, '')}.png`);
    await harness.screenshot(shot);
    const action = recorded?.target ? recorded.target.label : recorded ? '—' : '(the extension does not run here)';
    rows.push(`<tr class="${ok ? 'ok' : 'bad'}"><td><b>${esc(f.name)}</b><br><small>${esc(f.url)}</small></td><td>${esc(screen)}${ok ? '' : `<br><b>expected ${esc(f.screen)}</b>`}</td><td>${esc(recorded?.court ?? '')}</td><td>${esc(action)}</td><td><a href="${rel(shot)}"><img src="${rel(shot)}" width="240" alt=""></a></td></tr>`);
  }
  console.log(`\nAll recorded pages: ${right} of ${fixtures.length} recognised as expected.`);

  const sections = walks.map(([court, steps]) => {
    const items = steps
      .map(
        (s) => `<figure><a href="${rel(s.shot!)}"><img src="${rel(s.shot!)}" alt="${esc(s.fixture.name)}"></a>
<figcaption><b>${esc(s.state?.stepText ?? 'no guidance')}</b>: ${esc(s.expected.title)}<br><small>${esc(s.fixture.screen)} · ${esc(s.fixture.url)}</small></figcaption></figure>`,
      )
      .join('\n');
    return `<section><h2>${esc(profileFor(court)!.name)} <small>(${court})</small></h2>\n${items}</section>`;
  });

  writeFileSync(
    join(OUT, 'index.html'),
    `<!doctype html><meta charset="utf-8"><title>CM/ECF Link Guide: the guide, step by step</title>
<style>body{font:15px system-ui,sans-serif;margin:2em;max-width:1100px}figure{margin:0 0 2em}figure img{width:100%;border:1px solid #999}
figcaption{margin-top:.4em}small{color:#555}table{border-collapse:collapse}td{border-top:1px solid #ccc;padding:6px;vertical-align:top}tr.bad{background:#fde8e4}</style>
<h1>CM/ECF Link Guide, step by step</h1>
<p>Each seed court's whole linking flow, on recorded and reconstructed pages served at their real addresses, in Chromium with the extension loaded and the guide started from its toolbar popup.</p>
${sections.join('\n')}
<section><h2>Every recorded page</h2><p>${right} of ${fixtures.length} recognised as expected (red: not).</p>
<table><tr><th>page</th><th>screen</th><th>court</th><th>next action</th><th></th></tr>${rows.join('\n')}</table></section>`,
  );
} finally {
  await harness.close();
}
console.log(`\n${problems ? `${problems} problem(s). ` : ''}Open ${join(OUT, 'index.html')} to see every step.`);
process.exitCode = problems ? 1 : 0;
