// The court, when no court page is open in the tab: all 188 courts of the
// directory, the state first so that typing "conn" finds Connecticut; or
// only the courts the firm's policy lists (courts).
import { COURT_OPTIONS } from './model';

export function CourtPicker({
  court,
  onPick,
  courts = null,
}: {
  court: string | null;
  onPick: (court: string | null) => void;
  /** The firm's courts; null: every court. */
  courts?: readonly string[] | null;
}) {
  const options = courts ? COURT_OPTIONS.filter((c) => courts.includes(c.id)) : COURT_OPTIONS;
  return (
    <div class="court">
      <label for="court-select">Your court</label>
      <select
        id="court-select"
        aria-describedby="court-hint"
        value={court ?? ''}
        onChange={(e) => onPick((e.currentTarget as HTMLSelectElement).value || null)}
      >
        <option value="">Choose your court…</option>
        {options.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
      <p id="court-hint" class="small">
        {courts
          ? 'No court page is open in this tab. Pick the court: these are the courts your firm chose, listed by state.'
          : 'No court page is open in this tab. Pick the court, listed by state: type the state’s name to jump to it.'}
      </p>
    </div>
  );
}
