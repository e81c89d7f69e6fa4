// What kind of element the spotlight is on, from the recognised screen and
// the target's label (src/recognize: `labelOf(target)`). A step's words
// declare which kinds they describe (schema.ts `describes`); the guide picks
// the words by the actual kind, so the title and instruction are always
// about the element that is lit (issue 12, item 3).
import type { ScreenId } from '../recognize/types';

export const TARGET_KINDS = [
  /** Nothing pointed at: the words are about the screen as a whole. */
  'none',
  /** The court website's "E-Filing (CM/ECF)" link (seed 000 step 2). */
  'e-filing-link',
  /** The court website's link to CM/ECF under another name ("CM/ECF"). */
  'ecf-link',
  'document-filing-system',
  /** A login page's username field. */
  'username',
  /** The upgrade dialog's top option: "I have an upgraded PACER account". */
  'upgraded-option',
  /** The linking-instructions dialog's first item: the court's name, a link to its login. */
  'instructions-court-link',
  'redaction-checkbox',
  'court-select',
  'utilities',
  'link-account',
  'nextgen-menu-items',
  /** The link form's "CM/ECF login" field. */
  'cmecf-login',
  'submit',
] as const;

export type TargetKind = (typeof TARGET_KINDS)[number];

const LINK_ACCOUNT = /\blink\s+(?:a|your)\s+CM\s*\/?\s*ECF\s+account\b/i;
const NEXTGEN = /\bNext\s*Gen\b.*\bMenu\s+Items\b/i;

/**
 * The kind of the recognised target, or null for a label no wording can be
 * about (an element the guides never name): then nothing is lit.
 */
export function targetKind(screen: ScreenId, label: string | null): TargetKind | null {
  if (label === null) return 'none';
  const l = label.trim();
  switch (screen) {
    case 'court-website':
      return /^E-?\s*Filing\s*\(\s*CM\s*\/\s*ECF\s*\)$/i.test(l) ? 'e-filing-link' : /CM\s*\/?\s*ECF/i.test(l) ? 'ecf-link' : null;
    case 'ecf-entry':
      return /Document\s+Filing\s+System/i.test(l) ? 'document-filing-system' : null;
    case 'court-login':
    case 'pacer-login':
      return /user\s*name/i.test(l) ? 'username' : null;
    case 'upgrade-choice':
      return /\bupgraded\b/i.test(l) && !/\b(?:no|not|don'?t|need|create)\b/i.test(l) ? 'upgraded-option' : null;
    case 'linking-instructions':
      // The first item's link names the court ("Connecticut Bankruptcy Court"): the words say "the link in the first option".
      return 'instructions-court-link';
    case 'redaction-ack':
      return /\bredaction\b|\bI understand\b/i.test(l) ? 'redaction-checkbox' : null;
    case 'court-chooser':
      return /Where would you like to go/i.test(l) ? 'court-select' : null;
    case 'cmecf-unlinked':
      return /^Utilities$/i.test(l) ? 'utilities' : null;
    case 'utilities-menu':
    case 'nextgen-menu':
      return LINK_ACCOUNT.test(l) ? 'link-account' : NEXTGEN.test(l) ? 'nextgen-menu-items' : null;
    case 'link-form':
      return /CM\s*\/?\s*ECF\s+login/i.test(l) ? 'cmecf-login' : null;
    case 'link-confirm':
      return /^Submit$/i.test(l) ? 'submit' : null;
    default:
      return null;
  }
}
