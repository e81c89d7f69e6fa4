// The PACER login as attorneys meet it since 2025 (issue 12 item 9): the
// moments the 2021 court guides do not show. A refused login, the password
// update prompt, the prompt to enrol in multifactor authentication (MFA) and
// the one-time passcode step are branch screens of the login application
// (profile schema: branch 'login-app', "a PACER login screen the court's
// guide does not show"), the same for every court. What the guide says there
// is computed here from (court, screen), every sentence with its source:
//
// - the court's own words only where that court's guide has them (the cookie
//   notice quoted in seeds 001-003 step 2; ctb's credentials and its
//   forgot-password addresses, seed 000), checked word for word against
//   ../shared/seeds/ by test/login-app-guide.test.ts;
// - everything else is general advice, with what it rests on (the research
//   notes quoting PACER's own announcements), and is shown as such.
//
// These screens never move the session on: the flow resumes where it was
// once the prompt is behind the user. Nothing here decides for the user
// (enrol or skip, update or skip): no button is pointed at on the prompts,
// and the extension never clicks.
import type { GuideView } from '../overlay';
import type { Profile } from '../profiles/schema';
import type { SourcedText, TextSource } from '../profiles/source';
import type { ScreenId } from '../recognize/types';
import { mainSteps, numberOf, type CourtProgress } from './decide';
import { GUIDES } from './flag-words';

export const LOGIN_APP_SCREENS = ['login-failed', 'password-update', 'mfa-enroll', 'mfa-code'] as const;
export type LoginAppScreen = (typeof LOGIN_APP_SCREENS)[number];

export function isLoginAppScreen(screen: ScreenId | string): screen is LoginAppScreen {
  return (LOGIN_APP_SCREENS as readonly string[]).includes(screen);
}

export interface SourcedLink {
  label: string;
  url: string;
  source: TextSource;
  /** The guide's own sentence giving the link, word for word (court sources only). */
  quote?: string;
}

/** A note: the sourced text, and (court quotes only) a few words of the guide's own framing, shown before the quote. */
export type LoginAppNote = SourcedText & { lead?: string };

export interface LoginAppView {
  screen: LoginAppScreen;
  title: string;
  instruction: SourcedText;
  notes: LoginAppNote[];
  links: SourcedLink[];
  /** Point at the recognised target: only the fields to type into (username, passcode), never a prompt's buttons. */
  highlight: boolean;
}

export interface LoginAppOptions {
  /** Which credentials the login the user came from takes (the current step's), if known. */
  credentials?: 'pacer' | 'cmecf';
}

// ---- sources ----------------------------------------------------------------

const court = (id: string, step: string): TextSource => ({ kind: 'court', court: id, guide: GUIDES[id]!, step });
const general = (basis: string): TextSource => ({ kind: 'general', basis });

const RESEARCH_LOGIN = 'research/login-changes-2024-2026.md';
const RESEARCH_STUCK = 'research/errors-and-stuck-moments.md';

// ---- the cookie notice --------------------------------------------------------

/**
 * The PACER login page's cookie notice as the guides quote it, word for
 * word (seeds 001 and 003 step 2 say "in order to log in", seed 002 step 2
 * "to log in"). Seeds 000 and 004 show it cut off in their pictures: not
 * quoted for ctb or cacb.
 */
const COOKIE_NOTICE: Record<string, string> = {
  nynb: 'Your browser must be set to accept cookies in order to log in to this site. If your browser is set to accept cookies and you are experiencing problems with the login, delete the stored cookie file in your PC. Close and reopen your browser before trying again.',
  gasb: 'Your browser must be set to accept cookies to log in to this site. If your browser is set to accept cookies and you are experiencing problems with the login, delete the stored cookie file in your PC. Close and reopen your browser before trying again.',
  mnd: 'Your browser must be set to accept cookies in order to log in to this site. If your browser is set to accept cookies and you are experiencing problems with the login, delete the stored cookie file in your PC. Close and reopen your browser before trying again.',
};

function cookieAdvice(courtId: string): SourcedText {
  const quoted = COOKIE_NOTICE[courtId];
  if (quoted) return { text: quoted, source: court(courtId, '2') };
  return {
    text: 'Your browser must accept cookies to log in to PACER. If it does and the login still fails, delete the stored cookies, close and reopen your browser, and try again.',
    source: general('the PACER login page’s cookie notice, as the N.D.N.Y. Bankruptcy, S.D. Ga. Bankruptcy and D. Minn. guides quote it (seeds 001–003 step 2)'),
  };
}

// ---- links ----------------------------------------------------------------------

const FORGOT_URL = 'https://pacer.uscourts.gov/my-account-billing/forgot-username-or-password';

