import type { HostKind, PageContext } from './context';

/** The project's vocabulary: the screen ids of shared/SCREENS.md, in flow order. */
export const SCREEN_IDS = [
  'court-website',
  'ecf-entry',
  'court-login',
  'upgrade-choice',
  'linking-instructions',
  'pacer-login',
  'login-failed',
  'password-update',
  'mfa-enroll',
  'mfa-code',
  'redaction-ack',
  'court-chooser',
  'cmecf-unlinked',
  'utilities-menu',
  'nextgen-menu',
  'link-form',
  'link-confirm',
  'link-pending-error',
  'link-success',
  'cmecf-linked',
  'unknown',
] as const;

export type ScreenId = (typeof SCREEN_IDS)[number];

export interface Screen {
  id: Exclude<ScreenId, 'unknown'>;
  /** The only kind of host the screen is served on; checked before anything else. */
  host: HostKind;
  /** Whether the page is this screen. Must be false on every other screen's fixtures. */
  matches(ctx: PageContext): boolean;
  /** The next action on the page, or null where the screen has none. Shown, attached. */
  target(ctx: PageContext): Element | null;
  /**
   * The rest of the action ("the checkbox, then Continue"; the names to check
   * before Submit): what the guide's tooltip must not cover.
   */
  related?(ctx: PageContext): Array<Element | null | undefined>;
}

/** At least `n` of the signals hold: one changed label or missing id does not break a screen. */
export function atLeast(n: number, ...signals: boolean[]): boolean {
  let count = 0;
  for (const s of signals) if (s && ++count >= n) return true;
  return false;
}
