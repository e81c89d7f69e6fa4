// The traps every court guide warns about, caught on the page.
// "Do not log on using a shared firm PACER account" (seeds 001-004 step 2):
// on the confirmation screen the two account names are compared (and, when
// they cannot be read, the user is asked to compare them); at login, a
// username firm IT listed as shared is flagged; a username of the wrong
// shape for the page gets a quiet hint, by the shapes the court's own guide
// gives (only ctb's does, seed 000), and a legacy PACER username (made
// before August 2014, never upgraded) is named as such on every court.
// Everything here works on strings in memory: names and usernames never leave
// the page and are never stored; only the flag ids do.
// The rules and their measured precision/recall: test/names/ (report.ts).
import type { Flag } from '../messages';
import type { PageContext } from './context';
import { collapse } from './dom';

export type { Flag };

export interface AccountNames {
  cmecf: string;
  pacer: string;
}

/**
 * The two names of "Do you want to link these accounts?": rows "CM/ECF <name>"
 * and "PACER <name>". Null when they are not in table rows or one is empty:
 * the recogniser then raises 'names-unreadable' (confirmationFlags).
 */
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

// ---------------------------------------------------------------------------
// Text normalisation shared by both name checks.

/** Apostrophes and hyphens of every kind as ' and -, compatibility forms folded (NFKC: full-width letters, ligatures). */
function canonical(s: string): string {
  return collapse(
    s
      .normalize('NFKC')
      .replace(/[\u2018\u2019\u201b\u02bc\u02bb\u0060\u00b4\u2032\uff07]/g, "'")
      .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d]/g, '-')
      .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
      .replace(/\uff06|\ufe60/g, '&'),
  );
}

// Letters that do not decompose under NFKD but are, to a reader of names,
// a base letter with a mark (Łukasz = Lukasz) or a ligature (Strauß = Strauss).
const FOLD: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ð: 'd', ħ: 'h', ı: 'i', ŀ: 'l', þ: 'th', æ: 'ae', œ: 'oe', ß: 'ss' };

