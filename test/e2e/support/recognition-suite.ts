// The browser's answer equals the command line's, on every fixture served at
// its address, with the built extension loaded. Where the content script must
// not run at all (lookalike hosts, plain http, uscourts.gov hosts outside the
// flow), nothing is recorded and the command line says unknown.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { loadFixtures } from '../../support/fixtures';
import { launch, ROOT, scriptRunsAt, type Harness } from './harness';

export function recognitionSuite(browserName: 'chromium' | 'firefox') {
  const fixtures = loadFixtures();

  test.describe(`${browserName}: the content script answers as the command line does`, () => {
    test.describe.configure({ mode: 'serial' });
    let harness: Harness;
    const cliAnswers = new Map<string, unknown>();

    test.beforeAll(async () => {
      // The command line, run once over every fixture, as testers run it.
      const dir = mkdtempSync(join(tmpdir(), 'e2e-manifest-'));
      const list = join(dir, 'all.json');
      writeFileSync(list, JSON.stringify(fixtures.map((f) => ({ file: f.path, url: f.url }))));
      const r = spawnSync('npm', ['run', '--silent', 'recognize', '--', '--manifest', list], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      for (const line of r.stdout.trim().split('\n')) {
        const { file, ...answer } = JSON.parse(line);
        cliAnswers.set(file, answer);
      }
      harness = await launch(browserName);
      // With no session the content script runs only where linking can begin
      // (test/e2e/support/idle-suite.ts proves that): a session makes it run
      // on every court page, so that every fixture is recognised in the browser.
      // Alaska's: no fixture is of that court, so no filing menus end it midway.
      expect(loadFixtures().some((f) => f.court === 'akb')).toBe(false);
      await harness.startSession('akb');
    });

    test.afterAll(async () => {
      await harness?.close();
    });

    for (const f of fixtures) {
      test(f.name, async () => {
        const cli = cliAnswers.get(f.path);
        const runs = scriptRunsAt(f.url);
        const { recorded } = await harness.visit({ url: f.url, html: readFileSync(f.path, 'utf8') }, runs);
        if (runs) {
          expect(recorded, `${browserName} recorded nothing on ${f.name} at ${f.url}`).not.toBeNull();
          expect(recorded, `${browserName} vs the command line on ${f.name}`).toEqual(cli);
        } else {
          expect(recorded, `the content script must not run at ${f.url}`).toBeNull();
          expect(cli).toEqual({ screen: 'unknown', court: null, target: null, flags: [] });
        }
        expect(recorded?.screen ?? 'unknown', f.name).toBe(f.screen);
      });
    }

    test('no request left for anything but the served pages and their own resources', async () => {
      // Every request the browser made went to a court page's own resources
      // (stylesheets, scripts, images the fixtures reference): nothing of the
      // extension's own reached the network.
      const foreign = harness.requests.filter((u) => !/^https?:\/\/[^/]*uscourts\.gov(?:\.example\.com|\.evil\.example)?\//.test(u) && !u.startsWith('data:'));
      expect(foreign).toEqual([]);
    });
  });
}
