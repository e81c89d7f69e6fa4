// mfa-code: the one-time passcode step of a PACER login (multifactor
// authentication, required of every CM/ECF filer since the end of 2025:
// research/login-changes-2024-2026.md). Next action: the passcode field,
// pointed at only; its value is NEVER read (like a password field's).
// Signals: login host + a shown passcode field (the login application's
// `mfaForm:mfaInput`, or a field marked autocomplete="one-time-code") + any
// one of: its OK button `mfaForm:btnOk`, the form `mfaForm`, wording about a
// one-time passcode or an authentication app. Exact headings and labels of
// the real page are unknown (no public copy): ids from johnzfitch/indepacer
// src/pacer_cli/downloader.py (research/login-app-dom-facts.md, "MFA step").
import type { PageContext } from '../context';
import { firstShown, isShown, visibleText } from '../dom';
import type { Screen } from '../types';
import { atLeast } from '../types';

const WORDING = /one[-\s]?time\s+pass\s?code|authentication\s+app|authenticator|backup\s+code|multi-?factor|\bMFA\b|verification\s+code/i;

/** The passcode field: located, never read. Exported so the never-read rule can name it. */
export const PASSCODE_FIELD_SELECTOR = '[id="mfaForm:mfaInput"], input[name="mfaForm:mfaInput"], input[autocomplete="one-time-code"]';

export function passcodeField(ctx: PageContext): Element | null {
  return ctx.once('mfa.input', () => firstShown(ctx.doc, PASSCODE_FIELD_SELECTOR, (el) => el.tagName === 'INPUT'));
}

function okButton(ctx: PageContext, input: Element): Element | null {
  const byId = ctx.doc.getElementById('mfaForm:btnOk');
  if (isShown(byId)) return byId;
  return firstShown(input.closest('form'), 'button[type="submit"], input[type="submit"], button:not([type])');
}

export function isMfaCode(ctx: PageContext): boolean {
  return ctx.once('mfa-code', () => {
    const input = passcodeField(ctx);
    if (!input) return false;
    const form = input.closest('form');
    const around = input.closest('.ui-dialog, [role="dialog"]') ?? form?.parentElement ?? form;
    return atLeast(
      1,
      isShown(ctx.doc.getElementById('mfaForm:btnOk')),
      form?.getAttribute('id') === 'mfaForm',
      WORDING.test(visibleText(around, 1500)),
    );
  });
}

export const screen: Screen = {
  id: 'mfa-code',
  host: 'login',
  matches: isMfaCode,
  target: passcodeField,
  related: (ctx) => {
    const input = passcodeField(ctx);
    return input ? [okButton(ctx, input)] : [];
  },
};
