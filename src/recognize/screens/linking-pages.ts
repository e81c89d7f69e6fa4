// The CM/ECF pages of the linking utility itself. The two menu-bar screens
// (cmecf-unlinked, cmecf-linked) yield to them: those pages have a menu bar
// too, but they are a more precise answer.
import type { PageContext } from '../context';
import { isLinkConfirm } from './link-confirm';
import { isLinkForm } from './link-form';
import { isLinkPendingError } from './link-pending-error';
import { isLinkSuccess } from './link-success';
import { isNextgenMenu } from './nextgen-menu';
import { isUtilitiesMenu } from './utilities-menu';

export function isLinkingPage(ctx: PageContext): boolean {
  return (
    isUtilitiesMenu(ctx) ||
    isNextgenMenu(ctx) ||
    isLinkForm(ctx) ||
    isLinkConfirm(ctx) ||
    isLinkPendingError(ctx) ||
    isLinkSuccess(ctx)
  );
}
