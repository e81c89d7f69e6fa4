// How a text's source is named to the user (issue 12, item 4): "What the
// court says — Connecticut Bankruptcy Court guide, step 3" or "General
// advice". No JSON here: the overlay's page script imports it.
import type { TextSource } from './source';

/** The five court guides of ../shared/seeds, by court. */
export const GUIDE_NAMES: Readonly<Record<string, string>> = {
  ctb: 'Connecticut Bankruptcy Court guide',
  nynb: 'New York Northern Bankruptcy Court guide',
  gasb: 'Georgia Southern Bankruptcy Court guide',
  mnd: 'Minnesota District Court guide',
  cacb: 'California Central Bankruptcy Court guide',
};

/** Titles are the extension's own summaries of the step (src/profiles/data/README.md). */
export const TITLE_SOURCE: TextSource = Object.freeze({ kind: 'general', basis: 'the extension’s summary of this step' });

/** Text that came without a source is never presented as a court's. */
export const UNSOURCED: TextSource = Object.freeze({ kind: 'general', basis: 'the extension' });

/** "step 3", "step 5 (linking instructions, item 3)", "introduction". */
export function stepName(step: string): string {
  return /^\d/.test(step) ? `step ${step}` : step;
}

/** "Connecticut Bankruptcy Court guide, step 3". */
export function guideRef(source: Extract<TextSource, { kind: 'court' }>): string {
  return `${GUIDE_NAMES[source.court] ?? `${source.court.toUpperCase()} court guide`}, ${stepName(source.step)}`;
}

export const COURT_SAYS = 'What the court says';
export const GENERAL_ADVICE = 'General advice, not from this court’s guide';

/** The label shown above a text: whose words these are. */
export function sourceLabel(source: TextSource | undefined): string {
  const s = isSource(source) ? source : UNSOURCED;
  return s.kind === 'court' ? `${COURT_SAYS} — ${guideRef(s)}` : GENERAL_ADVICE;
}

/** A TextSource as sent between contexts (anything else counts as general). */
export function isSource(x: unknown): x is TextSource {
  if (!x || typeof x !== 'object') return false;
  const s = x as Record<string, unknown>;
  return (
    (s.kind === 'court' && typeof s.court === 'string' && typeof s.guide === 'string' && typeof s.step === 'string') ||
    (s.kind === 'general' && typeof s.basis === 'string')
  );
}

/** Same source (to label a run of parts once). */
export function sameSource(a: TextSource, b: TextSource): boolean {
  return a.kind === 'court' && b.kind === 'court'
    ? a.court === b.court && a.step === b.step
    : a.kind === b.kind;
}