function forgotLinks(courtId: string, credentials?: 'pacer' | 'cmecf'): SourcedLink[] {
  if (courtId === 'ctb') {
    // Seed 000, "FORGOT YOUR USERNAMES?" / "FORGOT YOUR PASSWORDS?", above its steps: quoted.
    const where = court('ctb', '“Forgot your usernames/passwords?”, above step 1');
    const pacer: SourcedLink[] = [
      { label: 'Forgot your PACER username', url: FORGOT_URL, source: where, quote: `If you forgot your PACER username: ${FORGOT_URL}` },
      { label: 'Reset your PACER password', url: FORGOT_URL, source: where, quote: `To reset your PACER password: ${FORGOT_URL}` },
    ];
    const cmecf: SourcedLink[] = [
      {
        label: 'Reset your CM/ECF password',
        url: 'https://www.ctb.uscourts.gov/changing-your-cmecf-password',
        source: where,
        quote: 'To reset your CM/ECF password: https://www.ctb.uscourts.gov/changing-your-cmecf-password',
      },
    ];
    return credentials === 'cmecf' ? [...cmecf, ...pacer] : pacer;
  }
  return [
    {
      label: 'Forgot your PACER username or password',
      url: FORGOT_URL,
      source: general('PACER’s national page; seed 000 gives the same address'),
    },
  ];
}

function linkNote(links: SourcedLink[]): SourcedText[] {
  return links.map((l) => ({ text: l.quote ?? `${l.label}: ${l.url}`, source: l.source }));
}

// ---- which credentials a PACER login takes -----------------------------------------

/** The guides' own sentence at their PACER login (seeds 001–004 step 2; seed 000 step 6). */
const PACER_LOGIN_WORDS: Record<string, { text: string; step: string }> = {
  ctb: { text: 'This is asking for your PACER credentials. You will now enter your PACER username and password.', step: '6' },
  ...Object.fromEntries(
    ['nynb', 'gasb', 'mnd', 'cacb'].map((c) => [
      c,
      { text: 'Log on with your individual upgraded PACER user name and password. Do not log on using a shared firm PACER account.', step: '2' },
    ]),
  ),
};

function pacerCredentials(courtId: string): LoginAppNote {
  const own = PACER_LOGIN_WORDS[courtId];
  if (own) return { text: own.text, source: court(courtId, own.step) };
  return {
    text: 'This login takes your individual upgraded PACER username and password, not a shared firm PACER account.',
    source: general('what every seed guide says at its PACER login (seeds 001–004 step 2, seed 000 step 6)'),
  };
}

// ---- the four screens --------------------------------------------------------------

function loginFailed(courtId: string, opts: LoginAppOptions): LoginAppView {
  const notes: LoginAppNote[] = [];
  if (courtId === 'ctb' && opts.credentials === 'cmecf') {
    // Which credentials, in the guide's own words: before linking, and after.
    notes.push(
      { lead: 'Until your accounts are linked', text: 'Use your CM/ECF Username and Password here.', source: court('ctb', '3') },
      {
        lead: 'Once they are linked',
        text: 'From this point forward, use your upgraded PACER credentials to log in to NextGen CM/ECF for this court.',
        source: court('ctb', '5, dialog item 3'),
      },
      {
        text: 'If you forgot your CM/ECF Username, please contact our helpdesk: ctb_ecf_help@ctb.uscourts.gov',
        source: court('ctb', '“Forgot your usernames?”, above step 1'),
      },
    );
  } else {
    notes.push(pacerCredentials(courtId));
  }
  const links = forgotLinks(courtId, opts.credentials);
  notes.push(...linkNote(links));
  notes.push(cookieAdvice(courtId));
  notes.push({
    text: 'If the message says your account is disabled, call the PACER Service Center: (800) 676-6856. PACER disables an account after its update prompts are skipped three times.',
    source: general(`${RESEARCH_STUCK} (PACER Service Center number; "Your PACER account has been disabled"); ${RESEARCH_LOGIN} (three skips)`),
  });
  return {
    screen: 'login-failed',
    title: 'The login did not work',
    instruction: {
      text: 'PACER did not accept this login. Read its message on the page, then type your username and password again, carefully.',
      source: general(`${RESEARCH_STUCK}, login-stage messages ("Invalid username or password")`),
    },
    notes,
    links,
    highlight: true,
  };
}

const PASSWORD_RULES =
  'Be 14-45 characters in length. Contain at least one lowercase letter, one uppercase letter, and one special character. Not contain any part of your first name, last name, username, or email address.';

