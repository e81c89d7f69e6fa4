// The court, when no court page is open in the tab: all 188 courts of the
// directory, the state first so that typing "conn" finds Connecticut.
import { COURT_OPTIONS } from './model';

export function CourtPicker({ court, onPick }: { court: string | null; onPick: (court: string | null) => void }) {
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
        {COURT_OPTIONS.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
      <p id="court-hint" class="small">
        No court page is open in this tab. Pick the court, listed by state: type the state’s name to jump to it.
      </p>
    </div>
  );
}
