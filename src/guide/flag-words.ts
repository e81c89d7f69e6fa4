// What each flag of src/recognize/flags.ts says, and where each sentence
// comes from: a court guide's step, quoted exactly (test/flags.test.ts and
// test/sources.test.ts find it there), or the extension's general advice,
// with what it rests on. Not part of the content script every court page
// carries: the overlay's code (injected only when there is something to
// show, entrypoints/guide-overlay.ts) and the popup bring it.
import type { Flag } from '../messages';
import type { CourtSource, SourcedText } from '../profiles/source';

/** PACER's own page on upgrading a legacy account (pacer.uscourts.gov FAQ). */
export const PACER_UPGRADE_URL = 'https://pacer.uscourts.gov/help/faqs/my-pacer-account-not-upgraded-how-do-i-upgrade-my-account';

/** The seed guide of each court whose guide the project has. */
export const GUIDES: Readonly<Record<string, string>> = {
  ctb: 'seeds/000_8417814b27c57c2d.txt',
  nynb: 'seeds/001_f902dcb81db63d71.txt',
  gasb: 'seeds/002_a12ec3b2683f1a9c.txt',
  mnd: 'seeds/003_8b9cbf23404c77c4.txt',
  cacb: 'seeds/004_767184fd7d35427f.txt',
};

const court = (c: string, step: string, text: string): SourcedText => ({
  text,
  source: { kind: 'court', court: c, guide: GUIDES[c]!, step } satisfies CourtSource,
});
const general = (basis: string, text: string): SourcedText => ({ text, source: { kind: 'general', basis } });

/** The court's words (exact, test-checked against its guide) on each flag, by court. */
const COURT_WORDS: Readonly<Record<string, Partial<Record<Flag, readonly SourcedText[]>>>> = {
  ctb: {
    'name-mismatch': [court('ctb', '10', "Review the CM/ECF and PACER accounts you're about to link together.")],
    'names-unreadable': [court('ctb', '10', "Review the CM/ECF and PACER accounts you're about to link together.")],
    'cmecf-username-on-pacer-login': [
      court('ctb', 'introduction', 'CM/ECF Attorney Filer account usernames are normally “ct#####” (normally your federal bar ID)'),
      court('ctb', 'introduction', 'CM/ECF Limiter User account usernames are normally “user#####”'),
      court('ctb', 'introduction', 'CM/ECF Pro Hac Vice account usernames are either “aty#####” or “phv#####”'),
    ],
    'pacer-username-on-cmecf-login': [
      court('ctb', 'introduction', 'Upgraded PACER usernames are usually 7 digits long.'),
      court('ctb', '3', 'Use your CM/ECF Username and Password here.'),
    ],
  },
  ...Object.fromEntries(
    // gasb's guide numbers its confirmation step 7 and words it without "account" twice.
    ([
      ['nynb', '5', 'Verify that the CM/ECF account and PACER account listed are accurate.'],
      ['gasb', '7', 'Verify that the CM/ECF and PACER accounts listed are accurate.'],
      ['mnd', '5', 'Verify that the CM/ECF account and PACER account listed are accurate.'],
    ] as const).map(([c, step, verify]) => [
      c,
      {
        'shared-firm-account': [court(c, '2', 'Do not log on using a shared firm PACER account.')],
        'name-mismatch': [court(c, step, verify)],
        'names-unreadable': [court(c, step, verify)],
        'legacy-pacer-username': [court(c, 'introduction', 'If your account was created prior to August 2014, you must first upgrade your account')],
      },
    ]),
  ),
  cacb: {
    'shared-firm-account': [
      court('cacb', '2', 'Do not log on using a shared firm PACER account.'),
      court('cacb', '6', 'NOTE: Make sure you are linking to your own Individual PACER account.'),
    ],
    'name-mismatch': [
      court('cacb', '6', 'Verify that the CM/ECF account and PACER account listed are accurate.'),
      court('cacb', '6', 'NOTE: Make sure you are linking to your own Individual PACER account.'),
    ],
    'names-unreadable': [
      court('cacb', '6', 'Verify that the CM/ECF account and PACER account listed are accurate.'),
      court('cacb', '6', 'NOTE: Make sure you are linking to your own Individual PACER account.'),
    ],
    'legacy-pacer-username': [
      court('cacb', 'introduction', 'If your Individual PACER account was created prior to August 2014, you must first upgrade your account'),
    ],
  },
};

/** The extension's own sentence on each flag: general advice, with what it rests on. Null: said only where a court's guide backs it. */
const GENERAL_WORDS: Readonly<Record<Flag, SourcedText | null>> = {
  'shared-firm-account': general(
    'seeds 001-004 step 2 ("Do not log on using a shared firm PACER account."); ctb\'s guide is silent, and issue 12 asks every court to be told what every guide says',
    'This looks like a shared firm PACER account. Do not link it: the link is permanent. Log in with your own individual PACER account instead.',
  ),
  'name-mismatch': general(
    'the confirmation page itself ("will be permanently linked to your upgraded PACER account"); every seed guide asks to check the two accounts before Submit',
    'The CM/ECF and PACER account names do not match. The link is permanent: check that this is your own PACER account before you submit, or go back.',
  ),
  'names-unreadable': general(
    'the confirmation page itself ("will be permanently linked"); every seed guide asks to check the two accounts before Submit; the extension found no "CM/ECF" and "PACER" rows with a name each',
    'The extension could not read the two account names on this page. Compare them yourself before you submit: both must be yours, and the PACER account your own individual one. The link is permanent.',
  ),
  'cmecf-username-on-pacer-login': null,
  'pacer-username-on-cmecf-login': null,
  'legacy-pacer-username': general(
    'seeds 001-004 introduction (accounts "created prior to August 2014" must first be upgraded); the six-character shape from courts\' FAQs (research/errors-and-stuck-moments.md: id, ded, miwd, nywb, innb); the upgrade steps from pacer.uscourts.gov\'s FAQ "My PACER account is not upgraded. How do I upgrade my account?"',
    `That looks like a legacy PACER username (six characters: letters, then four digits), from an account made before August 2014 and never upgraded. Linking needs an upgraded PACER account: log in to PACER's Manage My Account and click Upgrade next to "Account Type" (${PACER_UPGRADE_URL}).`,
  ),
};

/** The extension's sentence on the two ctb-only hints: said only with ctb's own words beside it. */
const COURT_HINT_WORDS: Partial<Record<Flag, SourcedText>> = {
  'cmecf-username-on-pacer-login': general(
    'the CM/ECF username shapes ctb\'s guide gives (seeds/000, before step 1); used for ctb only',
    'That looks like a CM/ECF username. This login wants your PACER username and password.',
  ),
  'pacer-username-on-cmecf-login': general(
    'the PACER username shape ctb\'s guide gives and its step 3 (seeds/000); used for ctb only',
    'That looks like a PACER username. Before your accounts are linked, this court-branded login wants your CM/ECF username and password.',
  ),
};

/**
 * What a flag says on `court`'s pages: the extension's sentence (general
 * advice) first, then the court's own words where its guide has them. A
 * court's words are never shown for another court; a hint that rests on one
 * court's guide alone says nothing elsewhere.
 */
export function flagWarnings(flag: Flag, courtId: string | null): SourcedText[] {
  const own = courtId && Object.hasOwn(COURT_WORDS, courtId) ? (COURT_WORDS[courtId]![flag] ?? []) : [];
  const base = GENERAL_WORDS[flag] ?? (own.length ? COURT_HINT_WORDS[flag] ?? null : null);
  return base ? [base, ...own] : [];
}
