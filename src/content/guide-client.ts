// The content script's half of the guide: reports each newly recognised
// screen to the background (screen, court, the target's label and flag ids:
// never anything typed, never a name), and draws the overlay the
// background's answer describes, at the element the recogniser found, with
// the page's own warnings beside it.
//
// The one thing typed that is ever looked at: the username on a login page,
// in memory, while the user types, for the shared-account flag and the
// wrong-kind-of-username hint. Password fields are never read: the type is
// checked at every read and watched (src/content/fields.ts). Only the
// user's own keystrokes count: an `input` event a page script dispatches is
// ignored (src/content/trusted.ts), so a page cannot try usernames against
// the firm's shared list.
import { browser } from 'wxt/browser';
import type { Recognition } from '../recognize';
import { labelOf } from '../recognize/dom';
import { nameFlags, usernameFlags, type Flag } from '../recognize/flags';
import type { ScreenReply, ToBackground, ToContent } from '../messages';
import type { GuideView, OverlayHandle } from '../overlay';
import { loadedOverlay } from '../overlay/global';
import { DEFAULT_SETTINGS, type Settings } from '../options/settings';
import { askPageSettings, changesPageSettings } from '../policy/page';
import { cutOff } from './context';
import { readTextValue, unreadable } from './fields';
import { isTrusted } from './trusted';

// The logins of the flow, a refused one included: the username hint works on
// each. Never the passcode step (mfa-code): that field is never read.
const LOGIN_SCREENS = new Set(['court-login', 'pacer-login', 'login-failed']);

/** How long the typing must pause before a warning that a longer username would not raise shows. */
export const TYPING_PAUSE_MS = 700;

/**
 * The title on the confirmation screen when the PACER account looks like a
 * firm's: the extension's own summary (titles are general advice,
 * TITLE_SOURCE), of the warning below it.
 */
export const HELD_TITLE = 'Stop: this looks like a shared firm PACER account';

/** The step id of a warning shown on a login with no step behind it. */
const HINT_STEP = 'username-hint';

/**
 * `orphaned`: called when a message finds the extension reloaded, updated,
 * disabled or removed under the page (Chrome leaves the old script running,
 * cut off): the caller aborts `signal`, and everything this added goes. The
 * content script's context (src/content/context.ts) also looks every second.
 */
