// The shape of a court profile: each court's linking steps as its own guide
// gives them. Checked with zod in the unit tests and when the extension is
// built (wxt.config.ts), so a malformed profile fails the build with the
// court and the field; the extension itself only imports the types.
//
// Every sentence a profile shows carries its source (src/profiles/source.ts):
// a court guide's step, quoted exactly (test/sources.test.ts finds the words
// in ../shared/seeds/), or general advice. Titles are the extension's own
// few-word summaries and are always general (TITLE_SOURCE).
import { z } from 'zod';
import { SCREEN_IDS } from '../recognize/types';
import { TARGET_KINDS } from './targets';

const ScreenOnPage = z.enum(SCREEN_IDS.filter((s) => s !== 'unknown') as [string, ...string[]]);

const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// address' });

export const CourtSourceSchema = z.strictObject({
  kind: z.literal('court'),
  court: z.string().regex(/^[a-z]{3,4}$/),
  /** The seed file: "seeds/000_8417814b27c57c2d.txt". */
  guide: z.string().regex(/^seeds\/\d{3}_[0-9a-f]{16}\.txt$/, 'a seed file: seeds/NNN_<hash>.txt'),
  /** "3", "10a", "3 (note)", "5 (linking instructions, item 3)", "introduction". */
  step: z.string().regex(/^(?:\d+a?(?: \(.+\))?|introduction)$/, 'a step number, "10a", "N (…)" or "introduction"'),
});

export const GeneralSourceSchema = z.strictObject({
  kind: z.literal('general'),
  basis: z.string().min(3),
});

export const TextSourceSchema = z.discriminatedUnion('kind', [CourtSourceSchema, GeneralSourceSchema]);

export const SourcedTextSchema = z.strictObject({
  text: z.string().min(3).max(600),
  source: TextSourceSchema,
});

export const LinkSchema = z.strictObject({
  label: z.string().min(1),
  url: httpsUrl,
  /** Where the address comes from. */
  source: TextSourceSchema,
});

export const ContactSchema = z
  .strictObject({
    label: z.string().min(1),
    email: z.email().optional(),
    phone: z.string().regex(/^[0-9()+\- .]{7,}$/, 'a phone number').optional(),
    url: httpsUrl.optional(),
    /** Where the contact comes from. */
    source: TextSourceSchema,
    /** What the guide says this contact is for ("If you forgot your CM/ECF Username, please contact our helpdesk"). */
    about: SourcedTextSchema.optional(),
  })
  .refine((c) => c.email || c.phone || c.url, 'a contact needs an email, a phone or a url');

/**
 * One wording of a step: its title, its instruction, and which element on
 * the page these words are about. The guide uses the words only when the
 * spotlight is on an element they describe (src/guide/decide.ts).
 */
export const WordsSchema = z.strictObject({
  /**
   * The kinds of target these words describe (src/profiles/targets.ts):
   * "link-account", "nextgen-menu-items", "username"… "none": the screen
   * as a whole, nothing pointed at.
   */
  describes: z.array(z.enum(TARGET_KINDS)).min(1),
  /** Only before (not-linked) or after (linked) the accounts were linked in this session. */
  when: z.enum(['linked', 'not-linked']).optional(),
  /** A few words for the checklist and the tooltip heading: the extension's own summary. */
  title: z.string().min(3).max(70),
  /** What to do: the court's own words or general advice, part by part. */
  instruction: z.array(SourcedTextSchema).min(1),
  /** On a login: which username and password these words ask for (drives the username hint). */
  credentials: z.enum(['pacer', 'cmecf']).optional(),
});

