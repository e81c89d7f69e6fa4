// The guide's branches, as the court guides describe them, over the real
// profiles. Where a walk uses pages, they are the fixtures, recognised.
import { describe, expect, test } from 'vitest';
import { AUTO_START, decide, dismiss, mainSteps, NEW_PROGRESS, start, stop, type CourtProgress, type GuideInput } from '../src/guide/decide';
import { profileFor, type Profile } from '../src/profiles';
import { recognize, type ScreenId } from '../src/recognize';
import { labelOf } from '../src/recognize/dom';
import { domOf, loadFixtures } from './support/fixtures';

const fixtures = loadFixtures();

function inputFor(name: string): GuideInput {
  const f = fixtures.find((x) => x.name === name);
  if (!f) throw new Error(`no fixture ${name}`);
  const r = recognize(domOf(f), f.url);
  return { screen: r.screen, targetLabel: r.target ? labelOf(r.target) : null };
}

function screen(s: ScreenId, targetLabel: string | null = 'x'): GuideInput {
  return { screen: s, targetLabel };
}

interface Shown {
  screen: ScreenId;
  step: string | null;
  n: number | null;
  instruction?: string;
  highlight?: boolean;
}

function walk(profile: Profile, inputs: GuideInput[], from: CourtProgress = start()) {
  let progress = from;
  const shown: Shown[] = [];
  for (const input of inputs) {
    const d = decide(profile, input, progress);
    progress = d.progress;
    shown.push({
      screen: input.screen,
      step: d.show?.step.id ?? null,
      n: d.show?.stepNumber ?? null,
      instruction: d.show?.instruction,
      highlight: d.show?.highlight,
    });
  }
  return { shown, progress };
}

const SEEDS = ['ctb', 'nynb', 'gasb', 'mnd', 'cacb'] as const;

describe.each(SEEDS)('%s: the whole recorded flow, started from the toolbar', (court) => {
  const profile = profileFor(court)!;
  const pages = fixtures.filter((f) => f.group === court && !/14-court-login/.test(f.file));

  test('every page of the flow has guidance, in step order, ending linked', () => {
    const { shown, progress } = walk(profile, pages.map((p) => inputFor(p.name)));
    const silent = shown.filter((s) => s.step === null).map((s) => s.screen);
    expect(silent, `${court}: screens with no step in src/profiles/data/${court}.json`).toEqual([]);
    const numbers = shown.map((s) => s.n!);
    expect(numbers, 'step numbers never go back').toEqual([...numbers].sort((a, b) => a - b));
    expect(shown.at(-1)).toMatchObject({ screen: 'cmecf-linked', n: mainSteps(profile).length });
    expect(progress).toMatchObject({ done: true, active: false, linked: true });
  });

  test('each instruction is the profile’s own words, and a target is pointed at only where there is one', () => {
    const { shown } = walk(profile, pages.map((p) => inputFor(p.name)));
    for (const [i, s] of shown.entries()) {
      const step = profile.steps.find((x) => x.id === s.step)!;
      expect(step.words.map((w) => w.instruction.map((p) => p.text).join(' '))).toContain(s.instruction);
      expect(s.highlight, `${pages[i]!.name}`).toBe(pages[i]!.target !== null);
    }
  });
});

describe('when the guide shows itself', () => {
  const ctb = profileFor('ctb')!;
  const nynb = profileFor('nynb')!;

  test('a PACER-only user browsing the court, with no session, is never shown anything', () => {
    const { shown, progress } = walk(
      nynb,
      ['ecf-entry', 'pacer-login', 'redaction-ack', 'cmecf-unlinked', 'utilities-menu', 'cmecf-unlinked', 'court-website'].map((s) =>
        screen(s as ScreenId),
      ),
      NEW_PROGRESS,
    );
    expect(shown.every((s) => s.step === null)).toBe(true);
    expect(progress.active).toBe(false);
  });

  test.each(['court-login', 'upgrade-choice', 'linking-instructions', 'link-form'] as ScreenId[])(
    'entering the flow at %s starts the guide by itself',
    (s) => {
      const d = decide(ctb, screen(s), NEW_PROGRESS);
      expect(d.show).not.toBeNull();
      expect(d.progress.active).toBe(true);
    },
  );

  test('once linked, a court-branded login says which credentials it takes now, without starting the session again', () => {
    const done = walk(ctb, [screen('link-success', null), screen('cmecf-linked', null)]).progress;
    const again = decide(ctb, screen('court-login', 'Username'), done);
    expect(again.show?.credentials).toBe('pacer');
    expect(again.show?.instruction).toContain('From this point forward, use your upgraded PACER credentials');
    expect(again.progress, 'the session stays over').toEqual(done);
    expect(decide(ctb, screen('court-login', 'Username'), dismiss(done, again.show!.step.id)).show, '"Got it" holds').toBeNull();
    expect(decide(ctb, screen('court-login', 'Username'), done, { autoStart: false }).show, 'the firm turned auto-start off').toBeNull();
    expect(decide(ctb, screen('pacer-login', 'Username'), done).show, 'nothing else shows after the end').toBeNull();
    expect(decide(ctb, screen('court-login'), start()).show).not.toBeNull();
  });

  test('after "Stop guiding for this court", only the toolbar starts it again', () => {
    const stopped = stop(decide(ctb, screen('court-login'), NEW_PROGRESS).progress);
    for (const s of AUTO_START) expect(decide(ctb, screen(s), stopped).show, s).toBeNull();
    expect(decide(ctb, screen('link-form'), start()).show).not.toBeNull();
  });

  test('"Got it" hides this step until the next one', () => {
    const at = decide(nynb, screen('cmecf-unlinked'), start());
    const hidden = dismiss(at.progress, at.show!.step.id);
    expect(decide(nynb, screen('cmecf-unlinked'), hidden).show).toBeNull();
    expect(decide(nynb, screen('utilities-menu', 'Link a CM/ECF account to my PACER account'), hidden).show).not.toBeNull();
  });
});

