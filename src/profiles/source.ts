// Where each sentence the extension shows comes from (issue 12): a court
// guide's step, quoted exactly (a test finds the words in ../shared/seeds/),
// or general advice, shown to the user as such. Nothing is shown without one.

/** A court guide's step: `guide` is the seed file ("seeds/000_8417814b27c57c2d.txt"), `step` as the guide numbers it ("3", "10a", "dialog item 5"). */
export interface CourtSource {
  kind: 'court';
  court: string;
  guide: string;
  step: string;
}

/** General advice: true for every court, or not from a court at all. `basis` says what it rests on ("every seed guide, step 2", "research/login-changes-2024-2026.md"). */
export interface GeneralSource {
  kind: 'general';
  basis: string;
}

export type TextSource = CourtSource | GeneralSource;

export interface SourcedText {
  text: string;
  source: TextSource;
}