function passwordUpdate(): LoginAppView {
  const pacer2025 = general(`PACER’s announcement of 27 June 2025, quoted in ${RESEARCH_LOGIN}`);
  return {
    screen: 'password-update',
    title: 'PACER asks for a new password',
    instruction: {
      text: 'This is PACER’s own prompt: since 2025, PACER passwords must be updated every 180 days. Updating now or skipping is your choice; PACER allows three skips before it disables the account. Afterwards, the linking goes on where you were.',
      source: pacer2025,
    },
    notes: [
      { text: `A new PACER password must: ${PASSWORD_RULES}`, source: pacer2025 },
      {
        text: 'If you update your password before enrolling in MFA, you will NOT be required to update it again when you are prompted to enroll in MFA.',
        source: pacer2025,
      },
      { text: 'The guide never reads what you type into password fields.', source: general('this extension’s design (SECURITY.md)') },
    ],
    links: [
      {
        label: 'PACER: the new password rules',
        url: 'https://pacer.uscourts.gov/announcements/2025/06/27/additional-security-enhancements-coming-soon',
        source: pacer2025,
      },
    ],
    highlight: false,
  };
}

function mfaEnroll(): LoginAppView {
  const basis = general(`PACER’s MFA announcements and help pages (May 2025 – February 2026), quoted in ${RESEARCH_LOGIN}`);
  return {
    screen: 'mfa-enroll',
    title: 'PACER asks you to set up multifactor authentication',
    instruction: {
      text: 'This is PACER’s prompt to enroll in multifactor authentication (MFA): a code from an app at every login. Since the end of 2025 everyone with CM/ECF filing access must use it. Enrolling now or skipping is your choice: the guide does not choose and clicks nothing. After this prompt, the linking goes on where you were.',
      source: basis,
    },
    notes: [
      {
        text: 'To enroll you need: an authentication app (for example Authy, DUO Mobile, FreeOTP, Google Authenticator or Microsoft Authenticator), or backup codes; and the email address on your PACER account, correct and at hand: PACER emails a security code to it during setup.',
        source: basis,
      },
      {
        text: 'You can skip three times. After that, the “User Update Required” prompt has no Skip button and you must set up MFA before going on.',
        source: basis,
      },
      {
        text: 'If you file through third-party software, PACER says to make sure it supports MFA before enrolling.',
        source: basis,
      },
    ],
    links: [
      {
        label: 'PACER: MFA with authentication apps',
        url: 'https://pacer.uscourts.gov/help/pacer/multifactor-authentication-mfa-authentication-applications',
        source: basis,
      },
      { label: 'PACER: MFA tips and resources', url: 'https://pacer.uscourts.gov/announcements/2026/02/05/mfa-tips-and-resources', source: basis },
    ],
    highlight: false,
  };
}

function mfaCode(): LoginAppView {
  const basis = general(`PACER’s "MFA Tips and Resources" (2025–2026), quoted in ${RESEARCH_LOGIN}`);
  return {
    screen: 'mfa-code',
    title: 'Type the one-time passcode',
    instruction: {
      text: 'Open your authentication app and type the one-time passcode it shows for PACER, or one of your backup codes. PACER does not send the code by text message or email. Then submit it on the page; the linking continues after that.',
      source: basis,
    },
    notes: [
      { text: 'The code changes every 30 seconds: if it is refused, type the new one.', source: basis },
      { text: 'The guide points at the passcode field but never reads it.', source: general('this extension’s design (SECURITY.md)') },
    ],
    links: [],
    highlight: true,
  };
}

/** What the guide says on a login-application screen for this court. */
export function loginAppView(courtId: string, screen: LoginAppScreen, opts: LoginAppOptions = {}): LoginAppView {
  switch (screen) {
    case 'login-failed':
      return loginFailed(courtId, opts);
    case 'password-update':
      return passwordUpdate();
    case 'mfa-enroll':
      return mfaEnroll();
    case 'mfa-code':
      return mfaCode();
  }
}

// ---- stuck moments the courts' FAQs name (general advice) -------------------------------

/**
 * What courts' FAQs say attorneys get stuck on while linking, as general
 * advice (research/errors-and-stuck-moments.md), for the screens where it
 * matters: the link form. Where a seed court's guide says it itself (ctb's
 * linking-instructions dialog, item 4), its own words instead.
 */
export function stuckMoments(courtId: string, screen: ScreenId): SourcedText[] {
  if (screen !== 'link-form') return [];
  const several: SourcedText =
    courtId === 'ctb'
      ? {
          text: 'You may only link one account to your upgraded PACER account on the linking screen. If you want to link additional e-filing accounts, please contact the court directly for assistance.',
          source: court('ctb', '5, dialog item 4'),
        }
      : {
          text: 'Several e-filing accounts in this court? Only one can be linked to your PACER account; courts ask filers to use filing agents under one account instead. Ask the court.',
          source: general(`${RESEARCH_STUCK} (D. Del. and D. Nev. Bankruptcy, D. Ariz. Bankruptcy FAQs)`),
        };
  return [
    {
      text: 'A CM/ECF login with special characters (such as &, @, $, *) may not link: ask the court.',
      source: general(`${RESEARCH_STUCK} (W.D. Pa. FAQ: "Logins that contain special characters will be unable to link")`),
    },
    several,
    {
      text: 'Pro hac vice, with no old CM/ECF account? There is nothing to link: request e-filing access through PACER (Manage My Account) instead.',
      source: general(`${RESEARCH_STUCK} (W.D. Va., D.R.I., E.D. Mo. pro hac vice notes)`),
    },
  ];
}

