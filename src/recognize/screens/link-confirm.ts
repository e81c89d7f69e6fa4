// link-confirm: "Do you want to link these accounts?" with the CM/ECF and the
// PACER account names (seed 000 step 10; 001-003 step 5; 004 step 6). Next
// action: Submit, once the names are checked.
// Signals: ecf host + menu bar + no password field (not the form itself) + a
// shown Submit + either of its sentences.
import type { PageContext } from '../context';
import { firstShown } from '../dom';
import type { Screen } from '../types';
import { submitButton } from '../cmecf';

const WORDING = /Do you want to link these accounts|will be permanently linked to your upgraded PACER account/i;

export function isLinkConfirm(ctx: PageContext): boolean {
  return ctx.once('link-confirm', () =>
    !!ctx.menuBar &&
    WORDING.test(ctx.mainText) &&
    !firstShown(ctx.main, 'input[type="password"]') &&
    !!submitButton(ctx.main, /^Submit$/i),
  );
}

export const screen: Screen = {
  id: 'link-confirm',
  host: 'ecf',
  matches: isLinkConfirm,
  target: (ctx) => submitButton(ctx.main, /^Submit$/i),
  // The two account names, to be checked before Submit (seed 001 step 5).
  related: (ctx) => [namesTable(ctx)],
};

function namesTable(ctx: PageContext): Element | null {
  for (const row of ctx.main?.querySelectorAll('tr') ?? []) {
    if (/^\s*PACER\b/i.test(row.textContent ?? '')) return row.closest('table');
  }
  return null;
}
