// link-success: "You have successfully linked…" (seed 000 step 11; 001-003
// step 6; 004 step 7). No element to act on: the guide says to press F5.
// Signals: ecf host + menu bar + the success sentence + no form to fill.
import type { PageContext } from '../context';
import { firstShown } from '../dom';
import type { Screen } from '../types';

export function isLinkSuccess(ctx: PageContext): boolean {
  return ctx.once('link-success', () =>
    !!ctx.menuBar &&
    /\bsuccessfully\s+linked\b/i.test(ctx.mainText) &&
    !firstShown(ctx.main, 'input[type="password"]'),
  );
}

export const screen: Screen = {
  id: 'link-success',
  host: 'ecf',
  matches: isLinkSuccess,
  target: () => null,
};
