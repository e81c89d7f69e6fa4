// The court table against PACER's own court list (issue 12 item 9):
// ../shared/data/pacer-court-lookup-2023-01.json, PACER's court CM/ECF
// lookup of January 2023 (court_id = the login's pscCourtId; title = the
// name a court-branded login shows; login_url = the court's CM/ECF).
// Checks src/courts/federal-courts.json and the table derived from it
// (src/courts/courts.ts: psc codes and PACER names built by rule), and
// states every difference; docs/screens.md ("Court table against PACER's
// list") says what each one means. A new difference fails here until it
// is looked at.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { allCourts, courtByPacerName, courtByPsc } from '../src/courts/courts';
import directory from '../src/courts/federal-courts.json' with { type: 'json' };

interface PacerCourt {
  court_id: string;
  title: string;
  type: 'District' | 'Bankruptcy' | 'Appeals' | 'National';
  login_url: string | null;
}

const pacer = (JSON.parse(readFileSync(resolve(import.meta.dirname, '../../shared/data/pacer-court-lookup-2023-01.json'), 'utf8')) as { data: PacerCourt[] }).data;
const byCode = new Map(pacer.map((p) => [p.court_id, p]));
const hostOf = (u: string | null) => {
  try {
    return u ? new URL(u).hostname : '';
  } catch {
    return '';
  }
};

function differences(): string[] {
  const out: string[] = [];
  for (const c of allCourts()) {
    const entry = (directory as Array<{ cmecf_id: string; psc_court_id: string; court_type: string }>).find((d) => d.cmecf_id === c.id)!;
    if (entry.psc_court_id !== c.psc) out.push(`${c.id}: federal-courts.json psc ${entry.psc_court_id}, derived table ${c.psc}`);
    const p = byCode.get(c.psc);
    if (!p) {
      out.push(`${c.id}: psc ${c.psc} not in PACER's list`);
      continue;
    }
    if (p.type.toLowerCase() !== c.type) out.push(`${c.id}: PACER type ${p.type}, table ${c.type}`);
    if (hostOf(p.login_url) !== `ecf.${c.id}.uscourts.gov`) out.push(`${c.id}: PACER's CM/ECF address ${p.login_url}`);
    if (p.title !== c.pacerName) out.push(`${c.id}: PACER title "${p.title}", table "${c.pacerName}"`);
  }
  const ours = new Set(allCourts().map((c) => c.psc));
  for (const p of pacer) {
    if ((p.type === 'District' || p.type === 'Bankruptcy' || /(?:BK|DC)$/.test(p.court_id)) && !ours.has(p.court_id) && p.court_id !== '00PCL')
      out.push(`PACER only: ${p.court_id} "${p.title}" (${p.type}, ${p.login_url})`);
  }
  return out;
}

/** Each difference, and why the table keeps its value (docs/screens.md says the same). */
const KNOWN: Record<string, string> = {
  // PACER's title lacks "Court" for this one court; every other title is "<place> [<direction>] Bankruptcy|District Court".
  // The login of NMIBK is recognised by its pscCourtId (courtByPsc), so the recogniser does not depend on the name.
  'nmib: PACER title "Northern Mariana Islands Bankruptcy", table "Northern Mariana Islands Bankruptcy Court"': 'documented',
  // National courts, not district or bankruptcy courts of the directory (no NextGen linking guide covers them).
  'PACER only: CITDC "U.S. Court of International Trade" (National, https://ecf.cit.uscourts.gov)': 'documented',
  // A second CM/ECF of N.D. Ohio for its asbestos docket (ecf.ohndad.ohnd…): not a court of its own; ohnd is in the table.
  'PACER only: OHNDAD "Ohio Northern District Court  (asbestos)" (District, https://ecf.ohndad.ohnd.uscourts.gov)': 'documented',
  'PACER only: JPMLDC "Judicial Panel On Multidistrict Litigation" (National, https://ecf.jpml.uscourts.gov)': 'documented',
};

describe('the court table against PACER’s court list (January 2023)', () => {
  test('the list is PACER’s and covers the courts', () => {
    expect(pacer.length).toBeGreaterThan(200);
    expect(allCourts()).toHaveLength(188);
  });

  test('every difference is a known, documented one', () => {
    expect(differences().sort()).toEqual(Object.keys(KNOWN).sort());
  });

  test('PSC codes: all 188 match PACER’s list, and the login’s pscCourtId finds each court', () => {
    for (const c of allCourts()) {
      expect(byCode.has(c.psc), c.id).toBe(true);
      expect(courtByPsc(c.psc)?.id, c.psc).toBe(c.id);
    }
  });

  test('court-branded names: PACER’s title finds the court wherever it ends in "Court"', () => {
    for (const c of allCourts()) {
      const title = byCode.get(c.psc)!.title;
      if (/Court$/.test(title)) expect(courtByPacerName(title)?.id, title).toBe(c.id);
    }
  });
});
