// cmecf-unlinked: any CM/ECF page whose menu bar lacks the filing menus
// (seed 000 step 7: "limited menu options … Bankruptcy and Adversary Menus
// are missing"). Next action: Utilities.
// Signals: ecf host + a menu bar (two or more of Query, Reports, Utilities,
// Log Out, by href) + none of Bankruptcy, Adversary, Civil, Criminal + the
// page is none of the linking screens, which are CM/ECF pages too.
import type { Screen } from '../types';
import { isLinkingPage } from './linking-pages';

export const screen: Screen = {
  id: 'cmecf-unlinked',
  host: 'ecf',
  matches: (ctx) => !!ctx.menuBar && !ctx.menuBar.filing && !isLinkingPage(ctx),
  target: (ctx) => ctx.menuBar?.utilities ?? null,
};
