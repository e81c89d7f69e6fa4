// upgrade-choice: the dialog asking whether the user has an upgraded PACER
// account (seed 000 step 4: "if you have an upgraded PACER account, select
// the top option, otherwise create/upgrade one"). Next action: the top option.
// Signals: login host + a shown dialog + its wording about an upgraded PACER
// account + at least two options to choose from; and it is not the linking
// instructions, which speak of upgraded accounts too.
import type { PageContext } from '../context';
import { isShown } from '../dom';
import type { Screen } from '../types';
import { isLinkingInstructions } from './linking-instructions';

const OPTION = 'input[type="radio"], .ui-radiobutton-box, [role="radio"], a[href], button, input[type="submit"], input[type="button"]';

function options(ctx: PageContext): Element[] {
  return ctx.once('upgrade-choice.options', () => {
    const dialog = ctx.shownDialog;
    if (!dialog) return [];
    const content = dialog.querySelector('.ui-dialog-content') ?? dialog;
    return [...content.querySelectorAll(OPTION)].filter(
      (el) =>
        isShown(el) &&
        !el.closest('.ui-dialog-titlebar, .ui-dialog-footer, .ui-dialog-buttonpane') &&
        // a PrimeFaces radio box stands for its hidden input: count it once
        !(el.tagName === 'INPUT' && el.closest('.ui-radiobutton')),
    );
  });
}

export const screen: Screen = {
  id: 'upgrade-choice',
  host: 'login',
  matches: (ctx) =>
    !!ctx.shownDialog &&
    /\bupgraded\s+(?:individual\s+)?PACER\s+account/i.test(ctx.shownDialogText) &&
    !isLinkingInstructions(ctx) &&
    options(ctx).length >= 2,
  target: (ctx) => options(ctx)[0] ?? null,
};
