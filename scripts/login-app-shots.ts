// Pictures of the login application's prompts with the guide on them
// (issue 12 item 9) and of the confirmation screen's warnings (items 6, 7), for docs/img/: in Chromium with the built extension,
// the guide started from the toolbar popup, the court's login served first
// (the step the user is at), then the prompt. Run: npm run build && npx tsx scripts/login-app-shots.ts
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, ROOT, scriptRunsAt } from '../test/e2e/support/harness';
import { loadFixtures } from '../test/support/fixtures';

const OUT = join(ROOT, 'docs/img');
mkdirSync(OUT, { recursive: true });
const byName = new Map(loadFixtures().map((f) => [f.name, f]));
const SHOTS: Array<[court: string, before: string, page: string, out: string]> = [
  ['ctb', 'ctb/02-court-login.html', 'login-app/ctb-login-failed.html', 'login-failed-ctb'],
  ['nynb', 'nynb/02-pacer-login.html', 'login-app/nynb-login-failed.html', 'login-failed-nynb'],
  ['ctb', 'ctb/05-pacer-login.html', 'login-app/ctb-password-update.html', 'password-update-ctb'],
  ['gasb', 'gasb/02-pacer-login.html', 'login-app/gasb-mfa-enroll.html', 'mfa-enroll-gasb'],
  ['gasb', 'gasb/02-pacer-login.html', 'login-app/gasb-mfa-code.html', 'mfa-code-gasb'],
  ['ctb', 'ctb/05-pacer-login.html', 'login-app/ctb-mfa-code.html', 'mfa-code-ctb'],
  ['mnd', 'mnd/02-pacer-login.html', 'mnd/06-link-form.html', 'link-form-stuck-moments-mnd'],
  // The confirmation screen's warnings (issue 12 items 6, 7): a firm's PACER account, two people, names not readable.
  ['ctb', 'ctb/09-link-form.html', 'traps/confirm-firm-llp.html', 'confirm-firm-ctb'],
  ['njd', 'ctb/09-link-form.html', 'traps/confirm-mismatch.html', 'confirm-mismatch-njd'],
  ['njd', 'ctb/09-link-form.html', 'traps/confirm-names-in-divs.html', 'confirm-names-unreadable-njd'],
];

const h = await launchChromium();
try {
  for (const [court, before, page, out] of SHOTS) {
    await h.startSession(court);
    for (const name of [before, page]) {
      const f = byName.get(name)!;
      await h.visit({ url: f.url, html: readFileSync(f.path, 'utf8') }, scriptRunsAt(f.url));
      const until = Date.now() + 10_000;
      let s = await h.overlay();
      while (s?.screen !== f.screen && Date.now() < until) {
        await new Promise((r) => setTimeout(r, 50));
        s = await h.overlay();
      }
      if (name === page) {
        await new Promise((r) => setTimeout(r, 300));
        await h.screenshot(join(OUT, `${out}.png`));
        console.log(out, s ? `${s.screen} ${s.step}` : 'NO OVERLAY');
      }
    }
  }
} finally {
  await h.close();
}
