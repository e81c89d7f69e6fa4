// Validates every profile: the five seed courts' and the generic one as
// filled in for each of the 188 courts. Run by the build (wxt.config.ts) and
// the unit tests; never shipped, so the extension does not carry zod.
import { ProfileSchema, describeProfileError } from './schema';
import { GENERIC_PROFILES, SEED_PROFILES, profileFor } from './index';
import directory from '../courts/federal-courts.json' with { type: 'json' };

/** One line per problem, each naming the court (or generic profile) and the field. */
export function profileErrors(profiles: Record<string, unknown> = allProfiles()): string[] {
  const errors: string[] = [];
  for (const [court, profile] of Object.entries(profiles)) {
    const r = ProfileSchema.safeParse(profile);
    if (!r.success) errors.push(describeProfileError(court, r.error));
    else if (court.endsWith('(as filled in)') && /\{(?:courtName|ecfHost)\}/.test(JSON.stringify(profile)))
      errors.push(`profile ${court}: a {placeholder} was left unfilled`);
  }
  return errors;
}

export function allProfiles(): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ...SEED_PROFILES,
    'generic-bankruptcy': GENERIC_PROFILES.bankruptcy,
    'generic-district': GENERIC_PROFILES.district,
  };
  for (const c of directory as Array<{ cmecf_id: string }>) out[`${c.cmecf_id} (as filled in)`] = profileFor(c.cmecf_id);
  return out;
}
