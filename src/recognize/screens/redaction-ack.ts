// redaction-ack: the Redaction Agreement shown after a PACER login (seed 002
// step 3: "Check the box … Click Continue"). Next action: the checkbox; once
// it is ticked, Continue.
// Signals: login host + the redaction container shown (regmsg ids, or a
// shown dialog that speaks of redaction) + any two of: its ids, a checkbox,
// the notice's wording.
import type { PageContext } from '../context';
import { firstShown, isShown } from '../dom';
import type { Screen } from '../types';
import { atLeast } from '../types';
import { submitButton } from '../cmecf';

const WORDING = /comply with the redaction rules|Redaction Agreement|NOTICE OF REDACTION RESPONSIBILITY/i;

function container(ctx: PageContext): Element | null {
  return ctx.once('redaction.container', () => {
    const byId =
      ctx.doc.getElementById('regmsg:redactionConfirmation') ??
      ctx.doc.getElementById('redactionConfirmation') ??
      ctx.doc.getElementById('regmsg');
    const candidate = byId ? (byId.closest('.ui-dialog, [role="dialog"]') ?? byId) : ctx.shownDialog;
    return isShown(candidate) ? candidate : null;
  });
}

function checkbox(ctx: PageContext): { box: Element; checked: boolean } | null {
  const root = container(ctx);
  if (!root) return null;
  const widget = root.querySelector('[id="regmsg:chkRedact"]') ?? root.querySelector('.ui-chkbox');
  if (widget) {
    const box = widget.querySelector('.ui-chkbox-box') ?? widget;
    const input = widget.querySelector('input[type="checkbox"]') as HTMLInputElement | null;
    const checked = !!input?.checked || /\bui-state-active\b/.test(box.getAttribute('class') ?? '');
    return isShown(box) ? { box, checked } : null;
  }
  const plain = firstShown(root, 'input[type="checkbox"]') as HTMLInputElement | null;
  return plain ? { box: plain, checked: plain.checked } : null;
}

function continueButton(ctx: PageContext): Element | null {
  const byId = ctx.doc.getElementById('regmsg:bpmConfirm');
  return (isShown(byId) ? byId : null) ?? submitButton(container(ctx), /^Continue$/i);
}

export const screen: Screen = {
  id: 'redaction-ack',
  host: 'login',
  matches: (ctx) => {
    const root = container(ctx);
    if (!root) return false;
    return atLeast(
      2,
      !!root.querySelector('[id="regmsg:chkRedact"], [id="regmsg:bpmConfirm"]'),
      !!checkbox(ctx),
      WORDING.test(ctx.shownDialogText || root.textContent || ''),
    );
  },
  // Then Continue; and the sentence the checkbox agrees to.
  related: (ctx) => {
    const root = container(ctx);
    const input = root?.querySelector('input[type="checkbox"]');
    const id = input?.getAttribute('id');
    const label = id ? [...ctx.doc.querySelectorAll('label[for]')].find((l) => l.getAttribute('for') === id) : null;
    return [continueButton(ctx), label ?? root?.querySelector('.ui-chkbox-label')];
  },
  target: (ctx) => {
    const box = checkbox(ctx);
    if (box && !box.checked) return box.box;
    return continueButton(ctx) ?? box?.box ?? null;
  },
};
