// link-pending-error: "ERROR: You have submitted a registration request to
// this court and it is being reviewed. Your account may not be linked using
// this utility." (seed 000 step 10a). No action on the page: the guide
// explains it and gives the court's contact.
// Signals: ecf host + menu bar + either of its two sentences.
import type { PageContext } from '../context';
import type { Screen } from '../types';

export function isLinkPendingError(ctx: PageContext): boolean {
  return ctx.once('link-pending-error', () =>
    !!ctx.menuBar &&
    /submitted a registration request to this court|may not be linked using this utility/i.test(ctx.mainText),
  );
}

export const screen: Screen = {
  id: 'link-pending-error',
  host: 'ecf',
  matches: isLinkPendingError,
  target: () => null,
};
