// Beside every setting of the options page: where its value came from (the
// default, the user, the firm's policy), whether the firm locked it, and what
// of the firm's policy for it was ignored and why (issue 5).
import { SOURCE_LABEL, type Setting } from '../policy/effective';

export const LOCKED_TEXT = 'Locked by your firm: you cannot change this.';
export const IGNORED_PREFIX = 'Your firm’s setting was ignored: ';

/** Where a setting's value came from; locked and ignored beside it. `id` for the field's aria-describedby. */
export function Source({ id, setting }: { id: string; setting: Setting<unknown> }) {
  return (
    <div class="about" id={id}>
      <p class="source" data-source={setting.source}>
        {SOURCE_LABEL[setting.source]}
      </p>
      {setting.locked && <p class="locked">{LOCKED_TEXT}</p>}
      {setting.ignored?.map((r) => (
        <p class="ignored" key={r}>
          {IGNORED_PREFIX}
          {r}
        </p>
      ))}
    </div>
  );
}
