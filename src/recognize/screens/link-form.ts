// link-form: "Link a CM/ECF account to my PACER account" with the "CM/ECF
// login" and "CM/ECF password" fields (seed 000 step 9; 001-004 step 4/5).
// Next action: the CM/ECF login field, then Submit.
// Signals: ecf host + menu bar + a shown password field and text field in
// the page body + any of its wording (field labels, heading, explanation).
import type { PageContext } from '../context';
import { firstShown } from '../dom';
import type { Screen } from '../types';
import { submitButton } from '../cmecf';

const WORDING =
  /CM\s*\/?\s*ECF\s+(?:login|password)\b|This utility links your PACER account|link\s+a\s+CM\s*\/?\s*ECF\s+account/i;

function fields(ctx: PageContext): { login: Element; password: Element } | null {
  return ctx.once('link-form.fields', () => {
    const password = firstShown(ctx.main, 'input[type="password"]');
    if (!password) return null;
    const form = password.closest('form') ?? ctx.main;
    const login = firstShown(form, 'input[type="text"], input:not([type])', (el) =>
      !!(el.compareDocumentPosition(password) & 4 /* password FOLLOWS it */),
    );
    return login ? { login, password } : null;
  });
}

export function isLinkForm(ctx: PageContext): boolean {
  return ctx.once('link-form', () => !!ctx.menuBar && !!fields(ctx) && WORDING.test(ctx.mainText));
}

export const screen: Screen = {
  id: 'link-form',
  host: 'ecf',
  matches: isLinkForm,
  target: (ctx) => fields(ctx)?.login ?? null,
  // Then the password, then Submit.
  related: (ctx) => {
    const f = fields(ctx);
    return f ? [f.password, submitButton(f.password.closest('form') ?? ctx.main, /^Submit$/i)] : [];
  },
};
