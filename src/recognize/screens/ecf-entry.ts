// ecf-entry: the court's CM/ECF start page, https://ecf.<court>.uscourts.gov/
// (seeds 001-004 step 1). Next action: the "Document Filing System" link.
// Signals: ecf host + start path + no CM/ECF menu bar (nobody is logged in)
// + a link to the filing system, by its wording or its login.pl href.
import type { PageContext } from '../context';
import { firstShown, textOf } from '../dom';
import type { Screen } from '../types';

const START_PATHS = /^\/(?:index\.(?:html?|php|pl))?$/i;

function filingLink(ctx: PageContext): Element | null {
  return ctx.once('ecf-entry.link', () => {
    const byWords = firstShown(ctx.doc, 'a[href]', (a) => /Document\s+Filing\s+System/i.test(textOf(a)));
    return (
      byWords ??
      firstShown(ctx.doc, 'a[href]', (a) => /\/cgi-bin\/login\.pl(?:$|\?(?!logout))/i.test(a.getAttribute('href') ?? ''))
    );
  });
}

export const screen: Screen = {
  id: 'ecf-entry',
  host: 'ecf',
  matches: (ctx) => START_PATHS.test(ctx.path) && !ctx.menuBar && !!filingLink(ctx),
  target: filingLink,
};