// ---- on the page: the overlay's view ---------------------------------------------------

/** How a sentence's source is shown to the user. */
export function sourceLabel(source: TextSource): string {
  return source.kind === 'court' ? `the court’s guide, step ${source.step}` : 'general advice, not from the court’s guide';
}

/** A sourced text as one line: the text, then where it comes from; a court's words in quotes. */
export function sourcedLine(t: LoginAppNote): string {
  if (t.source.kind === 'court') return `${t.lead ? `${t.lead}: ` : ''}“${t.text}” (${sourceLabel(t.source)})`;
  return `${t.text} (${sourceLabel(t.source)})`;
}

/**
 * The notes as the overlay shows them: the court's own words first, under
 * their heading, each with its step; then the general advice under its own.
 */
export function notesText(notes: readonly LoginAppNote[]): string {
  const own = notes.filter((n) => n.source.kind === 'court');
  const general = notes.filter((n) => n.source.kind === 'general');
  const lines: string[] = [];
  if (own.length) {
    lines.push('What the court’s guide says:');
    for (const n of own) lines.push(`• ${n.lead ? `${n.lead}: ` : ''}“${n.text}” (step ${(n.source as { step: string }).step})`);
  }
  if (general.length) {
    lines.push('General advice, not from the court’s guide:');
    for (const n of general) lines.push(`• ${n.text}`);
  }
  return lines.join('\n');
}

export interface GuideFrame {
  court: string;
  courtName: string;
  stepNumber: number;
  stepTotal: number;
}

/** The overlay's plain-text view: each sentence carries its source in words. */
/** The extension's own words that say when a court's quote applies ("Until your accounts are linked:"). */
const LEAD_SOURCE: TextSource = { kind: 'general', basis: 'this extension’s framing of the court’s words that follow' };

export function toGuideView(v: LoginAppView, frame: GuideFrame): GuideView {
  return {
    screen: v.screen,
    court: frame.court,
    courtName: frame.courtName,
    stepNumber: frame.stepNumber,
    stepTotal: frame.stepTotal,
    stepId: `login-app:${v.screen}`,
    title: v.title,
    instruction: [v.instruction, ...v.notes].map((n) => n.text).join(' '),
    // Each part with its source: the overlay labels the court's words and the general advice apart.
    parts: ([v.instruction, ...v.notes] as LoginAppNote[]).flatMap((n): SourcedText[] =>
      n.lead ? [{ text: `${n.lead}:`, source: LEAD_SOURCE }, { text: n.text, source: n.source }] : [{ text: n.text, source: n.source }],
    ),
    highlight: v.highlight,
  };
}

export interface LoginAppReply {
  view: GuideView | null;
  badge: string;
  credentials?: 'pacer' | 'cmecf';
}

/**
 * The background's answer on a login-application screen: shown only while
 * the court's session is on, with the number of the step the user was at;
 * the progress is left as it was, so the flow resumes after the prompt.
 * "Got it" hides it (progress.dismissed holds its step id) until another
 * step shows.
 */
export function loginAppReply(
  profile: Profile,
  courtId: string,
  screen: LoginAppScreen,
  targetLabel: string | null,
  progress: CourtProgress,
): LoginAppReply {
  if (!progress.active) return { view: null, badge: '' };
  const step = profile.steps.find((s) => s.id === progress.current);
  // Which credentials the login the user came from takes: the current step's words for this point of the session.
  const credentials = step?.words.find((w) => w.credentials && (!w.when || (w.when === 'linked') === !!progress.linked))?.credentials;
  const stepNumber = step ? numberOf(profile, step) : 1;
  const stepTotal = mainSteps(profile).length;
  const badge = `${stepNumber}/${stepTotal}`;
  const v = loginAppView(courtId, screen, { credentials });
  const view = toGuideView({ ...v, highlight: v.highlight && targetLabel !== null }, {
    court: courtId,
    courtName: profile.name,
    stepNumber,
    stepTotal,
  });
  // The username hint keeps working on a refused login: same credentials as before.
  const keep = screen === 'login-failed' ? credentials : undefined;
  return { view: progress.dismissed === view.stepId ? null : view, badge, ...(keep ? { credentials: keep } : {}) };
}
