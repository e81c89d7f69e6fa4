// Shared facts of the PACER login application's pages.
import type { PageContext } from './context';
import { submitButton } from './cmecf';

/** Path of the JSF login application: /csologin/login.jsf (or .xhtml). */
export function isLoginPath(ctx: PageContext): boolean {
  return /\/csologin\//i.test(ctx.path) || /\/login\.(?:jsf|xhtml)$/i.test(ctx.path);
}

/** Then the password, then Login: keep them in sight. */
export function loginRest(ctx: PageContext): Array<Element | null | undefined> {
  const password = ctx.loginFields?.password;
  const form = password?.closest('form') ?? null;
  return [password, ctx.doc.getElementById('loginForm:fbtnLogin') ?? submitButton(form, /^(?:Log\s*in|Login|Sign in)$/i)];
}

/**
 * A login page with no dialog over it, showing username and password
 * fields, and recognisably PACER's: by path, by the JSF ids, or by its
 * wording (any one of them may change without breaking recognition).
 */
export function isPlainLoginPage(ctx: PageContext): boolean {
  if (ctx.hostKind !== 'login' || ctx.shownDialog || !ctx.loginFields) return false;
  const ids = !!ctx.doc.getElementById('loginForm:loginName') || !!ctx.doc.getElementById('loginForm');
  return isLoginPath(ctx) || ids || /Required Information|Forgot (?:your )?password/i.test(ctx.mainText);
}
