// Court profiles: the five seed courts' own guides, and a generic NextGen
// profile for every other district and bankruptcy court. The data is
// validated by the schema at build time and in tests; here it is only read.
import type { Profile, Step, Words } from './schema';
import ctb from './data/ctb.json' with { type: 'json' };
import nynb from './data/nynb.json' with { type: 'json' };
import gasb from './data/gasb.json' with { type: 'json' };
import mnd from './data/mnd.json' with { type: 'json' };
import cacb from './data/cacb.json' with { type: 'json' };
import genericBankruptcy from './data/generic-bankruptcy.json' with { type: 'json' };
import genericDistrict from './data/generic-district.json' with { type: 'json' };
import directory from '../courts/federal-courts.json' with { type: 'json' };

export type { Profile, Step, Words };
export type { SourcedText, TextSource } from './source';

/** The profiles written from a court's own guide (../shared/seeds). */
export const SEED_PROFILES: Readonly<Record<string, Profile>> = { ctb, nynb, gasb, mnd, cacb } as Record<string, Profile>;
export const GENERIC_PROFILES = {
  bankruptcy: genericBankruptcy as Profile,
  district: genericDistrict as Profile,
};

interface DirectoryEntry {
  cmecf_id: string;
  court_type: string;
  name: string;
}

const byId: ReadonlyMap<string, DirectoryEntry> = new Map((directory as DirectoryEntry[]).map((c) => [c.cmecf_id, c]));

export function isKnownCourt(court: string): boolean {
  return byId.has(court);
}

/** The directory's name of the court: "United States Bankruptcy Court, D. Alaska". */
export function courtName(court: string): string {
  return byId.get(court)?.name ?? court;
}

function fill(text: string, court: string): string {
  return text.replaceAll('{courtName}', courtName(court)).replaceAll('{ecfHost}', `ecf.${court}.uscourts.gov`);
}

/** The profile for a court of the directory, or undefined for anything else. */
export function profileFor(court: string): Profile | undefined {
  if (Object.hasOwn(SEED_PROFILES, court)) return SEED_PROFILES[court];
  const entry = byId.get(court);
  if (!entry) return undefined;
  const template = entry.court_type === 'district' ? GENERIC_PROFILES.district : GENERIC_PROFILES.bankruptcy;
  // Placeholders are filled through a JSON round trip so that every string
  // field, however deeply nested, is covered.
  const filled = JSON.parse(JSON.stringify(template), (_k, v) => (typeof v === 'string' ? fill(v, court) : v)) as Profile;
  return {
    ...filled,
    court,
    contacts: [
      ...filled.contacts,
      {
        label: `${courtName(court)} (court website)`,
        url: `https://www.${court}.uscourts.gov/`,
        source: { kind: 'general', basis: 'the court’s public website' },
      },
    ],
  };
}
