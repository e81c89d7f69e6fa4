// The directory of district and bankruptcy courts, small enough for the
// content script: ids, PSC login codes and the names PACER brands its login
// pages with, all derived from the compact table (see table.generated.ts).
import { COURT_TABLE } from './table.generated';

export type CourtType = 'bankruptcy' | 'district';

export interface Court {
  /** CM/ECF id, the `<court>` of `ecf.<court>.uscourts.gov`: `ctb`, `mnd`. */
  id: string;
  type: CourtType;
  /** State or territory, as the directory names it. */
  location: string;
  /** PACER Service Center login code (`pscCourtId`): `CTBK`, `MNDC`. */
  psc: string;
  /** How the PACER login names the court: "Connecticut Bankruptcy Court". */
  pacerName: string;
}

const DIRECTIONS: Record<string, string> = {
  n: 'Northern', s: 'Southern', e: 'Eastern', w: 'Western', c: 'Central', m: 'Middle',
};

let byId: Map<string, Court> | undefined;
let byName: Map<string, Court> | undefined;

function build(): Map<string, Court> {
  const map = new Map<string, Court>();
  for (const entry of COURT_TABLE.split(',')) {
    const colon = entry.indexOf(':');
    const id = entry.slice(0, colon);
    const location = entry.slice(colon + 1);
    const type: CourtType = id.endsWith('b') ? 'bankruptcy' : 'district';
    // `ctb` = state + type; `nynb` = state + direction + type. The Northern
    // Mariana Islands (`nmid`) is the one four-letter id without a direction.
    const dirLetter = id.length === 4 && location !== 'Northern Mariana Islands' ? id.charAt(2) : '';
    const place = location === 'Washington D.C.' ? 'District of Columbia' : location;
    const pacerName = [place, DIRECTIONS[dirLetter] ?? '', type === 'bankruptcy' ? 'Bankruptcy' : 'District', 'Court']
      .filter(Boolean)
      .join(' ');
    // PSC codes follow one rule for all 188 courts (checked by a unit test
    // against the full directory): id without its type letter, upper-cased,
    // plus BK or DC.
    const psc = id.slice(0, -1).toUpperCase() + (type === 'bankruptcy' ? 'BK' : 'DC');
    map.set(id, { id, type, location, psc, pacerName });
  }
  return map;
}

export function allCourts(): Court[] {
  byId ??= build();
  return [...byId.values()];
}

export function courtById(id: string | null | undefined): Court | undefined {
  if (!id) return undefined;
  byId ??= build();
  return byId.get(id.toLowerCase());
}

/** `CTBK` -> ctb. Also accepts the court chooser's option values (`E_CTBK`). */
export function courtByPsc(code: string | null | undefined): Court | undefined {
  if (!code) return undefined;
  const m = /^(?:[A-Z]_)?([A-Z]{2,3}[NSEWCM]?)(BK|DC)$/i.exec(code.trim());
  if (!m) return undefined;
  const court = courtById(m[1]!.toLowerCase() + (m[2]!.toUpperCase() === 'BK' ? 'b' : 'd'));
  return court && court.psc === code.trim().toUpperCase().replace(/^[A-Z]_/, '') ? court : undefined;
}

function normName(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** "Connecticut Bankruptcy Court" (as PACER brands its login) -> ctb. */
export function courtByPacerName(name: string): Court | undefined {
  if (!byName) {
    byName = new Map();
    for (const c of allCourts()) byName.set(normName(c.pacerName), c);
  }
  return byName.get(normName(name));
}

export const COURT_HOST_RE = /^(ecf|ecf-train|www)\.([a-z]+)\.uscourts\.gov$/;
