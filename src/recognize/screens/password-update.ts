// password-update: the prompt to update the PACER password on login
// (research/login-changes-2024-2026.md: from 2025 "Be 14-45 characters in
// length. / Contain at least one lowercase letter, one uppercase letter, and
// one special character…", "Passwords must also be updated every 180 days",
// "can skip the process three times before their account is disabled").
// No action is pointed at: updating now or skipping is the user's choice;
// the new password fields are never read.
// Signals: login host + a shown dialog (`userUpdateDlg`, or any) that asks
// for a password update; with password fields in it, or without wording
// about enrolling in multifactor authentication (that is mfa-enroll); not
// the passcode step. The prompt's wording and field ids are not public.
import type { PageContext } from '../context';
import type { Screen } from '../types';
import { isMfaCode } from './mfa-code';
import { hasPasswordFields, isMfaEnroll, userUpdateDialog, userUpdateText } from './mfa-enroll';

const UPDATE =
  /(?:update|change|reset)\s+(?:your\s+)?(?:PACER\s+)?password|password\s+(?:update|change|reset)|password\s+(?:has\s+)?expired|password\s+must\s+be\s+updated|new\s+password|password\s+requirements/i;

export function isPasswordUpdate(ctx: PageContext): boolean {
  return ctx.once('password-update', () => {
    const dialog = userUpdateDialog(ctx);
    if (!dialog || isMfaCode(ctx) || !UPDATE.test(userUpdateText(ctx))) return false;
    return hasPasswordFields(dialog) || !isMfaEnroll(ctx);
  });
}

export const screen: Screen = {
  id: 'password-update',
  host: 'login',
  matches: isPasswordUpdate,
  target: () => null,
};
