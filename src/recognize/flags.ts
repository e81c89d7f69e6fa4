// The traps every court guide warns about, caught on the page.
// "Do not log on using a shared firm PACER account" (seeds 001-004 step 2):
// on the confirmation screen the two account names are compared; at login,
// a username firm IT listed as shared is flagged; and a username of the wrong
// shape for the page (seed 000 gives the shapes) gets a quiet hint.
// Everything here works on strings in memory: names and usernames never leave
// the page and are never stored; only the flag ids do.
import type { Flag } from '../messages';
import type { PageContext } from './context';
import { collapse } from './dom';

export type { Flag };

export interface AccountNames {
  cmecf: string;
  pacer: string;
}

/** The two names of "Do you want to link these accounts?": rows "CM/ECF <name>" and "PACER <name>". */
export function accountNames(ctx: PageContext): AccountNames | null {
  let cmecf: string | null = null;
  let pacer: string | null = null;
  for (const row of ctx.main?.querySelectorAll('tr') ?? []) {
    const cells = [...row.children].map((c) => collapse(c.textContent));
    const joined = cells.join(' ');
    const m = /^(CM\s*\/?\s*ECF|PACER)\b[:\s]*(.+)$/i.exec(cells.length > 1 ? `${cells[0]} ${cells.slice(1).join(' ')}` : joined);
    if (!m) continue;
    const name = collapse(m[2]);
    if (!name || name.length > 120) continue;
    if (/^PACER$/i.test(m[1]!)) pacer ??= name;
    else cmecf ??= name;
  }
  return cmecf && pacer ? { cmecf, pacer } : null;
}

// An organisation, not a person: entity suffixes, firm words, or an
// ampersand / "and" joining names. "Andrea Sandoval" merely contains "and".
const ORG_WORDS =
  /\b(?:L\.?L\.?P|L\.?L\.?C|P\.?L\.?L\.?C|P\.\s?C|P\.\s?A|L\.?P\.?A|Inc|Corp(?:oration)?|Co|Company|Ltd|Chartered|Law\s+(?:Firm|Offices?|Group)|Legal\s+(?:Services|Aid|Group)|Attorneys(?:\s+at\s+Law)?|Associates|Partners|Group|Firm)\b\.?/i;

export function looksLikeOrganisation(name: string): boolean {
  const n = collapse(name);
  if (ORG_WORDS.test(n)) return true;
  // "Smith & Jones", "Smith and Jones": a conjunction between two names.
  return /\S\s*&\s*\S/.test(n) || /\b[A-Z][\w'.-]+\s+and\s+[A-Z][\w'.-]+/.test(n);
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'esq', 'esquire']);

/** first and last name, lower-case, without middle names, initials or suffixes. */
function nameKey(name: string): [string, string] | null {
  const words = collapse(name)
    .replace(/,\s*(?:Jr|Sr|II|III|IV|Esq|Esquire)\.?$/i, '')
    .toLowerCase()
    .replace(/[^a-z\s'-]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !SUFFIXES.has(w));
  if (words.length < 2) return words.length ? [words[0]!, words[0]!] : null;
  return [words[0]!, words.at(-1)!];
}

/** Same person: the same first and last name ("John Q. Attorney" = "John Attorney, Esq."). */
export function sameName(a: string, b: string): boolean {
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (!ka || !kb) return false;
  const firstMatch = ka[0] === kb[0] || (ka[0].length === 1 && kb[0].startsWith(ka[0])) || (kb[0].length === 1 && ka[0].startsWith(kb[0]));
  return firstMatch && ka[1] === kb[1];
}

const normalise = (s: string) => collapse(s).toLowerCase();

/** Flags of the confirmation screen, from its two names and the firm's list of shared account names. */
export function nameFlags(names: AccountNames, sharedAccountNames: readonly string[] = []): Flag[] {
  const flags: Flag[] = [];
  const shared = sharedAccountNames.map(normalise).includes(normalise(names.pacer));
  if (shared || looksLikeOrganisation(names.pacer)) flags.push('shared-firm-account');
  if (!sameName(names.cmecf, names.pacer)) flags.push('name-mismatch');
  return flags;
}

/** CM/ECF login shapes of seed 000: ct#####, user#####, aty#####, phv#####. */
export const CMECF_USERNAME = /^(?:[a-z]{2}|user|aty|phv)\d{3,6}$/i;
/** Upgraded PACER usernames are usually 7 digits long (seed 000). */
export const PACER_USERNAME = /^\d{7}$/;

/**
 * Flags of a login page while the user types. `wants` is which credentials
 * the page takes (the court profile's step); the username is only looked at,
 * never kept.
 */
export function usernameFlags(
  username: string,
  wants: 'pacer' | 'cmecf' | undefined,
  options: { sharedUsernames?: readonly string[]; hint?: boolean } = {},
): Flag[] {
  const u = username.trim();
  if (!u) return [];
  const flags: Flag[] = [];
  if (options.sharedUsernames?.map((s) => s.trim().toLowerCase()).includes(u.toLowerCase())) flags.push('shared-firm-account');
  if (options.hint !== false) {
    if (wants === 'pacer' && CMECF_USERNAME.test(u)) flags.push('cmecf-username-on-pacer-login');
    if (wants === 'cmecf' && PACER_USERNAME.test(u)) flags.push('pacer-username-on-cmecf-login');
  }
  return flags;
}

/** What the page's own flags say, in words shown beside the target. */
export const FLAG_WARNINGS: Record<Flag, string> = {
  'shared-firm-account':
    'This looks like a shared firm PACER account. Do not link it: the link is permanent. Log in with your own individual PACER account instead.',
  'name-mismatch':
    'The CM/ECF and PACER account names do not match. The link is permanent: check that this is your own PACER account before you submit, or go back.',
  'cmecf-username-on-pacer-login': 'That looks like a CM/ECF username. This page wants your PACER username.',
  'pacer-username-on-cmecf-login': 'That looks like a PACER username. This court-branded login wants your CM/ECF username.',
};
