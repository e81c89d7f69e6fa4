// Walks one seed court's whole recorded flow in a real browser with the
// built extension: starts the guide from the toolbar popup, then serves each
// page of test/fixtures/<court> at its address, in the guide's order, and
// reads what the overlay shows. What it should show is computed here the way
// the background does it: the recogniser on the same page, then the guide.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decide, start, type CourtProgress } from '../../../src/guide/decide';
import { profileFor } from '../../../src/profiles';
import { recognize } from '../../../src/recognize';
import { labelOf, selectorFor } from '../../../src/recognize/dom';
import { domOf, loadFixtures, type Fixture } from '../../support/fixtures';
import { scriptRunsAt, type Harness, type OverlayState, type Rect } from './harness';

export interface Expected {
  step: string;
  stepText: string;
  title: string;
  instruction: string;
  highlight: boolean;
}

export interface WalkStep {
  fixture: Fixture;
  expected: Expected;
  state: OverlayState | null;
  target: Rect | null;
  /** The rest of the action (recognised in jsdom): the tooltip must leave it in sight. */
  related: Array<{ selector: string; rect: Rect | null }>;
  shot: string | null;
  /** The toolbar badge at that step (null where the browser does not let tests read it). */
  badge: string | null;
}

/** Extra variants of a screen already in the flow, not a step of the walk. */
const VARIANTS = new Set(['ctb/14-court-login.html']);

/** The pages of a court's flow the walk serves, in order. */
export function flowPages(court: string): Fixture[] {
  return loadFixtures().filter((f) => f.group === court && !VARIANTS.has(f.name));
}

export function expectations(court: string): Expected[] {
  const profile = profileFor(court)!;
  let progress: CourtProgress = start();
  return flowPages(court).map((f) => {
    const r = recognize(domOf(f), f.url);
    const d = decide(profile, { screen: r.screen, targetLabel: r.target ? labelOf(r.target) : null }, progress);
    progress = d.progress;
    if (!d.show) throw new Error(`${f.name}: the guide shows nothing here`);
    return {
      step: `${d.show.stepNumber}/${d.show.stepTotal}`,
      stepText: `Step ${d.show.stepNumber} of ${d.show.stepTotal}`,
      title: d.show.title,
      instruction: d.show.instruction,
      highlight: d.show.highlight,
    };
  });
}

const OVERLAY_WAIT_MS = 10_000;

async function settledOverlay(h: Harness, f: Fixture, want: Expected): Promise<OverlayState | null> {
  const deadline = Date.now() + OVERLAY_WAIT_MS;
  let state: OverlayState | null = null;
  while (Date.now() < deadline) {
    state = await h.overlay();
    const ready =
      state?.screen === f.screen &&
      state.step === want.step &&
      state.instruction === want.instruction &&
      (want.highlight ? state.layout !== null && state.ring !== null : state.layout !== null);
    if (ready) {
      // One more frame for floating-ui's last placement.
      await new Promise((r) => setTimeout(r, 120));
      return h.overlay();
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return state;
}

export async function walkCourt(h: Harness, court: string, shotsDir?: string): Promise<WalkStep[]> {
  await h.startSession(court);
  const expected = expectations(court);
  const steps: WalkStep[] = [];
  if (shotsDir) mkdirSync(shotsDir, { recursive: true });
  for (const [i, f] of flowPages(court).entries()) {
    await h.visit({ url: f.url, html: readFileSync(f.path, 'utf8') }, scriptRunsAt(f.url));
    const want = expected[i]!;
    const state = await settledOverlay(h, f, want);
    const target = f.target ? await h.rect(f.target.selector) : null;
    const related = [];
    for (const el of recognize(domOf(f), f.url).related ?? []) {
      const selector = selectorFor(el);
      related.push({ selector, rect: await h.rect(selector) });
    }
    const badge = await h.badge();
    let shot: string | null = null;
    if (shotsDir) {
      shot = join(shotsDir, `${f.file.replace(/\.html$/, '')}.png`);
      await h.screenshot(shot);
    }
    steps.push({ fixture: f, expected: want, state, target, related, shot, badge });
  }
  return steps;
}

/** a contains b (with a pixel of slack for rounding). */
export function contains(a: Rect, b: Rect): boolean {
  return a.x <= b.x + 1 && a.y <= b.y + 1 && a.x + a.width >= b.x + b.width - 1 && a.y + a.height >= b.y + b.height - 1;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
