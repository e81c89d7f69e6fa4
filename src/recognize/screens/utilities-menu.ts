// utilities-menu: the Utilities page (seed 000 step 8, seeds 001-003 step 3,
// 004 step 3). Next action: "Link a CM/ECF account to my PACER account";
// where the court keeps it on the NextGen Release 1.1 page instead (seeds
// 001, 003, 004), the "NextGen Release 1.1 Menu Items" link.
// Signals: ecf host + menu bar + a shown link to either, in the page body +
// the Utilities URL, or the page's "Your Account" section with the NextGen link.
import { isUtilitiesUrl, linkAccountAnchor, nextgenAnchor } from '../cmecf';
import type { PageContext } from '../context';
import type { Screen } from '../types';

export function isUtilitiesMenu(ctx: PageContext): boolean {
  return ctx.once('utilities-menu', () => {
    if (!ctx.menuBar) return false;
    const link = linkAccountAnchor(ctx);
    const ng = nextgenAnchor(ctx);
    if (!link && !ng) return false;
    return isUtilitiesUrl(ctx) || (!!ng && /\bYour Account\b/i.test(ctx.mainText));
  });
}

export const screen: Screen = {
  id: 'utilities-menu',
  host: 'ecf',
  matches: isUtilitiesMenu,
  target: (ctx) => linkAccountAnchor(ctx) ?? nextgenAnchor(ctx),
};
