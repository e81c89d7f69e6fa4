// court-login: the PACER login application branded with the court's name,
// "Connecticut Bankruptcy Court Login" (seed 000 step 3: there the court
// wants the CM/ECF username and password). Next action: the username field.
// Signals: login host + a plain login page (path, JSF ids or wording; no
// dialog shown over it) + no failure message (that is login-failed) + the court-branded heading.
import { isPlainLoginPage, loginRest } from '../login';
import { isLoginFailed } from './login-failed';
import type { Screen } from '../types';

export const screen: Screen = {
  id: 'court-login',
  host: 'login',
  matches: (ctx) => isPlainLoginPage(ctx) && !!ctx.brandedCourtName && !isLoginFailed(ctx),
  target: (ctx) => ctx.loginFields?.username ?? null,
  related: loginRest,
};
