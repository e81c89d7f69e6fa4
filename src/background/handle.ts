// What the background does with each message: runs the guide for the
// court, keeps the progress, sets the toolbar badge, and tells open court
// tabs to look again when a session starts or stops.
import { browser } from 'wxt/browser';
import { decide, dismiss, mainSteps, numberOf, start, stop } from '../guide/decide';
import { CAPTURE_REFUSED, type ScreenReply, type StatusReply, type ToBackground } from '../messages';
import { pageSettings } from '../policy/effective';
import { readEffectiveSettings } from '../policy/read';
import { profileFor, type Profile } from '../profiles';
import { progressOf, soleActiveCourt, withState } from './state';

async function badge(tabId: number | undefined, text: string): Promise<void> {
  if (tabId === undefined) return;
  try {
    await browser.action.setBadgeText({ tabId, text });
    if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: '#1a4480' });
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}

/** Every open tab looks at its page again (the content script ignores tabs that are not court pages). */
async function refreshTabs(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((t) => (t.id === undefined ? undefined : browser.tabs.sendMessage(t.id, { type: 'refresh' }).catch(() => undefined))),
  );
}

/**
 * Who to contact about the court's own business (a pending registration):
 * the court's contact (seed 000 names its help desk), not the PACER Service
 * Center, which is the fallback.
 */
export function contactLine(profile: Profile): string | null {
  const c = profile.contacts.find((x) => !/PACER Service Center/i.test(x.label)) ?? profile.contacts[0];
  if (!c) return null;
  return `Who to contact: ${[c.label, c.email, c.phone, c.email || c.phone ? undefined : c.url].filter(Boolean).join(', ')}.`;
}

function noteFor(profile: Profile, branch: string | undefined, done: boolean): string | null {
  // Seeds 001-004, last step: from now on, the PACER account alone.
  if (done) return 'You are done: your accounts are linked. From now on, use only your PACER username and password for this court.';
  if (branch === 'pending-error') return contactLine(profile);
  return null;
}

/**
 * Shown during a session on a court page the guide does not know (issue 4).
 * The note points at the page capture, unless the firm turned it off.
 */
function unknownPageView(profile: Profile, court: string, current: string | undefined, capture: boolean) {
  const step = profile.steps.find((s) => s.id === current);
  return {
    screen: 'unknown',
    court,
    courtName: profile.name,
    stepNumber: step ? numberOf(profile, step) : 1,
    stepTotal: mainSteps(profile).length,
    stepId: 'unknown-page',
    title: 'The guide does not know this page',
    instruction:
      'This page is not one of the linking screens the guide knows, so it cannot point at anything here. Go back to the last step, or carry on if you know the way.',
    ...(capture
      ? {
          note: 'You can help: the toolbar button’s “Save this page for testers” keeps a copy with your typed values, names and case numbers removed, so the guide can learn it.',
        }
      : {}),
    highlight: false,
  };
}

export async function onScreen(
  msg: Extract<ToBackground, { type: 'screen' }>,
  tabId: number | undefined,
): Promise<ScreenReply> {
  // The firm's policy and the user's settings: whether the guide may start
  // by itself, whether the page capture is offered.
  const { settings } = await readEffectiveSettings();
  const reply = await withState((s) => {
    const key = tabId === undefined ? undefined : String(tabId);
    if (key) s.pages[key] = { screen: msg.screen, flags: msg.flags };
    // The PACER login application often does not say which court it is
    // working for (no pscCourtId): this tab's court, else the one session on.
    const court = msg.court ?? (key ? s.tabs[key] : undefined) ?? soleActiveCourt(s);
    const profile = court ? profileFor(court) : undefined;
    if (!court || !profile) return { view: null, badge: '', credentials: undefined };
    if (key && msg.court) s.tabs[key] = msg.court;
    const before = progressOf(s, court);
    if (msg.screen === 'unknown') {
      return before.active
        ? { view: unknownPageView(profile, court, before.current, settings.pageCapture.value), badge: '?', credentials: undefined }
        : { view: null, badge: '', credentials: undefined };
    }
    const { show, progress } = decide(profile, { screen: msg.screen, targetLabel: msg.targetLabel }, before, {
      autoStart: settings.autoStart.value,
    });
    s.courts[court] = progress;
    if (!show) return { view: null, badge: progress.done ? '✓' : '', credentials: undefined };
    const note = noteFor(profile, show.step.branch, !!progress.done);
    return {
      badge: `${show.stepNumber}/${show.stepTotal}`,
      credentials: show.step.credentials,
      view: {
        screen: msg.screen,
        court,
        courtName: profile.name,
        stepNumber: show.stepNumber,
        stepTotal: show.stepTotal,
        stepId: show.step.id,
        title: show.title,
        instruction: show.instruction,
        highlight: show.highlight,
        ...(note ? { note } : {}),
      },
    };
  });
  await badge(tabId, reply.badge);
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
        title: step.title,
        number: numberOf(profile, step),
        branch: !!step.branch,
        reached: p.reached.includes(step.id),
      })),
      ready: profile.ready,
      contacts: profile.contacts,
      links: profile.links,
      notes: profile.notes,
      flags: page?.flags ?? [],
      tab: tabId === undefined ? null : { id: tabId, screen: page?.screen ?? null, capturable: !!page },
    };
  });
}

export async function handle(msg: ToBackground, tabId: number | undefined): Promise<unknown> {
  switch (msg.type) {
    case 'screen':
      return onScreen(msg, tabId);
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
      await refreshTabs();
      return onStatus(msg.court);
    case 'status':
      return onStatus(msg.court, msg.tabId);
    case 'flags':
      if (tabId === undefined) return null;
      await withState((s) => {
        const page = s.pages[String(tabId)];
        if (page) page.flags = msg.flags;
      });
      return null;
    case 'capture':
      // The firm turned the capture off: the popup hides the button, and
      // this refuses anyone who asks all the same.
      if (!(await readEffectiveSettings()).settings.pageCapture.value) return CAPTURE_REFUSED;
      // The popup asks; the court page's content script sanitises and answers.
      return browser.tabs.sendMessage(msg.tabId, { type: 'capture' }).catch(() => null);
    case 'settings':
      // The content script's settings, read afresh: it asks right after
      // storage told it something changed, maybe before this cache heard.
      return pageSettings(await readEffectiveSettings({ fresh: true }));
  }
}