/** A token's comparison key: lower case, marks removed after Unicode decomposition (NFKD). Non-Latin letters stay. */
function foldKey(token: string): string {
  return token
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łøđðħıŀþæœß]/g, (c) => FOLD[c]!)
    .replace(/['.]/g, '');
}

/** The German spelling of an umlaut without it: Müller = Mueller (only tried when the name has one). */
function umlautKey(token: string): string | null {
  const n = token.normalize('NFC').toLowerCase();
  if (!/[äöü]/.test(n)) return null;
  return foldKey(n.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue'));
}

/** Made at the first comparison, not when the content script loads: most pages never compare a name. */
let collator: Intl.Collator | undefined;
const collate = (a: string, b: string) => (collator ??= new Intl.Collator('en', { sensitivity: 'base' })).compare(a, b);

/** The same written word, whatever its case, marks, Unicode form or apostrophe ("Núñez" = "Nunez", "D’Angelo" = "D'Angelo"). */
export function sameWord(a: string, b: string): boolean {
  const ka = foldKey(a);
  const kb = foldKey(b);
  if (!ka || !kb) return false;
  if (ka === kb || collate(a.replace(/['.]/g, ''), b.replace(/['.]/g, '')) === 0) return true;
  const ua = umlautKey(a);
  const ub = umlautKey(b);
  return (ua !== null && ua === kb) || (ub !== null && ub === ka);
}

// ---------------------------------------------------------------------------
// 1. A firm, not a person.

/**
 * Entity forms that are no one's name: they count anywhere but as the first
 * word. Keys are the form in lower case without dots or spaces.
 */
const ENTITY_FORMS = new Set([
  'llp', 'lllp', 'rllp', 'pllp', 'llc', 'pllc', 'plc', 'apc', 'aplc', 'alc', 'lpa', 'psc',
  'inc', 'incorporated', 'corp', 'corporation', 'ltd', 'limited', 'chtd', 'chartered', 'company',
  'gmbh', 'srl', 'sarl', 'bv', 'nv', 'pty',
]);
/** Two-letter forms that are also initials or given names (P.A. Smith, Pa Vang): they count only as a suffix, see isEntitySuffix. */
const SHORT_FORMS = new Set(['pa', 'pc', 'sc', 'ps', 'sa', 'lp', 'lc']);

/** Words of firms, offices and organisations that are no one's name. */
const ORG_WORDS = new Set([
  'associates', 'assocs', 'assoc', 'partners', 'partnership', 'group', 'firm', 'offices', 'office', 'attorneys', 'lawyers',
  'advocates', 'counselors', 'counsellors', 'solicitors', 'services', 'service', 'aid', 'clinic', 'center', 'centre', 'society',
  'association', 'foundation', 'institute', 'university', 'college', 'school', 'department', 'dept', 'agency', 'bureau',
  'commission', 'authority', 'administration', 'division', 'county', 'city', 'government', 'program', 'project', 'trust',
  'holdings', 'management', 'solutions', 'consulting', 'enterprises', 'industries', 'international', 'financial', 'mortgage',
  'servicing', 'capital', 'insurance', 'defender', 'defenders', 'prosecutor', 'bank', 'bancorp', 'credit', 'union',
  'corporate', 'ventures', 'properties', 'realty', 'collections', 'recovery',
  // the same in the languages of firms that file in U.S. courts
  'abogados', 'avocats', 'advogados', 'rechtsanwälte', 'anwälte', 'kanzlei', 'avvocati', 'advocaten',
]);
/**
 * Firm words that are also surnames or given names (Jude Law, Law Wai-ming):
 * they count unless the person's own CM/ECF name holds the same word.
 */
const AMBIGUOUS_WORDS = new Set(['law', 'legal', 'bank', 'pa', 'pc', 'sc', 'ps', 'sa', 'lp', 'lc']);

/** Non-Latin firm words (Japanese/Chinese law office, Korean law firm, Russian OOO, Chinese company). */
const NON_LATIN_FIRM = /法律事務所|律师事务所|律師事務所|법무법인|법률사무소|株式会社|有限会社|有限公司|股份|(?<!\p{L})(?:ООО|ОАО|ЗАО|АО)(?!\p{L})|Юридическ/u;

interface Tok {
  /** as written, without surrounding punctuation */
  raw: string;
  /** lower case, no dots */
  key: string;
  /** written with dots (P.A.) */
  dotted: boolean;
  /** a comma right before it */
  afterComma: boolean;
}

function tokens(name: string): Tok[] {
  const out: Tok[] = [];
  // "&", "+", "/" and "|" are words of their own, even written "Smith&Jones".
  const spaced = canonical(name).replace(/\s*([&+/|])\s*/g, ' $1 ').replace(/,/g, ' , ');
  let comma = false;
  for (const w of spaced.split(' ')) {
    if (!w) continue;
    if (w === ',') {
      comma = true;
      continue;
    }
    const raw = w.replace(/^[("'[]+|[)"'\]:;]+$/g, '');
    if (!raw) continue;
    out.push({ raw, key: raw.toLowerCase().replace(/\./g, ''), dotted: /\.\S/.test(raw) || /^\p{L}{1,3}\.$/u.test(raw), afterComma: comma });
    comma = false;
  }
  return out;
}

/** A two-letter entity form in a suffix place: "Jane Doe PA", "Doe, P.A.", not "P.A. Smith", "Vang, Pa" or "Doe, Jane S.C." (initials). */
function isEntitySuffix(toks: Tok[], i: number, mixedCase: boolean): boolean {
  const t = toks[i]!;
  if (i === 0 || i !== toks.length - 1) return false;
  // "Pa" as written in a mixed-case name is a given name (Hmong, Vietnamese); firms write PA or P.A.
  if (mixedCase && !t.dotted && t.raw !== t.raw.toUpperCase()) return false;
  if (t.afterComma) return true;
  // After a "Last, First" part, a dotted pair reads as initials: "Doe, Jane S.C."
  return !toks.some((x, j) => j > 0 && j < i && x.afterComma);
}

/**
 * An organisation, not a person: an entity form (LLP, P.C., Chartered…), a
 * firm or office word ("Law Offices of", "& Associates", "Legal Services"),
 * or a conjunction joining names ("Smith and Jones", "Smith + Jones").
 * `ownName`: the person's own CM/ECF name, if known; a firm word that is
 * also a name ("Law") does not count when that name holds it too.
 */
export function looksLikeOrganisation(name: string, ownName?: string): boolean {
  const c = canonical(name);
  if (NON_LATIN_FIRM.test(c)) return true;
  const toks = tokens(c);
  if (!toks.length) return false;
  const mixedCase = (x: string) => x !== x.toUpperCase() && x !== x.toLowerCase();
  // The person's own name's words, but not its entity suffix ("Roe Law, P.C." as both names is still a firm).
  const own = new Set<string>();
  if (ownName !== undefined) {
    const ownToks = tokens(ownName);
    const ownMixed = mixedCase(canonical(ownName));
    ownToks.forEach((t, j) => {
      if (!(SHORT_FORMS.has(t.key) && isEntitySuffix(ownToks, j, ownMixed))) own.add(t.key);
    });
  }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const k = t.key;
    // A conjunction between two words: "Smith and Jones", "Doe, Smith, and Jones", "Smith + Jones".
    if ((k === 'and' || k === '&' || k === '+' || k === '/' || k === '|') && i > 0 && i < toks.length - 1) return true;
    if (k === '&' || k === '+') return true;
    if (own.has(k) && AMBIGUOUS_WORDS.has(k)) continue;
    if (SHORT_FORMS.has(k)) {
      if (isEntitySuffix(toks, i, mixedCase(c))) return true;
      continue;
    }
    if (i > 0 && ENTITY_FORMS.has(k)) return true;
    // "Acme Co.", "Doe Co., LLC": a company; "Jane Co" and "Co Nguyen" (no dot) are people.
    if (k === 'co' && i > 0 && /\.$/.test(t.raw) && t.raw.length === 3) return true;
    if (ORG_WORDS.has(k) && toks.length > 1) return true;
    if ((k === 'law' || k === 'legal') && toks.length > 1) return true;
    // "Jane Doe, Attorney at Law"; "Office of the Chapter 13 Trustee" (office), "United States Trustee".
    if (k === 'at' && toks[i + 1]?.key === 'law') return true;
    if (/^attorneys?$/.test(k) && /^generals?$/.test(toks[i + 1]?.key ?? '')) return true;
    if (k === 'of' && /^offices?$/.test(toks[i - 1]?.key ?? '')) return true;
    if ((k === 'us' || k === 'usa') && (t.raw === t.raw.toUpperCase() || t.dotted) && i < toks.length - 1) return true;
    if (k === 'united' && toks[i + 1]?.key === 'states') return true;
  }
  // A trustee's office with no one's name in it: "Chapter 13 Trustee", "Standing Trustee".
  if (toks.some((t) => /^trustees?$/.test(t.key))) {
    const rest = toks.filter((t) => !/^(?:trustees?|chapter|ch|standing|panel|the|of|\d+)$/.test(t.key));
    if (!rest.length) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// 2. The same person.

const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'hon', 'honorable', 'honourable', 'the', 'judge', 'justice', 'prof', 'professor',
  'rev', 'reverend', 'sir', 'dame', 'atty', 'capt', 'col', 'gen', 'lt', 'maj', 'sgt', 'mister',
]);
/** Degrees and titles after a name: not part of it. */
const POST_NOMINALS = new Set(['esq', 'esquire', 'jd', 'llm', 'phd', 'md', 'cpa', 'mba', 'llb', 'dds', 'rn', 'pe', 'cfp', 'ret']);
const GENERATIONS: Record<string, string> = {
  jr: 'jr', junior: 'jr', sr: 'sr', senior: 'sr', ii: 'ii', '2nd': 'ii', iii: 'iii', '3rd': 'iii', iv: 'iv', '4th': 'iv',
};
/** Words that join a surname: "de la Cruz", "van Buren", "Nguyễn Văn An". */
const PARTICLES = new Set(['de', 'la', 'las', 'los', 'del', 'della', 'der', 'den', 'van', 'von', 'vander', 'da', 'di', 'du', 'dos', 'das', 'le', 'st', 'saint', 'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'zu', 'y', 'e', 'văn', 'thị']);
/** Role words after a person's name: "Jane Doe, Chapter 13 Trustee". */
const ROLES = /^(?:trustee|chapter|ch|standing|panel|\d+|attorney at law)$/;

interface Parsed {
  /** given names (each hyphen part a word), initials as one letter */
  given: string[];
  /** candidate surnames, each a list of parts: the last word, and the last two when the name has three or more */
  families: Array<{ family: string[]; given: string[]; compound?: true }>;
  generation: string | null;
  /** every name word run together, to catch "MaryJane" = "Mary Jane", "山田太郎" = "山田 太郎" */
  joined: string;
}

function wordsOf(raw: string): string[] {
  // Initials written together ("J.R.R.") are several words; hyphen parts are words.
  if (/^(?:\p{L}\.){2,}$/u.test(raw)) return raw.split('.').filter(Boolean);
  return raw.split('-').map((w) => w.replace(/\.$/, '')).filter(Boolean);
}

function parse(name: string): Parsed | null {
  let s = canonical(name)
    .replace(/\([^)]*\)/g, ' ') // "(Trustee)"
    .replace(/"[^"]*"/g, ' ') // a nickname in quotes
    .replace(/\battorneys? at law\b/gi, ' ');
  s = collapse(s);
  // Split on commas: the parts after the first that are only suffixes, degrees or roles are not a given name.
  const parts = s.split(',').map((p) => collapse(p)).filter(Boolean);
  let generation: string | null = null;
  const isTail = (p: string) =>
    p.split(' ').every((w) => {
      const k = w.toLowerCase().replace(/\./g, '');
      return k in GENERATIONS || k === 'v' || POST_NOMINALS.has(k) || ROLES.test(k);
    });
  const tails: string[] = [];
  while (parts.length > 1 && isTail(parts.at(-1)!)) tails.unshift(parts.pop()!);
  for (const t of tails) {
    for (const w of t.split(' ')) {
      const k = w.toLowerCase().replace(/\./g, '');
      if (k in GENERATIONS) generation = GENERATIONS[k]!;
      else if (k === 'v') generation = 'v';
    }
  }
  // "Doe, Jane Q." : the surname first. "Doe Smith, Jane": a two-word surname.
  let familyWords: string[] | null = null;
  let rest: string[];
  if (parts.length >= 2) {
    familyWords = parts[0]!.split(' ');
    rest = parts.slice(1).join(' ').split(' ');
  } else {
    rest = (parts[0] ?? '').split(' ');
  }
  const clean = (ws: string[], isFamily: boolean): string[] => {
    const out: string[] = [];
    ws.forEach((w, i) => {
      const k = w.toLowerCase().replace(/\./g, '');
      if (!k) return;
      if (k in GENERATIONS && (i > 0 || isFamily)) {
        generation = GENERATIONS[k]!;
        return;
      }
      if (POST_NOMINALS.has(k) && i > 0) return;
      out.push(w);
    });
    return out;
  };
  let given = clean(rest, false);
  // Honorifics before the name ("Dr.", "The Hon."), only while a name is left after them.
  while (given.length > 1 && HONORIFICS.has(given[0]!.toLowerCase().replace(/\./g, ''))) given.shift();
  if (familyWords) familyWords = clean(familyWords, true);
  if (familyWords) while (familyWords.length > 1 && HONORIFICS.has(familyWords[0]!.toLowerCase().replace(/\./g, ''))) familyWords.shift();
  // Roles at the end ("Jane Doe Chapter 13 Trustee") go.
  while (given.length > 2 && ROLES.test(given.at(-1)!.toLowerCase())) given.pop();

  const split = (ws: string[]) => ws.flatMap(wordsOf);
  const families: Parsed['families'] = [];
  let allGiven: string[];
  if (familyWords && familyWords.length) {
    allGiven = split(given);
    families.push({ family: split(familyWords), given: allGiven });
  } else {
    if (!given.length) return null;
    // The surname: the last word, with the particles before it ("Maria de la Cruz").
    let start = given.length - 1;
    while (start > 1 && PARTICLES.has(given[start - 1]!.toLowerCase())) start--;
    allGiven = split(given.slice(0, start));
    families.push({ family: split(given.slice(start)), given: allGiven });
    // Two surnames without a hyphen ("José García López", "Jane Doe Smith"): the last two words.
    if (start >= 2 && !isInitial(given[start - 1]!)) families.push({ family: split(given.slice(start - 1)), given: split(given.slice(0, start - 1)), compound: true });
  }
  const joined = families[0]!.given.concat(families[0]!.family).map(foldKey).join('');
  return { given: allGiven, families, generation, joined };
}

const isInitial = (w: string) => [...foldKey(w)].length === 1;

/** A given name and another, or its initial. */
function givenMatch(a: string, b: string): boolean {
  if (sameWord(a, b)) return true;
  const ka = foldKey(a);
  const kb = foldKey(b);
  if (isInitial(a) && !isInitial(b)) return kb.startsWith(ka);
  if (isInitial(b) && !isInitial(a)) return ka.startsWith(kb);
  return false;
}

/** The shorter list of given names, in order, within the longer: "Jane" in "Mary Jane", "J." in "John Robert". */
function givenCompatible(a: string[], b: string[]): boolean {
  if (!a.length || !b.length) return a.length === b.length;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // Same count: word by word ("John A." ≠ "John B.").
  if (short.length === long.length) return short.every((w, i) => givenMatch(w, long[i]!));
  let j = 0;
  for (const w of short) {
    while (j < long.length && !givenMatch(w, long[j]!)) j++;
    if (j === long.length) return false;
    j++;
  }
  return true;
}

/** One surname's parts within the other's ("Doe" in "Doe-Smith"), particles aside. */
function familyCompatible(a: string[], b: string[]): boolean {
  const core = (f: string[]) => {
    const c = f.filter((w) => !PARTICLES.has(foldKey(w)));
    return c.length ? c : f;
  };
  const ca = core(a);
  const cb = core(b);
  const [short, long] = ca.length <= cb.length ? [ca, cb] : [cb, ca];
  return short.every((w) => long.some((x) => sameWord(w, x)));
}

/**
 * The same person, as far as two account names can say: the same surname
 * (or one part of a double one), a given name or its initial within the
 * other's, in any Unicode form, case, accents, apostrophes and hyphens,
 * "Last, First" or "First Last", with or without honorifics, degrees and
 * middle names; never two different generational suffixes (Jr./Sr., II/III).
 * A firm's name is never the same as a person's.
 */
export function sameName(a: string, b: string): boolean {
  if (looksLikeOrganisation(a, b) !== looksLikeOrganisation(b, a)) return false;
  const pa = parse(a);
  const pb = parse(b);
  if (!pa || !pb) return false;
  if (pa.generation && pb.generation && pa.generation !== pb.generation) return false;
  if (pa.joined && pa.joined === pb.joined) return true;
  if (collate(pa.joined, pb.joined) === 0) return true;
  for (const fa of pa.families) {
    for (const fb of pb.families) {
      // A two-word surname read from "First Second Last" only where the other name has its first word as a surname
      // ("Jane Doe Smith" = "Jane Doe"), not to turn a middle name into one ("Mary Ann Doe" ≠ "Mary Beth Doe").
      if (fa.compound && !fb.family.some((w) => sameWord(w, fa.family[0]!))) continue;
      if (fb.compound && !fa.family.some((w) => sameWord(w, fb.family[0]!))) continue;
      if (familyCompatible(fa.family, fb.family) && givenCompatible(fa.given, fb.given)) return true;
    }
  }
  return false;
}

const normalise = (s: string) => canonical(s).toLowerCase();

/** Flags of the confirmation screen, from its two names and the firm's list of shared account names. */
export function nameFlags(names: AccountNames, sharedAccountNames: readonly string[] = []): Flag[] {
  const flags: Flag[] = [];
  const shared = sharedAccountNames.map(normalise).includes(normalise(names.pacer));
  if (shared || looksLikeOrganisation(names.pacer, names.cmecf)) flags.push('shared-firm-account');
  if (!sameName(names.cmecf, names.pacer)) flags.push('name-mismatch');
  return flags;
}

/** The confirmation screen's flags as the recogniser raises them: names it could not read are a flag of their own. */
export function confirmationFlags(names: AccountNames | null): Flag[] {
  return names ? nameFlags(names) : ['names-unreadable'];
}

// ---------------------------------------------------------------------------
// 3. Usernames typed at a login.

/** Username shapes a court's own guide gives. Only ctb's does (seed 000, "FORGOT YOUR USERNAMES?"). */
interface CourtShapes {
  /** CM/ECF usernames: seen on a login that wants PACER credentials, a hint */
  cmecf?: RegExp;
  /** PACER usernames: seen on a login that wants CM/ECF credentials, a hint */
  pacer?: RegExp;
}

export const COURT_USERNAME_SHAPES: Readonly<Record<string, CourtShapes>> = {
  // "CM/ECF Attorney Filer account usernames are normally “ct#####”", "… Limiter User account usernames are
  // normally “user#####”", "… Pro Hac Vice account usernames are either “aty#####” or “phv#####”";
  // "Upgraded PACER usernames are usually 7 digits long." (seeds/000, before step 1)
  ctb: { cmecf: /^(?:ct|user|aty|phv)\d{5}$/i, pacer: /^\d{7}$/ },
};

/**
 * A legacy (not upgraded) PACER username: six characters, letters then four
 * digits. No seed gives the shape: seeds 001-004 say only that accounts
 * "created prior to August 2014" must be upgraded; the shape is the courts'
 * FAQs' (research/errors-and-stuck-moments.md: innb "lowercase letters
 * followed by four numbers"; id, ded, miwd, nywb "If your username is 6
 * characters, you do not have an upgraded account.").
 */
export const LEGACY_PACER_USERNAME = /^[a-z]{2}\d{4}$/i;

/**
 * Flags of a login page while the user types. `wants` is which credentials
 * the page takes (the court profile's step); `court` the CM/ECF court id the
 * login is for, which chooses the username shapes (a court's own, or none).
 * The username is only looked at, never kept.
 */
export function usernameFlags(
  username: string,
  wants: 'pacer' | 'cmecf' | undefined,
  court: string | null,
  options: { sharedUsernames?: readonly string[]; hint?: boolean } = {},
): Flag[] {
  const u = username.trim();
  if (!u) return [];
  const flags: Flag[] = [];
  if (options.sharedUsernames?.map((s) => s.trim().toLowerCase()).includes(u.toLowerCase())) flags.push('shared-firm-account');
  if (options.hint === false) return flags;
  const shapes = (court && Object.hasOwn(COURT_USERNAME_SHAPES, court) ? COURT_USERNAME_SHAPES[court] : undefined) ?? {};
  if (wants === 'pacer') {
    if (LEGACY_PACER_USERNAME.test(u)) flags.push('legacy-pacer-username');
    else if (shapes.cmecf?.test(u)) flags.push('cmecf-username-on-pacer-login');
  }
  if (wants === 'cmecf' && shapes.pacer?.test(u)) flags.push('pacer-username-on-cmecf-login');
  return flags;
}
