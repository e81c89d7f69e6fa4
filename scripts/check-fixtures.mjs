// Quick structural check of fixture folders (used while writing fixtures;
// the vitest suite does the full cross-matrix). Usage:
//   node scripts/check-fixtures.mjs test/fixtures/ctb [more folders]
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';

const SCREENS = ['court-website', 'ecf-entry', 'court-login', 'upgrade-choice',
  'linking-instructions', 'pacer-login', 'login-failed', 'password-update',
  'mfa-enroll', 'mfa-code', 'redaction-ack', 'court-chooser',
  'cmecf-unlinked', 'utilities-menu', 'nextgen-menu', 'link-form', 'link-confirm',
  'link-pending-error', 'link-success', 'cmecf-linked', 'unknown'];
const NO_TARGET = new Set(['link-pending-error', 'link-success', 'cmecf-linked', 'unknown', 'password-update', 'mfa-enroll']);
// login-failed points at the username field, or at nothing when the message is a dialog.
const EITHER = new Set(['login-failed']);
let problems = 0;
const bad = (where, msg) => { problems++; console.log(`${where}: ${msg}`); };

for (const dir of process.argv.slice(2)) {
  const list = JSON.parse(readFileSync(join(dir, 'pages.json'), 'utf8'));
  for (const e of list) {
    const where = join(dir, e.file ?? '?');
    if (!e.file || !existsSync(join(dir, e.file))) { bad(where, 'file missing'); continue; }
    try { new URL(e.url); } catch { bad(where, `bad url ${e.url}`); }
    if (!SCREENS.includes(e.screen)) bad(where, `unknown screen ${e.screen}`);
    if (!('court' in e)) bad(where, 'court missing (use null)');
    if (typeof e.source !== 'string') bad(where, 'source missing');
    const html = readFileSync(join(dir, e.file), 'utf8');
    if (e.source?.startsWith('reconstructed') && !/^\s*<!--\s*reconstructed from/i.test(html))
      bad(where, 'reconstructed page lacks the "<!-- reconstructed from" first line');
    if (!EITHER.has(e.screen) && NO_TARGET.has(e.screen) !== (e.target === null)) bad(where, `target must ${NO_TARGET.has(e.screen) ? '' : 'not '}be null for ${e.screen}`);
    if (e.target) {
      const doc = new JSDOM(html).window.document;
      let n = -1;
      try { n = doc.querySelectorAll(e.target.selector).length; } catch (err) { bad(where, `selector does not parse: ${err.message}`); }
      if (n !== 1 && n !== -1) bad(where, `selector ${e.target.selector} matches ${n} elements, not 1`);
      if (!e.target.label) bad(where, 'label missing');
    }
  }
  console.log(`${dir}: ${list.length} entries checked`);
}
console.log(problems ? `${problems} problem(s)` : 'no problems');
process.exit(problems ? 1 : 0);
