// A very large CM/ECF page, generated: a civil docket report (DktRpt.pl) of
// the District of Minnesota with `entries` docket entries (one table row
// each, plus the header rows), under the real CM/ECF menu bar markup of
// test/fixtures/real/cmecf_menubar_filer_district_mnd.html (a filer's menu:
// the recogniser should read it as `cmecf-linked`, court `mnd`).
//
// Only the menu bar and page head are taken from the recorded page; the
// docket body follows the shape of real DktRpt.pl output (a 3-column table:
// Date Filed, #, Docket Text, with document links and cross-references), with
// made-up parties and texts. Deterministic: the same arguments give the same
// bytes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../test/e2e/support/harness';

export const LARGE_PAGE_URL = 'https://ecf.mnd.uscourts.gov/cgi-bin/DktRpt.pl?118654832145678-L_1_0-1';
const SOURCE = join(ROOT, 'test/fixtures/real/cmecf_menubar_filer_district_mnd.html');
const MAIN_OPEN = '<div id="cmecfMainContent">';

const TEXTS: Array<(n: number, ref: string) => string> = [
  (n) => `COMPLAINT against Northstar Example Freight, Inc. ( Filing fee $ 405, receipt number AMNDC-${10000 + n}) filed by Example Widgets LLC. (Attachments: # 1 Civil Cover Sheet, # 2 Exhibit A)(Doe, Jane) (Entered: 01/02/2024)`,
  (_n, ref) => `ORDER granting ${ref} Motion for Extension of Time to File Answer. Answer due by 3/1/2024. Signed by Magistrate Judge A. B. Sample on 2/1/2024. (abc) (Entered: 02/01/2024)`,
  () => `NOTICE of Appearance by Richard Roe on behalf of Northstar Example Freight, Inc. (Roe, Richard) (Entered: 02/05/2024)`,
  (_n, ref) => `MEMORANDUM in Support re ${ref} MOTION to Dismiss for Failure to State a Claim filed by Northstar Example Freight, Inc. (Roe, Richard) (Entered: 02/12/2024)`,
  (_n, ref) => `DECLARATION of Pat Example in Support of ${ref} MOTION to Dismiss filed by Northstar Example Freight, Inc. (Attachments: # 1 Exhibit 1, # 2 Exhibit 2, # 3 Exhibit 3)(Roe, Richard) (Entered: 02/12/2024)`,
  () => `PRETRIAL SCHEDULING ORDER: Amended Pleadings due by 6/1/2024. Discovery due by 11/1/2024. Dispositive Motions due by 1/15/2025. Signed by Magistrate Judge A. B. Sample on 3/4/2024. (abc) (Entered: 03/04/2024)`,
  (_n, ref) => `RESPONSE in Opposition re ${ref} MOTION to Dismiss filed by Example Widgets LLC. (Doe, Jane) (Entered: 03/11/2024)`,
  () => `Minute Entry for proceedings held before Magistrate Judge A. B. Sample: Telephone Status Conference held on 4/2/2024. (Court Reporter None) (abc) (Entered: 04/02/2024)`,
  () => `CERTIFICATE OF SERVICE by Example Widgets LLC (Doe, Jane) (Entered: 04/09/2024)`,
  (_n, ref) => `LETTER TO DISTRICT JUDGE by Northstar Example Freight, Inc. regarding ${ref} Order. (Roe, Richard) (Entered: 04/15/2024)`,
  () => `TEXT ONLY ENTRY: The hearing set for 5/6/2024 is continued to 5/20/2024 at 10:00 AM in Courtroom 13W (MPLS) before District Judge C. D. Example. (def) (Entered: 04/22/2024)`,
  (_n, ref) => `STIPULATION for Protective Order re ${ref} Pretrial Scheduling Order by Example Widgets LLC, Northstar Example Freight, Inc. (Doe, Jane) (Entered: 05/01/2024)`,
];

function date(n: number): string {
  const d = new Date(Date.UTC(2010, 0, 4) + n * 86_400_000 * 0.6);
  return `${String(d.getUTCMonth() + 1).padStart(2, '0')}/${String(d.getUTCDate()).padStart(2, '0')}/${d.getUTCFullYear()}`;
}

function row(n: number): string {
  const doc = `${10111400000 + n}`;
  const refN = Math.max(1, n - 1 - (n % 7));
  const ref = `<a href="https://ecf.mnd.uscourts.gov/doc1/${10111400000 + refN}">${refN}</a>`;
  const text = TEXTS[n % TEXTS.length]!(n, ref);
  return (
    `<tr><td width="94" nowrap="" valign="top">${date(n)}</td>` +
    `<td style="white-space:nowrap" valign="top" align="right"><a href="https://ecf.mnd.uscourts.gov/doc1/${doc}" onclick="goDLS('/doc1/${doc}','186548','${n}','','','1','','');return(false);">${n}</a>` +
    `&nbsp;<a href="/cgi-bin/show_doc_info.pl?caseid=186548&amp;de_seq_num=${n * 3}"><img src="/graphics/dkt_info_icon.png" alt="Docket entry info" border="0"></a></td>` +
    `<td valign="top">${text}</td></tr>\n`
  );
}

export interface LargePage {
  url: string;
  html: string;
  /** Table rows in the page (docket entries plus header rows). */
  rows: number;
}

