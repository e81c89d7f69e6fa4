// One on/off setting of the options page (the username hint, auto-start, the
// page capture): a checkbox, read-only where the firm locked it.
import type { FlagSetting } from '../policy/effective';
import type { UserBoolean } from './settings';
import { Source } from './Source';

const FLAG_LABELS: Record<UserBoolean, { id: string; label: string }> = {
  usernameHint: { id: 'username-hint', label: 'Hint when a username looks like the wrong kind (CM/ECF vs PACER)' },
  autoStart: {
    id: 'auto-start',
    label: 'Start the guide by itself on the screens only someone linking sees (a court-branded login, the link form)',
  },
  pageCapture: { id: 'page-capture', label: 'Offer “Save this page for testers” in the toolbar popup' },
};

/**
 * `choice` is the user's explicit choice, undefined where they made none;
 * `onChoice` gets undefined when the box is set to what applies anyway (the
 * firm's default keeps applying then).
 */
export function FlagField({
  name,
  setting,
  choice,
  onChoice,
}: {
  name: UserBoolean;
  setting: FlagSetting;
  choice: boolean | undefined;
  onChoice: (v: boolean | undefined) => void;
}) {
  const { id, label } = FLAG_LABELS[name];
  const checked = setting.locked ? setting.value : (choice ?? setting.inherited);
  return (
    <div class="field check" data-setting={name}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={setting.locked}
        aria-describedby={`${id}-about`}
        onChange={(ev) => {
          const v = ev.currentTarget.checked;
          // The same as what applies anyway: no choice of the user's (the firm's default keeps applying).
          onChoice(v === setting.inherited ? undefined : v);
        }}
      />
      <div>
        <label for={id}>{label}</label>
        <Source id={`${id}-about`} setting={setting} />
      </div>
    </div>
  );
}