describe('branches the guides describe', () => {
  test('ctb: the upgraded-account screen is optional (seed 000 step 4): skipping it keeps the numbering', () => {
    const ctb = profileFor('ctb')!;
    const withIt = walk(ctb, ['court-login', 'upgrade-choice', 'linking-instructions', 'pacer-login'].map((s) => screen(s as ScreenId)));
    const without = walk(ctb, ['court-login', 'linking-instructions', 'pacer-login'].map((s) => screen(s as ScreenId)));
    expect(without.shown.map((s) => s.n)).toEqual([withIt.shown[0]!.n, withIt.shown[2]!.n, withIt.shown[3]!.n]);
  });

  test('ctb: the login before the instructions wants CM/ECF credentials, the one after wants PACER ones', () => {
    const ctb = profileFor('ctb')!;
    let p = start();
    const creds = ['court-login', 'linking-instructions', 'pacer-login'].map((s) => {
      const d = decide(ctb, screen(s as ScreenId, s === 'linking-instructions' ? 'Connecticut Bankruptcy Court' : 'Username'), p);
      p = d.progress;
      return d.show?.credentials;
    });
    expect(creds).toEqual(['cmecf', undefined, 'pacer']);
  });

  test('ctb: the court-branded login wants CM/ECF credentials until the link and PACER ones after it (seed 000 step 3; linking instructions, item 3)', () => {
    const ctb = profileFor('ctb')!;
    const before = decide(ctb, screen('court-login', 'Username'), start()).show!;
    expect(before.credentials).toBe('cmecf');
    expect(before.instruction).toContain('Use your CM/ECF Username and Password here.');
    // Said as the dialog says it: what changes once linked.
    expect(before.instruction).toContain('From this point forward, use your upgraded PACER credentials to log in to NextGen CM/ECF for this court.');
    const linked = walk(ctb, [screen('link-success', null), screen('court-login', 'Username')]).shown[1]!;
    const after = decide(ctb, screen('court-login', 'Username'), { ...start(), linked: true }).show!;
    expect(linked.step).toBe(after.step.id);
    expect(after.credentials).toBe('pacer');
    expect(after.instruction).not.toContain('Use your CM/ECF Username and Password here.');
    expect(after.title).toMatch(/PACER/);
  });

  test.each(['nynb', 'gasb', 'mnd', 'cacb', 'akb', 'nysd', 'txnd'])('%s: the court-branded login takes the individual upgraded PACER account, before and after linking', (court) => {
    const p = profileFor(court)!;
    for (const progress of [start(), { ...start(), linked: true }, NEW_PROGRESS]) {
      const d = decide(p, screen('court-login', 'Username'), progress).show!;
      expect(d.credentials, court).toBe('pacer');
      expect(d.instruction).toMatch(/individual upgraded PACER user name and password/);
      expect(d.instruction).toMatch(/Do not log on using a shared firm PACER account/);
      expect(d.instruction).not.toMatch(/CM\/ECF username/i);
    }
  });

  test.each(['nynb', 'mnd', 'ctb'])('%s: the link only under NextGen Release 1.1: the Utilities step says so, and the NextGen page is a branch of it', (court) => {
    const p = profileFor(court)!;
    const { shown } = walk(p, [
      screen('cmecf-unlinked', 'Utilities'),
      screen('utilities-menu', 'NextGen Release 1.1 Menu Items'),
      screen('nextgen-menu', 'Link a CM/ECF account to my PACER account'),
      screen('link-form', 'CM/ECF login'),
    ]);
    expect(shown[1]!.instruction).toMatch(/NextGen Release 1\.1 Menu Items/);
    const d = decide(p, screen('utilities-menu', 'NextGen Release 1.1 Menu Items'), start());
    expect(d.show!.title, 'the title names the link the spotlight is on').toMatch(/NextGen Release 1\.1/);
    expect(p.steps.find((s) => s.id === shown[2]!.step)!.branch).toBe('nextgen-menu');
    expect(shown[2]!.n, 'the branch carries the Utilities step’s number').toBe(shown[1]!.n);
    expect(shown[3]!.n).toBe(shown[1]!.n! + 1);
  });

  test('nynb: the link on the Utilities page itself: its own instruction', () => {
    const p = profileFor('nynb')!;
    const d = decide(p, screen('utilities-menu', 'Link a CM/ECF account to my PACER account'), start());
    expect(d.show!.words).toBe(d.show!.step.words[0]);
    expect(d.show!.title).not.toMatch(/NextGen/);
  });

  test('cacb: NextGen Release 1.1 is the way (seed 004 steps 3-4), a counted step', () => {
    const p = profileFor('cacb')!;
    const { shown } = walk(p, [screen('utilities-menu', 'NextGen Release 1.1 Menu Items'), screen('nextgen-menu', 'Link a CM/ECF account to my PACER account')]);
    expect(shown[1]!.n).toBe(shown[0]!.n! + 1);
  });

  test.each(['ctb', 'nynb', 'gasb', 'mnd', 'cacb', 'akb', 'nysd'])('%s: a pending registration is explained, nothing is pointed at', (court) => {
    const p = profileFor(court)!;
    const { shown } = walk(p, [screen('link-form', 'CM/ECF login'), screen('link-confirm', 'Submit'), screen('link-pending-error', null)]);
    const step = p.steps.find((s) => s.id === shown[2]!.step)!;
    expect(step.branch).toBe('pending-error');
    expect(shown[2]!.instruction).toMatch(/court/i);
    expect(shown[2]!.highlight).toBe(false);
    expect(shown[2]!.n).toBe(shown[1]!.n);
  });

  test('ctb: the pending error in full, the court’s own advice, its sources (seed 000 step 10a)', () => {
    const d = walk(profileFor('ctb')!, [screen('link-form', 'CM/ECF login'), screen('link-pending-error', null)]).shown[1]!;
    expect(d.instruction).toContain(
      'ERROR: You have submitted a registration request to this court and it is being reviewed. Your account may not be linked using this utility. You will receive an email confirmation when the court completes the review of your registration.',
    );
    expect(d.instruction).toContain('Contact the court to request that the request be rejected');
  });

  test.each(['ctb', 'gasb', 'akb', 'nysd'])('%s: menus missing after success: the troubleshooting branch, then done once they appear', (court) => {
    const p = profileFor(court)!;
    const { shown, progress } = walk(p, [
      screen('link-success', null),
      screen('cmecf-unlinked', 'Utilities'),
      screen('cmecf-unlinked', 'Utilities'),
      screen('cmecf-linked', null),
    ]);
    expect(p.steps.find((s) => s.id === shown[1]!.step)!.branch).toBe('menus-missing');
    expect(shown[1]!.highlight, 'Utilities is not the next action here').toBe(false);
    // The profile's troubleshooting follows the step's words (issue 12, item 5).
    for (const t of p.troubleshooting) expect(shown[1]!.instruction).toContain(t.text);
    expect(shown[3]!.n).toBe(mainSteps(p).length);
    expect(progress.done).toBe(true);
  });

  test.each(['nynb', 'mnd', 'cacb', 'ctb', 'flsd'])('%s: the redaction agreement and court chooser any PACER login may show', (court) => {
    const p = profileFor(court)!;
    const { shown } = walk(p, [screen('pacer-login', 'Username'), screen('redaction-ack'), screen('court-chooser'), screen('cmecf-unlinked', 'Utilities')]);
    expect(shown.every((s) => s.step !== null)).toBe(true);
    expect(shown[1]!.n).toBe(shown[0]!.n);
    expect(shown[2]!.n).toBe(shown[0]!.n);
  });

  test('gasb: the redaction agreement and the court chooser are its own counted steps (seed 002 steps 3-4)', () => {
    const p = profileFor('gasb')!;
    const { shown } = walk(p, [screen('pacer-login', 'Username'), screen('redaction-ack'), screen('court-chooser')]);
    expect(shown.map((s) => s.n)).toEqual([shown[0]!.n, shown[0]!.n! + 1, shown[0]!.n! + 2]);
  });

  test('a reload shows the same step again; progress is kept', () => {
    const p = profileFor('mnd')!;
    const { shown } = walk(p, [screen('cmecf-unlinked', 'Utilities'), screen('cmecf-unlinked', 'Utilities')]);
    expect(shown[1]).toEqual(shown[0]);
  });
});
