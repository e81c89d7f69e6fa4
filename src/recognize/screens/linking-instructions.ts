// linking-instructions: the "NextGen CM/ECF E-File Access - Account Linking
// Instructions" dialog (seed 000 step 5). Next action: the link in the first
// item ("Log in to the <court> NextGen CM/ECF system").
// Signals: login host + a shown dialog + any two of: its title, "link your
// existing e-file account", the Utilities path of step 2, a numbered list.
import type { PageContext } from '../context';
import { firstShown } from '../dom';
import type { Screen } from '../types';
import { atLeast } from '../types';

export function isLinkingInstructions(ctx: PageContext): boolean {
  return ctx.once('linking-instructions', () => {
    const dialog = ctx.shownDialog;
    if (!dialog) return false;
    const text = ctx.shownDialogText;
    return atLeast(
      2,
      /Account\s+Linking\s+Instructions/i.test(text),
      /link\s+your\s+existing\s+e-?file\s+account/i.test(text),
      /Utilities\s*>.*Link\s+a\s+CM\s*\/?\s*ECF\s+account/i.test(text),
      !!dialog.querySelector('ol > li a[href]'),
    );
  });
}

function firstItemLink(ctx: PageContext): Element | null {
  const dialog = ctx.shownDialog;
  if (!dialog) return null;
  const item = firstShown(dialog, 'ol > li, ul > li', (li) => !!li.querySelector('a[href]'));
  return firstShown(item ?? dialog, 'a[href]', (a) => !a.closest('.ui-dialog-titlebar'));
}

export const screen: Screen = {
  id: 'linking-instructions',
  host: 'login',
  matches: isLinkingInstructions,
  target: firstItemLink,
};
