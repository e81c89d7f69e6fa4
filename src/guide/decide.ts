// The guide: from a court's profile, the screen the page is on and the
// progress so far, which step is current, what to say and whether to point
// at the page. Pure: the background calls it and stores the progress it
// returns; the unit tests walk every branch the guides describe.
import type { ScreenId } from '../recognize/types';
import type { Profile, Step, Words } from '../profiles/schema';
import type { SourcedText } from '../profiles/source';
import { targetKind, type TargetKind } from '../profiles/targets';

/** Progress in one court's linking session. Nothing the user typed is ever in it. */
export interface CourtProgress {
  /** Guidance is on for this court. */
  active: boolean;
  /** Ids of the steps reached so far, in order. */
  reached: string[];
  /** The step shown last. */
  current?: string;
  /** The link-success screen was seen: a PACER-only menu bar now means the menus are missing. */
  linked?: boolean;
  /** The filing menus were seen after linking: the session is over. */
  done?: boolean;
  /** The step whose guidance the user dismissed ("Got it"): hidden until the step changes. */
  dismissed?: string;
  /** The user said "Stop guiding for this court": nothing starts it again but the toolbar. */
  stopped?: boolean;
}

export const NEW_PROGRESS: CourtProgress = Object.freeze({ active: false, reached: [] }) as CourtProgress;

/**
 * Screens that only someone who is linking ever sees: being there starts the
 * guide without the toolbar button. A court-branded login is the e-file-only
 * entrance of seed 000; the dialogs follow it; the link form is the utility
 * itself. A PACER-only user browsing dockets (cmecf-unlinked, pacer-login,
 * the court's website) is never greeted by the guide unasked.
 */
export const AUTO_START: ReadonlySet<ScreenId> = new Set<ScreenId>([
  'court-login',
  'upgrade-choice',
  'linking-instructions',
  'link-form',
]);

export interface GuideInput {
  screen: ScreenId;
  /** Label of the recognised target, or null when the screen has none. */
  targetLabel: string | null;
}

export interface GuideStep {
  step: Step;
  /** The wording chosen for the element actually lit (or the screen, when nothing is). */
  words: Words;
  /** The extension's few-word summary of these words (always general: TITLE_SOURCE). */
  title: string;
  stepNumber: number;
  stepTotal: number;
  /** What to do, part by part, each with its source; on the menus-missing branch the profile's troubleshooting follows. */
  parts: SourcedText[];
  /** The parts' text joined: what the live region reads and the walks compare. */
  instruction: string;
  /** Point at the recognised target: only when the words describe it (false: the tooltip alone). */
  highlight: boolean;
  /** Which username and password the words ask for (the username hint compares with it). */
  credentials?: 'pacer' | 'cmecf';
}

export interface Decision {
  /** What to show, or null for nothing at all. */
  show: GuideStep | null;
  progress: CourtProgress;
}

export function mainSteps(profile: Profile): Step[] {
  return profile.steps.filter((s) => !s.branch);
}

/** "Step n of N": main steps count; a branch carries the number of the main step before it. */
export function numberOf(profile: Profile, step: Step): number {
  let n = 0;
  for (const s of profile.steps) {
    if (!s.branch) n++;
    if (s === step) return Math.max(n, 1);
  }
  return n;
}

function pickStep(profile: Profile, screen: ScreenId, progress: CourtProgress): Step | undefined {
  const candidates = profile.steps.filter((s) => s.screens.includes(screen));
  if (!candidates.length) return undefined;
  // After a successful link, a CM/ECF page without the filing menus means
  // they did not appear (seed 000 step 12): the troubleshooting branch.
  if (screen === 'cmecf-unlinked') {
    const missing = candidates.find((s) => s.branch === 'menus-missing');
    if (progress.linked && missing) return missing;
  }
  const usable = candidates.filter((s) => s.branch !== 'menus-missing');
  // The same screen can serve two steps (a login before and after the
  // linking instructions): take the first one not yet behind us.
  const last = Math.max(-1, ...progress.reached.map((id) => profile.steps.findIndex((s) => s.id === id)));
  return usable.find((s) => profile.steps.indexOf(s) > last) ?? usable.at(-1) ?? candidates[0];
}

export interface DecideOptions {
  /** false (the firm's autoStart policy, or the user's setting): nothing starts the guide but the toolbar. */
  autoStart?: boolean;
}

/**
 * The words for the element the spotlight would be on: the first wording
 * (for this moment: before or after linking) that describes the target's
 * kind. None does: the tooltip alone, never words about another element
 * under a spotlight (issue 12, item 3).
 */
