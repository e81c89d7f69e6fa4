// What the background does with each message: runs the guide for the
// court, keeps the progress, sets the toolbar badge, and tells open court
// tabs to look again when a session starts or stops.
import { browser } from 'wxt/browser';
import { contentScriptRunsAt, TAB_QUERY } from '../content/hosts';
import { decide, dismiss, mainSteps, numberOf, start, stop } from '../guide/decide';
import { isLoginAppScreen, loginAppReply, stuckMoments } from '../guide/login-app';
import { CAPTURE_REFUSED, UNKNOWN_PAGE_STEP, type ScreenReply, type StatusReply, type ToBackground, type ToContent } from '../messages';
import { pageSettings } from '../policy/effective';
import { readEffectiveSettings } from '../policy/read';
import { profileFor, type Profile, type SourcedText } from '../profiles';
import { guideOpenTabs } from './reinject';
import { progressOf, soleActiveCourt, withState } from './state';
import type { PageHost } from './trust';

async function badge(tabId: number | undefined, text: string): Promise<void> {
  if (tabId === undefined) return;
  try {
    await browser.action.setBadgeText({ tabId, text });
    if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: '#1a4480' });
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}

/** Every open court tab hears `msg` (the court pages the content script may run on; others have no one to hear it). */
async function tellTabs(msg: ToContent): Promise<void> {
  const tabs = await browser.tabs.query({ url: TAB_QUERY }).catch(() => []);
  await Promise.all(
    tabs.map((t) => (t.id === undefined || !t.url || !contentScriptRunsAt(t.url) ? undefined : browser.tabs.sendMessage(t.id, msg).catch(() => undefined))),
  );
}
const refreshTabs = () => tellTabs({ type: 'refresh' });

/**
 * How long a court page's guide waits for the firm's policy before going on
 * without it (src/policy/read.ts): Chromium's first storage.managed read
 * takes seconds, or never answers. When it does, the pages hear of it.
 */
export const POLICY_PATIENCE_MS = 1000;

/** The firm's policy arrived late or changed: court pages ask for their settings again. */
export function onSettingsChanged(): Promise<void> {
  return tellTabs({ type: 'settings-changed' });
}

/**
 * Who to contact about the court's own business (a pending registration):
 * the court's own contact (its website), not a help desk its guide gives
 * for something else, nor the PACER Service Center, the last resort. It is
 * the extension's pointer, so general advice; what the contact is for, where
 * the guide says so, goes with it.
 */
export function contactLine(profile: Profile): SourcedText | null {
  const c =
    profile.contacts.find((x) => !x.about && !/PACER Service Center/i.test(x.label)) ??
    profile.contacts.find((x) => !/PACER Service Center/i.test(x.label)) ??
    profile.contacts[0];
  if (!c) return null;
  const ways = [c.email, c.phone, c.email || c.phone ? undefined : c.url].filter(Boolean).join(', ');
  return {
    text: `Who to contact: ${c.label}, ${ways}.`,
    source: { kind: 'general', basis: 'the court’s contact from its profile (src/profiles/data)' },
  };
}

function noteFor(profile: Profile, branch: string | undefined, done: boolean): SourcedText | null {
  // Every guide's last step: from now on, the PACER account alone. The
  // extension's summary of it, so general advice.
  if (done)
    return {
      text: 'You are done: your accounts are linked. From now on, use only your PACER username and password for this court.',
      source: { kind: 'general', basis: 'every court guide’s last step (seeds 001–004) and seed 000’s linking instructions, item 3' },
    };
  if (branch === 'pending-error') return contactLine(profile);
  return null;
}

const ABOUT_THE_EXTENSION = { kind: 'general', basis: 'the extension itself' } as const;

/**
 * Shown during a session on a court page the guide does not know (issue 4).
 * The note points at the page capture, unless the firm turned it off. The
 * extension's own words, so general advice.
 */
