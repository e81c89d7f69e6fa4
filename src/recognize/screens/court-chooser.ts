// court-chooser: "Where would you like to go?" after a PACER login (seed 002
// step 4: "Choose the court … and click Submit"). Next action: the drop-down;
// once a court is chosen, Submit.
// Signals: login host + no login fields shown + a shown court drop-down (the
// loginForm:courtId SelectOneMenu, or a select of E_<PSC> court options) +
// the question, or the drop-down's "-- Select One --".
import type { PageContext } from '../context';
import { firstShown, isShown } from '../dom';
import type { Screen } from '../types';
import { atLeast } from '../types';
import { submitButton } from '../cmecf';

interface Chooser {
  control: Element;
  select: HTMLSelectElement | null;
}

function chooser(ctx: PageContext): Chooser | null {
  return ctx.once('court-chooser', () => {
    const widget = ctx.doc.getElementById('loginForm:courtId');
    if (widget && isShown(widget)) {
      return { control: widget, select: widget.querySelector('select') };
    }
    // A changed id: a PrimeFaces SelectOneMenu or plain select of court codes.
    const select = [...ctx.doc.querySelectorAll('select')].find((s) =>
      [...(s as HTMLSelectElement).options].some((o) => /^[A-Z]_[A-Z]{3,5}(?:BK|DC)$/.test(o.value)),
    ) as HTMLSelectElement | undefined;
    if (!select) return null;
    const control = select.closest('.ui-selectonemenu') ?? select;
    return isShown(control) ? { control, select } : null;
  });
}

function submit(c: Chooser): Element | null {
  const form = c.control.closest('form');
  return submitButton(form, /^Submit$/i) ?? firstShown(form, 'button[type="submit"], input[type="submit"]');
}

function chosen(c: Chooser): boolean {
  const s = c.select;
  return !!s && s.selectedIndex >= 0 && !!s.value && !/select one/i.test(s.options[s.selectedIndex]?.text ?? '');
}

export const screen: Screen = {
  id: 'court-chooser',
  host: 'login',
  matches: (ctx) => {
    const c = chooser(ctx);
    if (!c || ctx.loginFields) return false;
    const text = ctx.shownDialog ? ctx.shownDialogText : ctx.mainText;
    return atLeast(
      1,
      /Where would you like to go\?/i.test(text),
      !!c.select && [...c.select.options].some((o) => /--\s*Select One\s*--/i.test(o.text)),
    );
  },
  target: (ctx) => {
    const c = chooser(ctx);
    if (!c) return null;
    return chosen(c) ? (submit(c) ?? c.control) : c.control;
  },
  related: (ctx) => {
    const c = chooser(ctx);
    return c ? [submit(c)] : [];
  },
};
