// The shape of a court profile: each court's linking steps as its own guide
// gives them. Checked with zod in the unit tests and when the extension is
// built (wxt.config.ts), so a malformed profile fails the build with the
// court and the field; the extension itself only imports the types.
import { z } from 'zod';
import { SCREEN_IDS } from '../recognize/types';

const ScreenOnPage = z.enum(SCREEN_IDS.filter((s) => s !== 'unknown') as [string, ...string[]]);

const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// address' });

export const LinkSchema = z.strictObject({
  label: z.string().min(1),
  url: httpsUrl,
});

export const ContactSchema = z
  .strictObject({
    label: z.string().min(1),
    email: z.email().optional(),
    phone: z.string().regex(/^[0-9()+\- .]{7,}$/, 'a phone number').optional(),
    url: httpsUrl.optional(),
  })
  .refine((c) => c.email || c.phone || c.url, 'a contact needs an email, a phone or a url');

export const StepSchema = z.strictObject({
  /** Stable id, used for progress: "log-in-cmecf", "open-utilities". */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by hyphens'),
  /** The screens on which this step is the current one. */
  screens: z.array(ScreenOnPage).min(1),
  /** A few words for the checklist: "Log in with your CM/ECF username". */
  title: z.string().min(3).max(70),
  /** What to do, in the court's own words (its guide, lightly trimmed). */
  instruction: z.string().min(10).max(600),
  /** Where the words come from: "seeds/000 step 3". */
  source: z.string().min(3),
  /**
   * A branch: shown only when the user lands on its screen, not counted in
   * "Step n of N" (it carries the number of the step before it).
   * nextgen-menu: the link sits under "NextGen Release 1.1 Menu Items";
   * pending-error: a registration request blocks linking;
   * menus-missing: after success, the filing menus did not appear;
   * login-app: a PACER login screen the court's guide does not show.
   */
  branch: z.enum(['nextgen-menu', 'pending-error', 'menus-missing', 'login-app']).optional(),
  /** The guide says this step may not appear (seed 000 step 4). Counted, but may be skipped. */
  optional: z.boolean().optional(),
  /** On a login step: which username and password this page wants. */
  credentials: z.enum(['pacer', 'cmecf']).optional(),
  /**
   * On the Utilities step: the words for when the link is not on that page
   * and the next action is "NextGen Release 1.1 Menu Items" instead.
   */
  fallbackInstruction: z.string().min(10).max(600).optional(),
  /** The title that goes with fallbackInstruction: the spotlight is on another link then. */
  fallbackTitle: z.string().min(3).max(70).optional(),
});

export const ProfileSchema = z
  .strictObject({
    /** CM/ECF id of the court, or generic-bankruptcy / generic-district. */
    court: z.string().regex(/^(?:[a-z]{3,4}|generic-bankruptcy|generic-district)$/),
    /** "U.S. Bankruptcy Court, District of Connecticut" ({court} in generic profiles). */
    name: z.string().min(3),
    /** Where the steps come from: "seeds/000_8417814b27c57c2d.txt". */
    source: z.string().min(3),
    /** Dates and conditions the guide names: "Linking can occur only on or after October 12, 2021." */
    notes: z.array(z.string().min(3)),
    /** What to have ready before starting. */
    ready: z.array(z.string().min(3)).min(1),
    contacts: z.array(ContactSchema),
    links: z.array(LinkSchema),
    steps: z.array(StepSchema).min(4),
    /** The guide's own steps for when the filing menus do not appear (seed 000 step 12). */
    troubleshooting: z.array(z.string().min(3)).min(1),
  })
  .superRefine((p, ctx) => {
    const ids = new Set<string>();
    p.steps.forEach((s, i) => {
      if (!!s.fallbackInstruction !== !!s.fallbackTitle)
        ctx.addIssue({ code: 'custom', path: ['steps', i, s.fallbackTitle ? 'fallbackInstruction' : 'fallbackTitle'], message: 'fallbackInstruction and fallbackTitle go together' });
      if (ids.has(s.id)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: `duplicate step id ${s.id}` });
      ids.add(s.id);
    });
    if (p.steps[0]?.branch) ctx.addIssue({ code: 'custom', path: ['steps', 0, 'branch'], message: 'the first step cannot be a branch' });
    const last = p.steps.filter((s) => !s.branch).at(-1);
    if (!last?.screens.includes('cmecf-linked'))
      ctx.addIssue({ code: 'custom', path: ['steps'], message: 'the last step must be on cmecf-linked (the filing menus are there)' });
    for (const needed of ['link-form', 'link-confirm', 'link-success'])
      if (!p.steps.some((s) => s.screens.includes(needed)))
        ctx.addIssue({ code: 'custom', path: ['steps'], message: `no step for the ${needed} screen` });
  });

export type Profile = z.infer<typeof ProfileSchema>;
export type Step = z.infer<typeof StepSchema>;

/** "ctb: steps.3.instruction: Too small: …" — the court and the field, for build errors. */
export function describeProfileError(court: string, error: z.ZodError): string {
  return error.issues.map((i) => `profile ${court}: ${i.path.join('.') || '(profile)'}: ${i.message}`).join('\n');
}