function unknownPageView(profile: Profile, court: string, current: string | undefined, capture: boolean) {
  const step = profile.steps.find((s) => s.id === current);
  const instruction =
    'This page is not one of the linking screens the guide knows, so it cannot point at anything here. Go back to the last step, or carry on if you know the way.';
  return {
    screen: 'unknown',
    court,
    courtName: profile.name,
    stepNumber: step ? numberOf(profile, step) : 1,
    stepTotal: mainSteps(profile).length,
    stepId: UNKNOWN_PAGE_STEP,
    title: 'The guide does not know this page',
    instruction,
    parts: [{ text: instruction, source: ABOUT_THE_EXTENSION }],
    ...(capture
      ? {
          note: 'You can help: the toolbar button’s “Save this page for testers” keeps a copy with your typed values, names and case numbers removed, so the guide can learn it.',
          noteSource: ABOUT_THE_EXTENSION,
        }
      : {}),
    highlight: false,
  };
}

/**
 * The overlay's code goes into a court page only with the first step to show
 * there (src/overlay/global.ts). A failure (the tab navigated away, the page
 * is gone) leaves the page as it is: nothing shown, nothing thrown.
 */
async function injectOverlay(tabId: number, frameId: number): Promise<void> {
  await browser.scripting
    .executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/guide-overlay.js'] })
    .catch(() => undefined);
}

/**
 * A content script's report of its page. `page`: the sender's host as the
 * background classified it (src/background/trust.ts); without one, nothing.
 */
export async function onScreen(
  msg: Extract<ToBackground, { type: 'screen' }>,
  tabId: number | undefined,
  frameId = 0,
  page?: PageHost,
): Promise<ScreenReply> {
  if (!page) return { view: null };
  // The firm's policy and the user's settings: whether the guide may start
  // by itself, whether the page capture is offered.
  const { settings } = await readEffectiveSettings({ patienceMs: POLICY_PATIENCE_MS });
  const reply = await withState((s) => {
    const key = tabId === undefined ? undefined : String(tabId);
    if (key) s.pages[key] = { screen: msg.screen, flags: msg.flags };
    // A court's own host names the court (trust.ts refused a message naming
    // another). The PACER login application often does not say which court
    // it is working for (no pscCourtId): there only, this tab's court, else
    // the one session on.
    const court =
      page.court ??
      msg.court ??
      (page.kind === 'login' ? ((key ? s.tabs[key] : undefined) ?? soleActiveCourt(s)) : null);
    const profile = court ? profileFor(court) : undefined;
    if (!court || !profile) return { view: null, badge: '', credentials: undefined };
    if (key && (page.court ?? msg.court)) s.tabs[key] = court;
    const before = progressOf(s, court);
    if (msg.screen === 'unknown') {
      return before.active
        ? { view: unknownPageView(profile, court, before.current, settings.pageCapture.value), badge: '?', credentials: undefined }
        : { view: null, badge: '', credentials: undefined };
    }
    // The login application's prompts the guides do not show (src/guide/login-app.ts): guidance
    // while the session is on, progress untouched, so the flow resumes after them.
    if (isLoginAppScreen(msg.screen)) return loginAppReply(profile, court, msg.screen, msg.targetLabel, before);
    const { show, progress } = decide(profile, { screen: msg.screen, targetLabel: msg.targetLabel }, before, {
      autoStart: settings.autoStart.value,
    });
    s.courts[court] = progress;
    if (!show) return { view: null, badge: progress.done ? '✓' : '', credentials: undefined };
    // Done and back at the court-branded login: which credentials, once (decide).
    const afterDone = !!before.done && !before.active && msg.screen === 'court-login';
    const note = afterDone ? null : noteFor(profile, show.step.branch, !!progress.done);
    // The stuck moments courts' FAQs name (special characters, several accounts,
    // pro hac vice): after the step's own words, each with its source.
    const stuck = stuckMoments(court, msg.screen);
    return {
      badge: afterDone ? '✓' : `${show.stepNumber}/${show.stepTotal}`,
      credentials: show.credentials,
      view: {
        screen: msg.screen,
        court,
        courtName: profile.name,
        stepNumber: show.stepNumber,
        stepTotal: show.stepTotal,
        stepId: show.step.id,
        title: show.title,
        instruction: show.instruction,
        parts: show.parts,
        ...(stuck.length ? { advice: stuck } : {}),
        highlight: show.highlight,
        ...(note ? { note: note.text, noteSource: note.source } : {}),
      },
    };
  });
  // The overlay's code and the badge at once: the page waits for the first only.
  await Promise.all([
    badge(tabId, reply.badge),
    reply.view && msg.overlayLoaded === false && tabId !== undefined ? injectOverlay(tabId, frameId) : undefined,
  ]);
  return { view: reply.view, credentials: reply.credentials };
}

