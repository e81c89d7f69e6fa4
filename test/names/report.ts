// Prints the precision/recall table of the two name checks over the corpus,
// for the note: `npx tsx test/names/report.ts`.
import { ACCOUNT_NAMES, NAME_PAIRS, firmScore, mismatchScore, table } from './score';

const scores = [firmScore(), mismatchScore(), mismatchScore(true)];
console.log(`Corpus: ${ACCOUNT_NAMES.length} account names (${ACCOUNT_NAMES.filter((a) => a.firm).length} firms), ${NAME_PAIRS.length} name pairs (${NAME_PAIRS.filter((p) => p.same).length} same person, ${NAME_PAIRS.filter((p) => p.ambiguous).length} marked ambiguous)\n`);
console.log(table(scores));
for (const s of scores) {
  for (const m of s.misses) console.log(`\n${s.check}: missed (${s.positive} not flagged): ${m}`);
  for (const f of s.falseAlarms) console.log(`\n${s.check}: false alarm: ${f}`);
}
