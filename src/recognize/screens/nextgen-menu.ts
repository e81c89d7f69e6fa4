// nextgen-menu: the "NextGen Release 1.1 Menu Items" page (seed 004 step 4;
// the branch of seeds 001 and 003). Next action: "Link a CM/ECF account to
// my PACER account".
// Signals: ecf host + menu bar + the link, in the page body + the page
// names itself NextGen (in its text, not as a link to itself) + it is not
// the Utilities page.
import { isUtilitiesUrl, linkAccountAnchor, nextgenAnchor, NEXTGEN_MENU_RE } from '../cmecf';
import type { PageContext } from '../context';
import type { Screen } from '../types';

export function isNextgenMenu(ctx: PageContext): boolean {
  return ctx.once('nextgen-menu', () => {
    if (!ctx.menuBar || !linkAccountAnchor(ctx) || nextgenAnchor(ctx) || isUtilitiesUrl(ctx)) return false;
    return NEXTGEN_MENU_RE.test(ctx.mainText) || /NextGen/i.test(ctx.query);
  });
}

export const screen: Screen = {
  id: 'nextgen-menu',
  host: 'ecf',
  matches: isNextgenMenu,
  target: linkAccountAnchor,
};
