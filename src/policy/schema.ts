// The firm's managed policy (issue 5): every key a firm's IT can set, defined
// once, here, in zod. Chrome's managed_schema.json is generated from this
// (./managed-schema.ts), docs/deploying.md is checked against it
// (test/deploying-docs.test.ts), and the extension validates every value
// with it itself, because Firefox checks policies against nothing.
//
// Validation is per key: one bad key never discards the others, and a bad
// key is ignored whole (a list with one bad entry is not half-applied), with
// a reason firm IT can act on: `helpContact.url: must be an https://
// address (got "ftp://files.example")`.
//
// zod lives in the background, the popup and the options page, never in the
// content script: the content script asks the background for its settings
// (src/policy/page.ts), so its size budget is untouched.
import { z } from 'zod';
import { courtById } from '../courts/courts';
import { normalizeNames, normalizeUsernames } from '../options/settings';

// Extension pages forbid eval: without this, zod probes `new Function` once,
// and a strict CSP reports the probe even though zod catches it.
z.config({ jitless: true });

export const LIMITS = Object.freeze({
  /** Entries in one list: a firm's shared accounts are a handful; 500 is generous. */
  listEntries: 500,
  /** Characters in one list entry or court id. */
  entryChars: 200,
  /** Characters in one help contact field. */
  contactChars: 200,
  /** Unknown keys reported one by one; past this, counted. */
  unknownKeys: 20,
});

/** How a value looks, for a reason: short, quoted, never the whole of a huge value. */
export function shown(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return v.length ? `a list of ${v.length}` : 'an empty list';
  switch (typeof v) {
    case 'string':
      if (!v.trim()) return v ? 'only spaces' : 'an empty text';
      return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
    case 'number':
      return `the number ${v}`;
    case 'boolean':
      return String(v);
    case 'object':
      return 'an object';
    default:
      return `a ${typeof v}`;
  }
}

const COURT_HINT = 'use CM/ECF court ids such as "ctb", "mnd", "cacb"';

function checkCourt(v: string, ctx: z.RefinementCtx) {
  if (!courtById(v)) ctx.addIssue({ code: 'custom', message: `unknown court id ${shown(v)} (${COURT_HINT})` });
}

function checkHttps(v: string, ctx: z.RefinementCtx) {
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    ctx.addIssue({ code: 'custom', message: `must be a full https:// address (got ${shown(v)})` });
    return;
  }
  if (url.protocol !== 'https:') ctx.addIssue({ code: 'custom', message: `must be an https:// address (got ${shown(v)})` });
  else if (url.username || url.password) ctx.addIssue({ code: 'custom', message: 'must not contain a user name or password' });
}

const PHONE = /^\+?[0-9 ().\-/]+(?:\s*(?:x|ext\.?)\s*[0-9]{1,6})?$/i;
function checkPhone(v: string, ctx: z.RefinementCtx) {
  if (!PHONE.test(v) || (v.match(/[0-9]/g)?.length ?? 0) < 3) {
    ctx.addIssue({ code: 'custom', message: `must be a phone number such as "(555) 010-0199 ext. 12" (got ${shown(v)})` });
  }
}

const text = (max: number) => z.string().trim().min(1).max(max);
const list = (entry: z.ZodType<string>) => z.array(entry).max(LIMITS.listEntries);

const HelpContact = z
  .strictObject({
    name: text(LIMITS.contactChars).optional().meta({ description: 'Who to ask, e.g. "Smith & Jones IT help desk".' }),
    phone: text(40).superRefine(checkPhone).optional().meta({ description: 'A phone number.' }),
    email: z.string().trim().min(1).pipe(z.email()).optional().meta({ description: 'An email address.' }),
    url: text(2000).superRefine(checkHttps).optional().meta({ description: 'An https:// web page.' }),
  })
  .refine((c) => Object.keys(c).length > 0, { message: 'must set at least one of name, phone, email, url' });

export type HelpContact = z.output<typeof HelpContact>;
export const HELP_CONTACT_FIELDS = Object.keys(HelpContact.shape) as Array<keyof HelpContact>;

const court = z.string().trim().toLowerCase().min(1).max(LIMITS.entryChars).superRefine(checkCourt);

/**
 * Every policy key. Order is the order of the docs and of the options page.
 * Each one's description is what Chrome shows an administrator.
 */
export const POLICY_KEYS = {
  helpContact: HelpContact.meta({
    title: 'Your firm’s help',
    description: 'The firm’s own help desk, shown in the toolbar popup above the court’s contacts.',
  }),
  sharedUsernames: list(text(LIMITS.entryChars))
    .transform(normalizeUsernames)
    .meta({ title: 'Shared firm PACER usernames', description: 'Flagged when typed on a PACER or court login.' }),
  sharedAccountNames: list(text(LIMITS.entryChars))
    .transform(normalizeNames)
    .meta({ title: 'Shared firm PACER account names', description: 'Flagged on the screen that confirms the link.' }),
  usernameHint: z.boolean().meta({
    title: 'Username hint',
    description: 'false: no hint when a username looks like the wrong kind (CM/ECF vs PACER).',
  }),
  pageCapture: z.boolean().meta({
    title: 'Save this page for testers',
    description: 'false: the popup does not offer a sanitised copy of the court page.',
  }),
  autoStart: z.boolean().meta({
    title: 'Start by itself',
    description: 'false: the guide starts only from the toolbar popup, never by itself on a linking screen.',
  }),
  courts: list(court)
    .min(1)
    .transform((xs) => [...new Set(xs)])
    .meta({ title: 'Courts offered', description: 'CM/ECF court ids the popup’s court picker offers.' }),
  defaultCourt: court.meta({
    title: 'Default court',
    description: 'Preselected in the popup when the tab shows no court and the user has picked none.',
  }),
  lockSettings: z.boolean().meta({
    title: 'Lock settings',
    description: 'true: what this policy sets cannot be changed by the user.',
  }),
} as const;

