// Shared facts of CM/ECF pages, used by several screens.
import type { PageContext } from './context';
import { firstShown, textOf } from './dom';

/** "Link a CM/ECF account to my PACER account" (seeds 000 step 8, 001-004). */
export const LINK_ACCOUNT_RE = /\blink\s+(?:a|your)\s+CM\s*\/?\s*ECF\s+account\b/i;
/** "NextGen Release 1.1 Menu Items" (seeds 001, 003, 004). */
export const NEXTGEN_MENU_RE = /\bNext\s*Gen\b.*\bMenu\s+Items\b/i;

/** The shown link to the linking utility, in the page body (not the menu bar). */
export function linkAccountAnchor(ctx: PageContext): Element | null {
  // Gated on the page's first few thousand characters: the menu pages are
  // short, and a 10,000-row docket must not have every anchor read.
  return ctx.once('linkAccountAnchor', () =>
    LINK_ACCOUNT_RE.test(ctx.mainText)
      ? firstShown(ctx.main, 'a[href]', (a) => LINK_ACCOUNT_RE.test(textOf(a)) && !inMenuBar(ctx, a))
      : null,
  );
}

/** The shown link to the "NextGen Release 1.1 Menu Items" page. */
export function nextgenAnchor(ctx: PageContext): Element | null {
  return ctx.once('nextgenAnchor', () =>
    NEXTGEN_MENU_RE.test(ctx.mainText)
      ? firstShown(ctx.main, 'a[href]', (a) => NEXTGEN_MENU_RE.test(textOf(a)) && !inMenuBar(ctx, a))
      : null,
  );
}

function inMenuBar(ctx: PageContext, el: Element): boolean {
  const root = ctx.menuBar?.root;
  return !!root && root !== ctx.doc.body && root.contains(el);
}

/** A shown submit control whose label is `label` (Submit, Continue…), in `root`. */
export function submitButton(root: ParentNode | null, label: RegExp): Element | null {
  return firstShown(root, 'input[type="submit"], input[type="button"], button', (el) => {
    const text = el.tagName === 'INPUT' ? (el as HTMLInputElement).value || el.getAttribute('value') || '' : textOf(el);
    return label.test(text.trim());
  });
}

/** The URL is the Utilities menu page: /cgi-bin/DisplayMenu.pl?Utilities[&id=N]. */
export function isUtilitiesUrl(ctx: PageContext): boolean {
  return /DisplayMenu\.pl$/i.test(ctx.path) && /^Utilities\b/i.test(ctx.query);
}