export async function onStatus(court: string, tabId?: number): Promise<StatusReply | null> {
  const profile = profileFor(court);
  if (!profile) return null;
  return withState((s) => {
    const p = progressOf(s, court);
    const page = tabId === undefined ? undefined : s.pages[String(tabId)];
    return {
      court,
      courtName: profile.name,
      active: p.active,
      done: !!p.done,
      stopped: !!p.stopped,
      current: p.current ?? null,
      steps: profile.steps.map((step) => ({
        id: step.id,
        // The usual wording's title (after linking, the linked one).
        title: (step.words.find((w) => w.when === (p.linked || p.done ? 'linked' : 'not-linked')) ?? step.words[0]!).title,
        number: numberOf(profile, step),
        branch: !!step.branch,
        optional: !!step.optional,
        reached: p.reached.includes(step.id),
      })),
      ready: profile.ready,
      contacts: profile.contacts,
      links: profile.links,
      notes: profile.notes,
      troubleshooting: profile.troubleshooting,
      flags: page?.flags ?? [],
      tab: tabId === undefined ? null : { id: tabId, screen: page?.screen ?? null, capturable: !!page },
    };
  });
}

/** The page capture: injected into the tab's top frame, its result returned (null when not a recognised court page). */
async function capture(tabId: number): Promise<unknown> {
  const results = await browser.scripting
    .executeScript({ target: { tabId, frameIds: [0] }, files: ['/page-capture.js'] })
    .catch(() => null);
  return results?.[0]?.result ?? null;
}

/**
 * One message, from a sender src/background/trust.ts accepted: `page` is the
 * content script's court page as classified there (screen messages need it).
 */
export async function handle(msg: ToBackground, tabId: number | undefined, frameId?: number, page?: PageHost): Promise<unknown> {
  switch (msg.type) {
    case 'screen':
      return onScreen(msg, tabId, frameId, page);
    case 'dismiss':
      await withState((s) => {
        s.courts[msg.court] = dismiss(progressOf(s, msg.court), msg.stepId);
      });
      await badge(tabId, '');
      return null;
    case 'start':
    case 'stop':
      if (!profileFor(msg.court)) return null;
      await withState((s) => {
        s.courts[msg.court] = msg.type === 'start' ? start() : stop(progressOf(s, msg.court));
      });
      // Started: the content script is registered for every court page now
      // (state.ts told registration.ts); open court tabs without it get it,
      // the others look again. Stopped: they look again.
      if (msg.type === 'start') await guideOpenTabs();
      else await refreshTabs();
      return onStatus(msg.court);
    case 'status':
      return onStatus(msg.court, msg.tabId);
    case 'flags':
      if (tabId === undefined) return null;
      await withState((s) => {
        const page = s.pages[String(tabId)];
        if (page) page.flags = msg.flags;
      });
      // A warning about what is typed, on a page where the guide had shown nothing: the overlay's code, to show it.
      if (msg.flags.length && msg.overlayLoaded === false) await injectOverlay(tabId, frameId ?? 0);
      return null;
    case 'capture':
      // The firm turned the capture off: the popup hides the button, and
      // this refuses anyone who asks all the same.
      if (!(await readEffectiveSettings()).settings.pageCapture.value) return CAPTURE_REFUSED;
      // The popup asks; a script injected into the court page sanitises and answers.
      return capture(msg.tabId);
    case 'settings':
      // The content script's settings: from the cache, or afresh when it asks
      // right after storage told it something changed (maybe before this
      // cache heard). Not afresh on every page: Chromium's first
      // storage.managed read takes seconds, and each fresh one starts again.
      return pageSettings(await readEffectiveSettings({ fresh: !!msg.fresh, patienceMs: POLICY_PATIENCE_MS }));
  }
}