export type PolicyKey = keyof typeof POLICY_KEYS;
export const POLICY_KEY_NAMES = Object.keys(POLICY_KEYS) as PolicyKey[];
export type PolicyValues = { [K in PolicyKey]: z.output<(typeof POLICY_KEYS)[K]> };

/** The whole policy as one object: for Chrome's schema and the docs' examples. Runtime checks go key by key. */
export const policySchema = z.object(POLICY_KEYS).partial();

export function isPolicyKey(key: string): key is PolicyKey {
  return Object.hasOwn(POLICY_KEYS, key);
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  number: 'a number',
};

type Issue = z.core.$ZodIssue;

function pathOf(key: string, path: readonly PropertyKey[]): string {
  return key + path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
}

/** One zod issue as a sentence firm IT can act on. */
function sentence(key: string, issue: Issue): string {
  const at = pathOf(key, issue.path);
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      return `${at}: must be ${EXPECTED[issue.expected] ?? issue.expected} (got ${shown(input)})`;
    case 'too_big':
      return issue.origin === 'array'
        ? `${at}: at most ${issue.maximum} entries (got ${Array.isArray(input) ? input.length : 'more'})`
        : `${at}: at most ${issue.maximum} characters (got ${typeof input === 'string' ? input.length : 'more'})`;
    case 'too_small':
      return issue.origin === 'array' ? `${at}: must list at least one entry` : `${at}: must not be empty`;
    case 'invalid_format':
      return issue.format === 'email'
        ? `${at}: must be an email address such as help@yourfirm.com (got ${shown(input)})`
        : `${at}: ${issue.message} (got ${shown(input)})`;
    case 'unrecognized_keys':
      return `${at}: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys
        .slice(0, 5)
        .map((k) => `'${k}'`)
        .join(', ')} (known fields: ${HELP_CONTACT_FIELDS.join(', ')})`;
    default:
      return `${at}: ${issue.message}`;
  }
}

/** Problems named in one reason; a list of 500 bad entries gets a count, not 500 sentences. */
const SHOWN_ISSUES = 3;

export type KeyResult<K extends PolicyKey> = { value: PolicyValues[K] } | { ignored: string };

/**
 * One key's value, validated and normalised, or why it is ignored: its
 * first problems (the shallowest first: "too many entries" before an
 * entry's own), and how many more there are.
 */
export function parsePolicyKey<K extends PolicyKey>(key: K, raw: unknown): KeyResult<K> {
  const r = POLICY_KEYS[key].safeParse(raw, { reportInput: true });
  if (r.success) return { value: r.data as PolicyValues[K] };
  const issues = [...r.error.issues].sort((a, b) => a.path.length - b.path.length);
  const more = issues.length - SHOWN_ISSUES;
  return {
    ignored:
      issues.slice(0, SHOWN_ISSUES).map((i) => sentence(key, i)).join('; ') +
      (more > 0 ? ` (and ${more} more problem${more > 1 ? 's' : ''} in ${key})` : ''),
  };
}

export interface Ignored {
  /** The policy key (or `(policy)` when the policy as a whole is unusable). */
  key: string;
  reason: string;
}

export interface PolicyReport {
  /** The valid keys, normalised. */
  values: Partial<PolicyValues>;
  /** Every key that was ignored, with its reason, in the policy's order. */
  ignored: Ignored[];
}

export const NO_POLICY: PolicyReport = Object.freeze({ values: Object.freeze({}), ignored: Object.freeze([]) }) as unknown as PolicyReport;

function unknownKey(key: string): string {
  const near = POLICY_KEY_NAMES.find((k) => k.toLowerCase() === key.toLowerCase().replace(/[\s_-]/g, ''));
  return `unknown key '${key.length > 60 ? `${key.slice(0, 60)}…` : key}'${near ? ` (did you mean '${near}'?)` : ''}`;
}

/**
 * What storage.managed holds, key by key: the valid keys applied, each
 * invalid or unknown key ignored with its reason. Never throws.
 */
export function parsePolicy(raw: unknown): PolicyReport {
  if (raw === undefined) return { values: {}, ignored: [] };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { values: {}, ignored: [{ key: '(policy)', reason: `the policy must be an object of keys (got ${shown(raw)})` }] };
  }
  const values: Partial<PolicyValues> = {};
  const ignored: Ignored[] = [];
  let unknown = 0;
  for (const key of Object.keys(raw)) {
    if (!isPolicyKey(key)) {
      if (++unknown <= LIMITS.unknownKeys) ignored.push({ key, reason: unknownKey(key) });
      continue;
    }
    const r = parsePolicyKey(key, (raw as Record<string, unknown>)[key]);
    if ('value' in r) (values as Record<PolicyKey, unknown>)[key] = r.value;
    else ignored.push({ key, reason: r.ignored });
  }
  if (unknown > LIMITS.unknownKeys) {
    ignored.push({ key: '(policy)', reason: `and ${unknown - LIMITS.unknownKeys} more unknown keys` });
  }
  // A default court the picker would not offer could never be shown.
  if (values.defaultCourt && values.courts && !values.courts.includes(values.defaultCourt)) {
    ignored.push({
      key: 'defaultCourt',
      reason: `defaultCourt: "${values.defaultCourt}" is not one of the courts listed in courts (${values.courts.slice(0, 10).join(', ')}${values.courts.length > 10 ? ', …' : ''})`,
    });
    delete values.defaultCourt;
  }
  return { values, ignored };
}
