// login-failed: the PACER login application refused the login: "Invalid
// username or password", "Your PACER account has been disabled" (juriscraper
// http.py ≤2021 and commit 159bd126b), "Invalid username, password, or
// one-time passcode" (API wording, 2025, uncertain), the 2025 "PACER Account
// Disabled" prompt (research/errors-and-stuck-moments.md, "Login-stage
// messages"; research/login-app-dom-facts.md, "Messages container"). Next
// action: the username field again (none when the message is a dialog).
// Signals: login host + one of the known failure messages in a shown error
// message of the login application (`loginForm:pclLoginMessages`,
// `.ui-messages-error`…) or in a shown dialog; and not the passcode step,
// which shows its own refusals. The page's standing cookie notice ("…
// experiencing problems with the login…") is no failure.
import type { PageContext } from '../context';
import { isShown, visibleText } from '../dom';
import type { Screen } from '../types';
import { isMfaCode } from './mfa-code';
import { isMfaEnroll } from './mfa-enroll';
import { isPasswordUpdate } from './password-update';

/** The login application's own failure wordings (exact strings from research/errors-and-stuck-moments.md), and close variants. */
export const LOGIN_FAILURE =
  /Invalid\s+user\s?name,?\s+(?:or\s+)?password|Invalid\s+user\s?name,\s+password,?\s+or\s+one[-\s]?time\s+pass\s?code|account\s+(?:has\s+been\s+|is\s+|was\s+)?(?:disabled|locked)|PACER\s+Account\s+(?:Disabled|Locked)|User\s?name\s+must\s+be\s+at\s+least\s+\d+\s+characters|Password\s+must\s+be\s+at\s+least\s+\d+\s+characters|\btimeout\s+error\b/i;

const MESSAGES =
  '[id$=":pclLoginMessages"], [id$="loginErrorMessages"], .ui-messages-error, .ui-message-error, .ui-messages-error-detail, .ui-messages-error-summary, .ui-growl-message-error, .usa-alert--error';

/** The shown message (or dialog) that says the login failed. */
export function failureMessage(ctx: PageContext): Element | null {
  return ctx.once('login-failed.message', () => {
    // A dialog: the "PACER Account Disabled" prompt, not the update prompts
    // that warn the account will be disabled after three skips.
    if (ctx.shownDialog) {
      const failed = LOGIN_FAILURE.test(ctx.shownDialogText) && !isMfaEnroll(ctx) && !isPasswordUpdate(ctx);
      return failed ? ctx.shownDialog : null;
    }
    for (const el of ctx.doc.querySelectorAll(MESSAGES)) {
      // A messages container holds info and warnings too: only its errors count.
      const errors = el.matches('[id$=":pclLoginMessages"], [id$="loginErrorMessages"]')
        ? [...el.querySelectorAll('.ui-messages-error, .ui-message-error, [class*="error"]')]
        : [el];
      for (const e of errors) if (isShown(e) && LOGIN_FAILURE.test(visibleText(e, 600))) return e;
    }
    return null;
  });
}

export function isLoginFailed(ctx: PageContext): boolean {
  return ctx.once('login-failed', () => ctx.hostKind === 'login' && !!failureMessage(ctx) && !isMfaCode(ctx));
}

export const screen: Screen = {
  id: 'login-failed',
  host: 'login',
  matches: isLoginFailed,
  // Type them again; under a dialog, nothing to point at until it is closed.
  target: (ctx) => (ctx.shownDialog ? null : (ctx.loginFields?.username ?? null)),
  related: (ctx) => [failureMessage(ctx), ctx.loginFields?.password],
};