export function chooseWords(step: Step, kind: TargetKind | null, linked: boolean): { words: Words; highlight: boolean } {
  const now = step.words.filter((w) => !w.when || (w.when === 'linked') === linked);
  const pool = now.length ? now : step.words;
  const match = kind && kind !== 'none' ? pool.find((w) => w.describes.includes(kind)) : undefined;
  return { words: match ?? pool.find((w) => w.describes.includes('none')) ?? pool[0]!, highlight: !!match };
}

function guideStep(profile: Profile, step: Step, input: GuideInput, linked: boolean): GuideStep {
  const { words, highlight } = chooseWords(step, targetKind(input.screen, input.targetLabel), linked);
  const parts = step.branch === 'menus-missing' ? [...words.instruction, ...profile.troubleshooting] : words.instruction;
  return {
    step,
    words,
    title: words.title,
    stepNumber: numberOf(profile, step),
    stepTotal: mainSteps(profile).length,
    parts,
    instruction: parts.map((p) => p.text).join(' '),
    highlight,
    ...(words.credentials ? { credentials: words.credentials } : {}),
  };
}

export function decide(profile: Profile, input: GuideInput, before: CourtProgress, opts: DecideOptions = {}): Decision {
  let progress: CourtProgress = { ...before, reached: [...before.reached] };
  if (!progress.active) {
    // Linked and done: a court-branded login is now the attorney's daily
    // door. Say once which credentials it takes now (ctb: PACER ones, no
    // longer CM/ECF ones), without starting the session again.
    if (input.screen === 'court-login' && before.done && !before.stopped && opts.autoStart !== false) {
      const step = profile.steps.find((s) => s.screens.includes('court-login'));
      const show = step ? guideStep(profile, step, input, true) : null;
      return { show: show && before.dismissed !== show.step.id ? show : null, progress: before };
    }
    if (opts.autoStart === false || !AUTO_START.has(input.screen) || progress.done || progress.stopped) {
      return { show: null, progress: before };
    }
    progress = { active: true, reached: [] };
  }
  const step = pickStep(profile, input.screen, progress);
  if (!step) return { show: null, progress };

  if (!progress.reached.includes(step.id)) progress.reached.push(step.id);
  if (progress.current !== step.id) delete progress.dismissed;
  progress.current = step.id;
  if (input.screen === 'link-success') progress.linked = true;
  if (input.screen === 'cmecf-linked' && !step.branch) {
    // The filing menus are there: show the last step once, then end the session.
    progress.done = true;
    progress.active = false;
  }

  const show = guideStep(profile, step, input, !!(progress.linked || progress.done));
  return { show: progress.dismissed === step.id ? null : show, progress };
}

/**
 * done: reached; current: where the attorney is; optional: a step the guide
 * says may not appear (seed 000 step 4), not reached, never "missed";
 * skipped: not reached though a later step was; todo: ahead.
 */
export type Mark = 'done' | 'current' | 'optional' | 'skipped' | 'todo';

export interface MarkableStep {
  id: string;
  number: number;
  branch: boolean;
  optional?: boolean;
  reached: boolean;
}

/** Each main step's mark, for the popup's checklist. */
export function stepMarks(steps: readonly MarkableStep[], currentId: string | null, done: boolean): Map<string, Mark> {
  const current = steps.find((s) => s.id === currentId) ?? null;
  const furthest = Math.max(0, current?.number ?? 0, ...steps.filter((s) => s.reached).map((s) => s.number));
  const marks = new Map<string, Mark>();
  for (const s of steps) {
    if (s.branch) continue;
    const isCurrent = !done && current !== null && !current.branch && s.id === current.id;
    marks.set(
      s.id,
      isCurrent ? 'current' : s.reached ? 'done' : s.optional ? 'optional' : done ? 'done' : s.number < furthest ? 'skipped' : 'todo',
    );
  }
  return marks;
}

/** "Got it": hide this step's guidance until the user reaches another step. */
export function dismiss(progress: CourtProgress, stepId: string): CourtProgress {
  return { ...progress, dismissed: stepId };
}

/** Started from the toolbar: a fresh session (a finished one starts over). */
export function start(): CourtProgress {
  return { active: true, reached: [] };
}

/** "Stop guiding for this court". */
export function stop(progress: CourtProgress): CourtProgress {
  const { dismissed: _, ...rest } = progress;
  return { ...rest, active: false, stopped: true };
}
