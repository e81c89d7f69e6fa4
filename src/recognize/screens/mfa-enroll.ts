// mfa-enroll: the prompt to enrol in multifactor authentication shown on
// login (research/login-changes-2024-2026.md: "You will receive a pop-up
// notification of the requirement to enroll in MFA when you log in to
// PACER"; three skips, then "User Update Required" without the Skip button).
// No action is pointed at: enrolling or skipping is the user's choice, and
// the extension never clicks.
// Signals: login host + a shown dialog (the login application's
// `userUpdateDlg`, or any) speaking of multifactor authentication and of
// enrolling (or "User Update Required"); without password fields (that is
// the password update) and without a passcode field (the passcode step).
// Ids `userUpdateDlg`, `frmUserUpdate:bpmSkip` from public login scripts
// (research/login-app-dom-facts.md); the prompt's wording is not public.
import type { PageContext } from '../context';
import { firstShown, isShown, visibleText } from '../dom';
import type { Screen } from '../types';
import { isMfaCode } from './mfa-code';

const MFA = /multi-?factor\s+authentication|\bMFA\b/i;
const ENROL = /\benrol{1,2}(?:ment|ed|ing)?\b|User\s+Update\s+Required|set\s+up\s+(?:MFA|multi-?factor)/i;

/** The user-update dialog shown now: the login application's own, else the dialog shown. */
export function userUpdateDialog(ctx: PageContext): Element | null {
  return ctx.once('user-update.dialog', () => {
    const own = ctx.doc.getElementById('userUpdateDlg');
    return isShown(own) ? own : ctx.shownDialog;
  });
}

/** Its visible text. */
export function userUpdateText(ctx: PageContext): string {
  return ctx.once('user-update.text', () => {
    const dialog = userUpdateDialog(ctx);
    return dialog === ctx.shownDialog ? ctx.shownDialogText : visibleText(dialog, 4000);
  });
}

export function hasPasswordFields(dialog: Element | null): boolean {
  return !!firstShown(dialog, 'input[type="password"]');
}

export function isMfaEnroll(ctx: PageContext): boolean {
  return ctx.once('mfa-enroll', () => {
    const dialog = userUpdateDialog(ctx);
    if (!dialog || hasPasswordFields(dialog) || isMfaCode(ctx)) return false;
    const text = userUpdateText(ctx);
    return MFA.test(text) && ENROL.test(text);
  });
}

export const screen: Screen = {
  id: 'mfa-enroll',
  host: 'login',
  matches: isMfaEnroll,
  target: () => null,
};
