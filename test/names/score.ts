// Precision and recall of the two name checks (src/recognize/flags.ts) over
// the labelled corpus of test/names/ (issue 12 item 7). Shared by the test
// (test/names/names.test.ts), which asserts the goals, and report.ts, which
// prints the table for the note.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameFlags } from '../../src/recognize/flags';

export interface AccountName {
  name: string;
  cmecf: string;
  firm: boolean;
  note: string;
}
export interface NamePair {
  a: string;
  b: string;
  same: boolean;
  note: string;
  /** no reading of the two strings settles it: reported, not held to the goal */
  ambiguous?: boolean;
}

export const ACCOUNT_NAMES: AccountName[] = JSON.parse(readFileSync(join(import.meta.dirname, 'account-names.json'), 'utf8'));
export const NAME_PAIRS: NamePair[] = JSON.parse(readFileSync(join(import.meta.dirname, 'name-pairs.json'), 'utf8'));

export interface Score {
  check: string;
  /** what a raised flag means: 'firm' or 'different people' */
  positive: string;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  /** the entries the check gets wrong */
  misses: string[];
  falseAlarms: string[];
}

function score(check: string, positive: string, items: Array<{ label: boolean; raised: boolean; what: string }>): Score {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  for (const i of items) {
    if (i.label && i.raised) tp++;
    else if (!i.label && i.raised) (fp++, falseAlarms.push(i.what));
    else if (i.label && !i.raised) (fn++, misses.push(i.what));
    else tn++;
  }
  return { check, positive, tp, fp, fn, tn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1, misses, falseAlarms };
}

/** The shared-firm-account flag as the confirmation page raises it: PACER name `name`, the attorney's CM/ECF name beside it. */
export function firmScore(): Score {
  return score(
    'shared-firm-account',
    'firm',
    ACCOUNT_NAMES.map((e) => ({
      label: e.firm,
      raised: nameFlags({ cmecf: e.cmecf, pacer: e.name }).includes('shared-firm-account'),
      what: `${e.name} (CM/ECF: ${e.cmecf}; ${e.note})`,
    })),
  );
}

/** The name-mismatch flag: positive = the two names are of different people. `ambiguous`: score those pairs only, or the rest. */
export function mismatchScore(ambiguous = false): Score {
  return score(
    ambiguous ? 'name-mismatch (ambiguous pairs)' : 'name-mismatch',
    'different people',
    NAME_PAIRS.filter((p) => !!p.ambiguous === ambiguous).map((p) => ({
      label: !p.same,
      raised: nameFlags({ cmecf: p.a, pacer: p.b }).includes('name-mismatch'),
      what: `${p.a} / ${p.b} (${p.note})`,
    })),
  );
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

export function table(scores: Score[]): string {
  const rows = scores.map((s) => `| ${s.check} | ${s.positive} | ${s.tp + s.fn + s.fp + s.tn} | ${s.tp} | ${s.fp} | ${s.fn} | ${s.tn} | ${pct(s.precision)} | ${pct(s.recall)} |`);
  return ['| check | positive = | n | TP | FP | FN | TN | precision | recall |', '|---|---|---|---|---|---|---|---|---|', ...rows].join('\n');
}
