// cmecf-linked: a CM/ECF page whose menu bar has Bankruptcy/Adversary or
// Civil/Criminal (seed 000 step 12; 001-004 last step). Done: no action.
// Signals: ecf host + a menu bar with a filing menu (by href) + the page is
// none of the linking screens.
import type { Screen } from '../types';
import { isLinkingPage } from './linking-pages';

export const screen: Screen = {
  id: 'cmecf-linked',
  host: 'ecf',
  matches: (ctx) => !!ctx.menuBar?.filing && !isLinkingPage(ctx),
  target: () => null,
};
