// One list setting of the options page (shared usernames, shared account
// names): a textarea of the user's own entries, the firm's entries shown
// above it (always applied), read-only where the firm locked the list.
import type { ComponentChildren } from 'preact';
import type { ListSetting } from '../policy/effective';
import { Source } from './Source';

export function ListField({
  name,
  id,
  label,
  hint,
  setting,
  value,
  onInput,
}: {
  name: 'sharedUsernames' | 'sharedAccountNames';
  id: string;
  label: string;
  hint: ComponentChildren;
  setting: ListSetting;
  value: string;
  onInput: (v: string) => void;
}) {
  const firm = setting.firm.length > 0 && !setting.locked;
  return (
    <div class="field" data-setting={name}>
      <label for={id}>{label}</label>
      <p id={`${id}-hint`} class="hint">
        {hint}
      </p>
      <Source id={`${id}-about`} setting={setting} />
      {firm && (
        <div class="firm-list" id={`${id}-firm`}>
          <p>From your firm (always applied):</p>
          <ul>
            {setting.firm.map((x) => (
              <li key={x}>
                <code>{x}</code>
              </li>
            ))}
          </ul>
          <p>Add your own below.</p>
        </div>
      )}
      <textarea
        id={id}
        rows={5}
        spellcheck={false}
        autocapitalize="off"
        readOnly={setting.locked}
        aria-describedby={`${id}-hint ${id}-about${firm ? ` ${id}-firm` : ''}`}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </div>
  );
}
