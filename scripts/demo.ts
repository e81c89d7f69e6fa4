// npm run demo: the extension at work on every recorded court page.
// Builds it (package.json runs the build first), opens each fixture in
// Chromium at its real address with the extension loaded, and prints what
// the extension recognised there. Writes demo/index.html: the same table,
// with a screenshot of each page and the next action outlined in red.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFixtures } from '../test/support/fixtures';
import { launchChromium, ROOT, scriptRunsAt } from '../test/e2e/support/harness';

const OUT = join(ROOT, 'demo');
rmSync(OUT, { recursive: true, force: true });
mkdirSync(join(OUT, 'shots'), { recursive: true });

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const fixtures = loadFixtures();
const harness = await launchChromium();
const rows: string[] = [];
let right = 0;
const pad = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s.padEnd(n));
console.log(`${pad('page', 48)} ${pad('recognised', 22)} ${pad('court', 6)} next action`);
try {
  for (const f of fixtures) {
    const { recorded } = await harness.visit({ url: f.url, html: readFileSync(f.path, 'utf8') }, scriptRunsAt(f.url));
    const screen = recorded?.screen ?? 'unknown';
    const ok = screen === f.screen && (recorded?.court ?? null) === f.court;
    if (ok) right++;
    if (recorded?.target) await harness.outline(recorded.target.selector);
    const shot = `shots/${f.group}-${f.file.replace(/\.html$/, '')}.png`;
    await harness.screenshot(join(OUT, shot));
    const action = recorded?.target ? recorded.target.label : recorded ? '—' : '(extension does not run here)';
    console.log(`${pad(f.name, 48)} ${pad(screen, 22)} ${pad(recorded?.court ?? '', 6)} ${action}${ok ? '' : `   ✗ expected ${f.screen}`}`);
    rows.push(`<tr class="${ok ? 'ok' : 'bad'}"><td><b>${esc(f.name)}</b><br><small>${esc(f.url)}</small><br><small>${esc(f.source)}</small></td>
<td>${esc(screen)}${ok ? '' : `<br><b>expected ${esc(f.screen)}</b>`}</td><td>${esc(recorded?.court ?? '')}</td><td>${esc(action)}</td>
<td><a href="${shot}"><img src="${shot}" alt="screenshot of ${esc(f.name)}" width="320"></a></td></tr>`);
  }
} finally {
  await harness.close();
}

writeFileSync(
  join(OUT, 'index.html'),
  `<!doctype html><meta charset="utf-8"><title>CM/ECF Link Guide: recorded pages</title>
<style>body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse}td{border-top:1px solid #ccc;padding:8px;vertical-align:top}
tr.bad{background:#fde8e4}img{border:1px solid #999}small{color:#555}</style>
<h1>CM/ECF Link Guide on ${fixtures.length} recorded court pages</h1>
<p>Each page served at its real address in Chromium with the extension loaded. Red outline: the next action the extension found. ${right} of ${fixtures.length} recognised as expected.</p>
<table><tr><th>page</th><th>screen</th><th>court</th><th>next action</th><th>screenshot</th></tr>
${rows.join('\n')}
</table>`,
);
console.log(`\n${right} of ${fixtures.length} pages recognised as expected. Pictures: ${join(OUT, 'index.html')}`);
process.exitCode = right === fixtures.length ? 0 : 1;
