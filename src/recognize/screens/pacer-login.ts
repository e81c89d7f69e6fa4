// pacer-login: the generic PACER login, no court name on it (seed 000 step
// 6; seeds 001-004 step 2: "Log on with your individual upgraded PACER user
// name and password"). Next action: the username field.
// Signals: login host + a plain login page (path, JSF ids or wording; no
// dialog shown over it) + no failure message (that is login-failed) + no court-branded heading.
import { isPlainLoginPage, loginRest } from '../login';
import { isLoginFailed } from './login-failed';
import type { Screen } from '../types';

export const screen: Screen = {
  id: 'pacer-login',
  host: 'login',
  matches: (ctx) => isPlainLoginPage(ctx) && !ctx.brandedCourtName && !isLoginFailed(ctx),
  target: (ctx) => ctx.loginFields?.username ?? null,
  related: loginRest,
};
