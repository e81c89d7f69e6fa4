// Issue 3's walk: each seed court's whole recorded flow in a real browser,
// asserting at every screen the step number, the court's instruction and
// the highlighted element, with a screenshot of each step.
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { SEED_COURTS } from '../../support/fixtures';
import { launch, ROOT, type Harness } from './harness';
import { contains, overlaps, walkCourt } from './walk';

export function walkSuite(browserName: 'chromium' | 'firefox') {
  test.describe(`${browserName}: the guide through each seed court's flow`, () => {
    test.describe.configure({ mode: 'serial' });
    let harness: Harness;
    test.beforeAll(async () => {
      harness = await launch(browserName);
    });
    test.afterAll(async () => {
      await harness?.close();
    });

    for (const court of SEED_COURTS) {
      test(court, async () => {
        const steps = await walkCourt(harness, court, join(ROOT, 'test-results', 'walk', browserName, court));
        for (const s of steps) {
          const where = `${browserName} ${s.fixture.name}`;
          expect(s.state, `${where}: no overlay`).not.toBeNull();
          expect(s.state!.screen, where).toBe(s.fixture.screen);
          expect(s.state!.court, where).toBe(s.fixture.court ?? court);
          expect(s.state!.step, `${where}: data-step`).toBe(s.expected.step);
          expect(s.state!.stepText, where).toBe(s.expected.stepText);
          if (s.badge !== null) expect(s.badge, `${where}: toolbar badge`).toBe(s.expected.step);
          expect(s.state!.title, `${where}: title`).toContain(s.expected.title);
          expect(s.state!.instruction, `${where}: the court's instruction`).toBe(s.expected.instruction);
          if (s.expected.highlight) {
            expect(s.target, `${where}: target on the page`).not.toBeNull();
            expect(s.state!.ring, `${where}: spotlight`).not.toBeNull();
            expect(contains(s.state!.ring!, s.target!), `${where}: the spotlight surrounds ${s.fixture.target!.label}`).toBe(true);
            expect(overlaps(s.state!.tip!, s.target!), `${where}: the tooltip covers the target`).toBe(false);
            for (const r of s.related) {
              if (r.rect && r.rect.width > 0) expect(overlaps(s.state!.tip!, r.rect), `${where}: the tooltip covers ${r.selector}, the rest of the action`).toBe(false);
            }
          } else {
            expect(s.state!.ring, `${where}: nothing to point at, no spotlight`).toBeNull();
          }
        }
      });
    }
  });
}