export const StepSchema = z.strictObject({
  /** Stable id, used for progress: "log-in-cmecf", "open-utilities". */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by hyphens'),
  /** The screens on which this step is the current one. */
  screens: z.array(ScreenOnPage).min(1),
  /**
   * A branch: shown only when the user lands on its screen, not counted in
   * "Step n of N" (it carries the number of the step before it).
   * nextgen-menu: the link sits under "NextGen Release 1.1 Menu Items";
   * pending-error: a registration request blocks linking;
   * menus-missing: after success, the filing menus did not appear;
   * login-app: a PACER login screen the court's guide does not show.
   */
  branch: z.enum(['nextgen-menu', 'pending-error', 'menus-missing', 'login-app']).optional(),
  /** The guide says this step may not appear (seed 000 step 4): counted, never "missed" when skipped. */
  optional: z.boolean().optional(),
  /** The wordings, the first being the usual one; one per kind of target the screen may have. */
  words: z.array(WordsSchema).min(1),
});

export const ProfileSchema = z
  .strictObject({
    /** CM/ECF id of the court, or generic-bankruptcy / generic-district. */
    court: z.string().regex(/^(?:[a-z]{3,4}|generic-bankruptcy|generic-district)$/),
    /** "U.S. Bankruptcy Court, District of Connecticut" ({courtName} in generic profiles). */
    name: z.string().min(3),
    /** Where the steps come from: "seeds/000_8417814b27c57c2d.txt" (documentation only). */
    source: z.string().min(3),
    /** Dates and conditions the guide names: "Linking can occur only on or after October 12, 2021." */
    notes: z.array(SourcedTextSchema),
    /** What to have ready before starting. */
    ready: z.array(SourcedTextSchema).min(1),
    contacts: z.array(ContactSchema),
    links: z.array(LinkSchema),
    steps: z.array(StepSchema).min(4),
    /** What to try when the filing menus do not appear: shown on the menus-missing branch and in the popup. */
    troubleshooting: z.array(SourcedTextSchema).min(1),
  })
  .superRefine((p, ctx) => {
    const ids = new Set<string>();
    p.steps.forEach((s, i) => {
      if (ids.has(s.id)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: `duplicate step id ${s.id}` });
      ids.add(s.id);
      // Two wordings for the same target and the same moment: which one is meant?
      const seen = new Set<string>();
      s.words.forEach((w, j) =>
        w.describes.forEach((d) => {
          const key = `${w.when ?? '*'}:${d}`;
          if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'words', j, 'describes'], message: `two wordings describe ${d}` });
          seen.add(key);
        }),
      );
    });
    if (p.steps[0]?.branch) ctx.addIssue({ code: 'custom', path: ['steps', 0, 'branch'], message: 'the first step cannot be a branch' });
    const last = p.steps.filter((s) => !s.branch).at(-1);
    if (!last?.screens.includes('cmecf-linked'))
      ctx.addIssue({ code: 'custom', path: ['steps'], message: 'the last step must be on cmecf-linked (the filing menus are there)' });
    for (const needed of ['link-form', 'link-confirm', 'link-success'])
      if (!p.steps.some((s) => s.screens.includes(needed)))
        ctx.addIssue({ code: 'custom', path: ['steps'], message: `no step for the ${needed} screen` });
    // A court's own words are only ever its own guide's.
    if (/^[a-z]{3,4}$/.test(p.court)) {
      const foreign = JSON.stringify(p).match(/"kind":"court","court":"([a-z]+)"/g)?.filter((m) => !m.endsWith(`"${p.court}"`));
      if (foreign?.length) ctx.addIssue({ code: 'custom', path: ['steps'], message: `quotes another court's guide: ${foreign[0]}` });
    } else if (/"kind":"court"/.test(JSON.stringify(p))) {
      ctx.addIssue({ code: 'custom', path: ['steps'], message: 'a generic profile has no court of its own to quote: general advice only' });
    }
  });

export type Profile = z.infer<typeof ProfileSchema>;
export type Step = z.infer<typeof StepSchema>;
export type Words = z.infer<typeof WordsSchema>;

/** "ctb: steps.3.instruction: Too small: …" — the court and the field, for build errors. */
export function describeProfileError(court: string, error: z.ZodError): string {
  return error.issues.map((i) => `profile ${court}: ${i.path.join('.') || '(profile)'}: ${i.message}`).join('\n');
}