export function largeDocketPage(entries = 10_000): LargePage {
  const recorded = readFileSync(SOURCE, 'utf8');
  const cut = recorded.indexOf(MAIN_OPEN);
  if (cut < 0) throw new Error(`${SOURCE}: no ${MAIN_OPEN}`);
  // The recorded page's head and menu bar, verbatim (title adapted).
  const head = recorded.slice(0, cut).replace(/<title>[^<]*<\/title>/, '<title>CM/ECF - U.S. District Court:mnd - Docket Report</title>');
  const parts: string[] = [head, MAIN_OPEN, '<input type="hidden" id="cmecfMainContentScroll" value="0">\n'];
  let rows = 0;
  parts.push(
    '<table width="100%" border="0" cellspacing="5"><tbody><tr><td align="right">CLOSED</td></tr></tbody></table>\n',
    '<h3 align="center">U.S. District Court<br>\nU.S. District of Minnesota (DMN)<br>\nCIVIL DOCKET FOR CASE #: 0:10-cv-01234-CDE-ABS</h3>\n',
    '<table width="100%" border="0" cellspacing="5"><tbody><tr><td valign="top" width="60%"><br>Example Widgets LLC v. Northstar Example Freight, Inc.<br>Assigned to: District Judge C. D. Example<br>Referred to: Magistrate Judge A. B. Sample<br>Cause: 28:1332 Diversity-Breach of Contract</td>',
    '<td valign="top" width="40%"><br>Date Filed: 01/04/2010<br>Date Terminated: 12/30/2024<br>Jury Demand: Plaintiff<br>Nature of Suit: 190 Contract: Other<br>Jurisdiction: Diversity</td></tr></tbody></table>\n',
  );
  rows += 1;
  parts.push('<table width="100%" border="0" cellspacing="5"><tbody>');
  for (const [role, name, lawyer] of [
    ['Plaintiff', 'Example Widgets LLC', 'Jane Doe<br>Example &amp; Doe PLLC<br>100 Main Street, Suite 1<br>Minneapolis, MN 55401<br>Email: jdoe@example.com<br><i>LEAD ATTORNEY<br>ATTORNEY TO BE NOTICED</i>'],
    ['Defendant', 'Northstar Example Freight, Inc.', 'Richard Roe<br>Roe Law Group<br>200 Second Avenue<br>Saint Paul, MN 55102<br>Email: rroe@example.com<br><i>LEAD ATTORNEY<br>ATTORNEY TO BE NOTICED</i>'],
  ]) {
    parts.push(`<tr><td><b><u>${role}</u></b></td></tr><tr><td valign="top" width="40%"><b>${name}</b></td><td valign="top" width="20%" align="right">represented&nbsp;by</td><td valign="top" width="40%"><b>${lawyer}</b></td></tr>`);
    rows += 2;
  }
  parts.push('</tbody></table>\n<br>\n');
  parts.push('<table align="center" width="99%" border="1" cellpadding="5" cellspacing="0" rules="all"><tbody>\n<tr><th>Date Filed</th><th>#</th><th>Docket Text</th></tr>\n');
  rows += 1;
  for (let n = 1; n <= entries; n++) parts.push(row(n));
  rows += entries;
  parts.push('</tbody></table>\n<br><hr><center><table border="1" bgcolor="white" width="400"><tbody><tr><th colspan="4"><font size="+1" color="DARKRED">PACER Service Center </font></th></tr><tr><th colspan="4"><font color="DARKBLUE">Transaction Receipt </font></th></tr></tbody></table></center>\n');
  rows += 2;
  parts.push('</div>\n</body>\n');
  return { url: LARGE_PAGE_URL, html: parts.join(''), rows };
}

// ---------------------------------------------------------------------------
// A very large page on the PACER login host, for the mutating-page case
// (measure/mutating.ts, issue 10 item 7): the generic PACER login fixture
// (no court-branded heading, so the recogniser's search for one never stops
// early) with `rows` table rows of links, spans and paragraphs below the
// form, and a small ticker box whose text the benchmark changes all the time.
// The ticker is fixed and `contain: strict`, so changing it lays out nothing
// else: the page's own cost stays small, and what is measured is what a
// changing page makes the extension do (its MutationObserver and rechecks).

export const LOGIN_PAGE_URL = 'https://pacer.login.uscourts.gov/csologin/login.jsf';
const LOGIN_SOURCE = join(ROOT, 'test/fixtures/generic/nocourt-pacer-login.html');
export const TICKER_ID = 'bench-ticker';

export function largeLoginPage(rows = 30_000): LargePage {
  const base = readFileSync(LOGIN_SOURCE, 'utf8');
  const parts: string[] = [
    `<div id="${TICKER_ID}" style="position:fixed;top:0;right:0;width:14em;height:1.6em;overflow:hidden;contain:strict">0</div>`,
    '<table id="bench-rows"><tbody>',
  ];
  for (let i = 0; i < rows; i++) {
    parts.push(
      `<tr><td><a href="#e${i}">${i + 1}</a></td><td><span>03/${(i % 28) + 1}/2026</span></td>` +
        `<td><p>ORDER granting motion ${i}. Signed by the judge on the date shown. <span>(entry ${i})</span></p></td></tr>`,
    );
  }
  parts.push('</tbody></table>');
  const cut = base.search(/<\/body>/i);
  if (cut < 0) throw new Error(`${LOGIN_SOURCE}: no </body>`);
  return { url: LOGIN_PAGE_URL, html: base.slice(0, cut) + parts.join('') + base.slice(cut), rows };
}