export function startGuide(
  doc: Document,
  signal: AbortSignal,
  orphaned: () => void = () => {},
): { onRecognition(r: Recognition): void; settingsChanged(): void } {
  let overlay: OverlayHandle | null = null;
  let view: GuideView | null = null;
  let current: Recognition | null = null;
  let credentials: ScreenReply['credentials'];
  let settings: Settings = DEFAULT_SETTINGS;
  /**
   * The username field is listened to only once the stored settings are
   * known: until then the defaults (hint on) could have it read against a
   * firm's choice (hint off, no shared usernames). Unreadable: never.
   */
  let settingsRead = false;
  /** Raised by the page itself (the confirmation screen's names). */
  let pageFlags: Flag[] = [];
  /** Raised by what is being typed in the username field. */
  let typedFlags: Flag[] = [];
  let sentFlags = '';
  let asked = 0;
  let stopListening: (() => void) | null = null;

  // A cut-off extension's sendMessage throws at once (not a rejection): never into the page.
  const send = (msg: ToBackground): Promise<unknown> => {
    try {
      return browser.runtime.sendMessage(msg) as Promise<unknown>;
    } catch (e) {
      if (cutOff()) orphaned();
      return Promise.reject(e);
    }
  };
  const flags = (): Flag[] => [...new Set([...pageFlags, ...typedFlags])];

  const clear = () => {
    overlay?.destroy();
    overlay = null;
    view = null;
  };

  /**
   * On a login of the flow, a warning about what is being typed shows even
   * when the guide has no step to show there (no session, or "Got it"
   * pressed): the hint alone, at the username field (issue 12 item 8).
   * "Got it" on it hides it until the warnings change.
   */
  let hintDismissed = '';
  const hintView = (): GuideView | null => {
    if (!typedFlags.length || !current || !LOGIN_SCREENS.has(current.screen) || hintDismissed === typedFlags.join()) return null;
    return {
      screen: current.screen,
      court: current.court,
      courtName: '',
      stepNumber: 0,
      stepTotal: 0,
      stepId: HINT_STEP,
      title: 'Check the username you typed',
      instruction: '',
      parts: [],
      highlight: true,
    };
  };

  const draw = () => {
    if (signal.aborted) return;
    const shown = view ?? hintView();
    if (!shown) return clear();
    // The overlay's code arrives with the background's first answer that
    // has something to show (src/overlay/global.ts); without it, nothing.
    const code = loadedOverlay();
    if (!code) return;
    overlay ??= code.mountOverlay(doc, {
      onDismiss: () => {
        const v = view;
        if (!v) hintDismissed = typedFlags.join();
        clear();
        if (v?.court) void send({ type: 'dismiss', court: v.court, stepId: v.stepId }).catch(() => undefined);
      },
      onStopCourt: () => {
        const v = view;
        clear();
        if (v?.court) void send({ type: 'stop', court: v.court }).catch(() => undefined);
      },
    });
    // The page's warnings, each with its source, beside the target: "the link is permanent".
    const court = shown.court;
    const raised = flags();
    const warnings = raised.flatMap((f) => code.flagWarnings(f, court));
    // A warning that says "do not link it" is never shown beside a ring on
    // Submit: the words and the spotlight would say opposite things.
    const held = current?.screen === 'link-confirm' && raised.includes('shared-firm-account');
    const lit = shown.highlight && !held;
    overlay.update(
      { ...shown, warnings, ...(held ? { title: HELD_TITLE, highlight: false, warningsFirst: true } : {}) },
      lit ? current?.target ?? null : null,
      current?.related ?? [],
    );
  };

  const reportFlags = () => {
    const now = flags().join(',');
    if (now === sentFlags) return;
    sentFlags = now;
    void send({ type: 'flags', flags: flags(), overlayLoaded: !!loadedOverlay() })
      // A warning on a page where the guide showed nothing: the background brought the overlay's code.
      .then(() => draw())
      .catch(() => undefined);
  };

  /**
   * Listens to the username field of a login page, only while the settings
   * need it, only to the user's own typing, and only while it is not a
   * password field.
   */
  const listenToUsername = (field: Element | null) => {
    stopListening?.();
    stopListening = null;
    const needed = settingsRead && (settings.usernameHint || settings.sharedUsernames.length > 0);
    if (!field || !needed || unreadable(field)) return;
    const apply = (next: Flag[]) => {
      if (next.join() === typedFlags.join()) return;
      typedFlags = next;
      draw();
      reportFlags();
    };
    let pending: ReturnType<typeof setTimeout> | undefined;
    const update = (next: Flag[]) => {
      clearTimeout(pending);
      pending = undefined;
      // A legacy username's six characters are also the start of longer
      // ones (ct1234 on the way to ct12345): its warning waits for a pause.
      if (next.includes('legacy-pacer-username') && !typedFlags.includes('legacy-pacer-username')) {
        apply(next.filter((f) => f !== 'legacy-pacer-username'));
        pending = setTimeout(() => apply(next), TYPING_PAUSE_MS);
        return;
      }
      apply(next);
    };
    const stop = () => {
      clearTimeout(pending);
      field.removeEventListener('input', onInput);
      watcher.disconnect();
      if (stopListening === stop) stopListening = null;
    };
    const onInput = (e: Event) => {
      if (!isTrusted(e)) return;
      // Read here, compared, forgotten: never stored, never sent. Null: it
      // became a password field, and is read no more.
      const value = readTextValue(field);
      if (value === null) {
        stop();
        return update([]);
      }
      update(
        usernameFlags(value, credentials, view?.court ?? current?.court ?? null, {
          sharedUsernames: settings.sharedUsernames,
          hint: settings.usernameHint,
        }),
      );
    };
    // Turned into a password field (by attribute or by property, which
    // writes the attribute): no longer listened to, its hint gone.
    const watcher = new MutationObserver(() => {
      if (!unreadable(field)) return;
      stop();
      update([]);
    });
    watcher.observe(field, { attributes: true, attributeFilter: ['type'] });
    field.addEventListener('input', onInput);
    stopListening = stop;
  };

  const onRecognition = (r: Recognition) => {
    current = r;
    pageFlags = r.names ? nameFlags(r.names, settings.sharedAccountNames) : r.flags;
    typedFlags = [];
    sentFlags = flags().join(',');
    listenToUsername(LOGIN_SCREENS.has(r.screen) ? r.target : null);
    const mine = ++asked;
    send({
      type: 'screen',
      screen: r.screen,
      court: r.court,
      targetLabel: r.target ? labelOf(r.target) : null,
      flags: flags(),
      overlayLoaded: !!loadedOverlay(),
    })
      .then((reply) => {
        // A newer recognition may have been sent meanwhile: only its answer counts.
        if (mine !== asked) return;
        const answer = reply as ScreenReply | undefined;
        view = answer?.view ?? null;
        credentials = answer?.credentials;
        draw();
      })
      // The extension was reloaded or updated under the page: stay silent.
      .catch(() => undefined);
  };

  /**
   * New settings apply to the page as it is: flags recomputed here, the
   * overlay redrawn. The screen is not reported again: the background's
   * answer is not idempotent at the end (the last step closes the session).
   */
  const applySettings = (next: Settings) => {
    settings = next;
    settingsRead = true;
    if (!current) return;
    pageFlags = current.names ? nameFlags(current.names, settings.sharedAccountNames) : current.flags;
    listenToUsername(LOGIN_SCREENS.has(current.screen) ? current.target : null);
    draw();
    reportFlags();
  };
  // The settings, the firm's policy merged in by the background: asked
  // once, then again whenever the user's settings or the policy change.
  void askPageSettings().then(applySettings).catch(() => undefined);
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (changesPageSettings(changes, area)) void askPageSettings(true).then(applySettings).catch(() => undefined);
  };
  browser.storage.onChanged.addListener(onStorage);

  signal.addEventListener('abort', () => {
    stopListening?.();
    browser.storage.onChanged.removeListener(onStorage);
    clear();
  });
  // The background heard of new settings (a policy that answered late): ask again.
  const settingsChanged = () => void askPageSettings().then(applySettings).catch(() => undefined);
  return { onRecognition, settingsChanged };
}

/** Messages from the background: look again (a session started or stopped). Nothing is answered. */
export function onBackgroundMessage(handlers: { refresh(): void; settingsChanged(): void }, signal: AbortSignal): void {
  const handler = (msg: unknown) => {
    const type = (msg as ToContent | undefined)?.type;
    if (type === 'refresh') handlers.refresh();
    if (type === 'settings-changed') handlers.settingsChanged();
    return undefined;
  };
  browser.runtime.onMessage.addListener(handler);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(handler));
}
