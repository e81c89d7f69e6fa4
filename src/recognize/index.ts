// Recognises the screens of the CM/ECF <-> PACER account-linking flow.
//
//   www.<court>.uscourts.gov          ecf.<court>.uscourts.gov
//   court-website ──E-Filing──┐       ecf-entry ──Document Filing System──┐
//                             ▼                                           ▼
//   pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=…&appurl=…
//     court-login (CM/ECF credentials; ctb) ─► upgrade-choice ─► linking-instructions ─┐
//     pacer-login (PACER credentials) ◄──────────────────────────────────────────────┘
//       ├─► login-failed (refused: type again; cookies; forgot username/password)
//       ├─► password-update ─► mfa-enroll ─► mfa-code   (2025+: prompts and the passcode;
//       │                                                 each may or may not appear)
//       └─► redaction-ack ─► court-chooser (gasb)
//                             │
//   ecf.<court>.uscourts.gov  ▼
//     cmecf-unlinked ─Utilities─► utilities-menu ─┬────────────────────────────► link-form
//                                                 └─NextGen Release 1.1─► nextgen-menu ─┘
//     link-form ─► link-confirm ─► link-success ─F5─► cmecf-linked
//                 └─► link-pending-error (a registration request is pending)
//
// Pure over (document, url): the same code runs in jsdom for tests and the
// command line, and in the content script on the real page. Each screen is a
// small module in ./screens combining several signals; every fixture must
// match exactly one of them (test/recognize.test.ts). Where more than one
// should ever match a page nobody has seen yet, the more specific screen,
// earlier in SCREENS below, wins.
import { PageContext } from './context';
import { isShown, labelOf, selectorFor } from './dom';
import type { Screen, ScreenId } from './types';
import { screen as courtWebsite } from './screens/court-website';
import { screen as ecfEntry } from './screens/ecf-entry';
import { screen as courtLogin } from './screens/court-login';
import { screen as upgradeChoice } from './screens/upgrade-choice';
import { screen as linkingInstructions } from './screens/linking-instructions';
import { screen as pacerLogin } from './screens/pacer-login';
import { screen as loginFailed } from './screens/login-failed';
import { screen as passwordUpdate } from './screens/password-update';
import { screen as mfaEnroll } from './screens/mfa-enroll';
import { screen as mfaCode } from './screens/mfa-code';
import { screen as redactionAck } from './screens/redaction-ack';
import { screen as courtChooser } from './screens/court-chooser';
import { screen as cmecfUnlinked } from './screens/cmecf-unlinked';
import { screen as utilitiesMenu } from './screens/utilities-menu';
import { screen as nextgenMenu } from './screens/nextgen-menu';
import { screen as linkForm } from './screens/link-form';
import { screen as linkConfirm } from './screens/link-confirm';
import { screen as linkPendingError } from './screens/link-pending-error';
import { screen as linkSuccess } from './screens/link-success';
import { screen as cmecfLinked } from './screens/cmecf-linked';
import { UNKNOWN } from './screens/unknown';
import { accountNames, confirmationFlags } from './flags';
import type { Recognition, RecognitionJson } from './recognition';

export type { ScreenId } from './types';
export { SCREEN_IDS } from './types';
export type { Recognition, RecognitionJson } from './recognition';

/** In order of precedence: dialogs before the page under them, linking pages before the menu bar. */
export const SCREENS: readonly Screen[] = [
  mfaCode,
  passwordUpdate,
  mfaEnroll,
  loginFailed,
  redactionAck,
  courtChooser,
  linkingInstructions,
  upgradeChoice,
  courtLogin,
  pacerLogin,
  linkPendingError,
  linkSuccess,
  linkConfirm,
  linkForm,
  nextgenMenu,
  utilitiesMenu,
  cmecfLinked,
  cmecfUnlinked,
  ecfEntry,
  courtWebsite,
];

function courtOf(ctx: PageContext): string | null {
  return ctx.hostKind === 'login' ? ctx.loginCourt : ctx.hostCourt;
}

/** Every screen whose predicate holds (the cross-matrix test wants exactly one). */
export function matchingScreens(doc: Document, url: string | URL): ScreenId[] {
  const ctx = new PageContext(doc, url);
  return SCREENS.filter((s) => s.host === ctx.hostKind && s.matches(ctx)).map((s) => s.id);
}

/**
 * Which screen of the flow this page is, for which court, and what to do
 * next. Never throws: a page that breaks a predicate is `unknown`.
 */
export function recognize(doc: Document, url: string | URL): Recognition {
  try {
    const ctx = new PageContext(doc, url);
    if (ctx.hostKind === 'other') return UNKNOWN;
    for (const s of SCREENS) {
      if (s.host !== ctx.hostKind || !s.matches(ctx)) continue;
      const target = s.target(ctx);
      const related = (s.related?.(ctx) ?? []).filter((el): el is Element => isShown(el) && el !== target);
      const names = s.id === 'link-confirm' ? accountNames(ctx) : null;
      return { screen: s.id, court: courtOf(ctx), target, related, names, flags: s.id === 'link-confirm' ? confirmationFlags(names) : [] };
    }
  } catch {
    // A page that changed shape must not break the court's page: say unknown.
  }
  return UNKNOWN;
}

export function toJson(r: Recognition): RecognitionJson {
  return {
    screen: r.screen,
    court: r.court,
    target: r.target ? { selector: selectorFor(r.target), label: labelOf(r.target) } : null,
    flags: r.flags,
  };
}
