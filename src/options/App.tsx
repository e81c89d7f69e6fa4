// The options page: every setting with the value in effect and where it
// came from (the default, the user, the firm's policy), the fields the firm
// locked read-only, and what of the firm's policy was ignored and why
// (issue 5). The user's own choices are saved to browser.storage.local
// (src/options/settings.ts); the firm's policy and the merge are in src/policy.
// This file holds the form's state and saving; each section is its own file:
// ListField and FlagField (the editable settings, each with its Source),
// FirmOnly (what only the firm sets) and FirmPolicy (what the firm set, what
// was ignored).
import { useEffect, useState } from 'preact/hooks';
import type { Effective } from '../policy/effective';
import { watchEffectiveSettings } from '../policy/read';
import { FirmOnly } from './FirmOnly';
import { FirmPolicy } from './FirmPolicy';
import { FlagField } from './FlagField';
import { ListField } from './ListField';
import { lines, readUserSettings, USER_BOOLEANS, writeUserSettings, type UserBoolean, type UserSettings } from './settings';

export { IGNORED_PREFIX, LOCKED_TEXT } from './Source';

/** The privacy statement, a page of the extension (public/privacy.html, from docs/store/privacy.md). */
export const PRIVACY_PAGE = '/privacy.html';

type Saved = 'idle' | 'saved' | 'failed';
type Choices = Partial<Record<UserBoolean, boolean>>;

/** The user's explicit choices: only where they differ from what would apply anyway. */
function choicesOf(e: Effective, stored: UserSettings): Choices {
  const out: Choices = {};
  for (const k of USER_BOOLEANS) {
    const v = stored[k];
    if (v !== undefined && v !== e.settings[k].inherited) out[k] = v;
  }
  return out;
}

export function App() {
  const [effective, setEffective] = useState<Effective | null>(null);
  const [stored, setStored] = useState<UserSettings>({});
  const [usernames, setUsernames] = useState('');
  const [names, setNames] = useState('');
  const [choices, setChoices] = useState<Choices>({});
  const [saved, setSaved] = useState<Saved>('idle');

  // The fields show what is in effect, and follow it when the firm's policy
  // or the stored settings change (a save, another window, firm IT).
  useEffect(
    () =>
      watchEffectiveSettings((e) => {
        void readUserSettings().then((mine) => {
          setEffective(e);
          setStored(mine);
          const s = e.settings;
          setUsernames((s.sharedUsernames.locked ? s.sharedUsernames.firm : s.sharedUsernames.mine).join('\n'));
          setNames((s.sharedAccountNames.locked ? s.sharedAccountNames.firm : s.sharedAccountNames.mine).join('\n'));
          setChoices(choicesOf(e, mine));
        });
      }),
    [],
  );

  if (!effective) {
    return (
      <main class="options">
        <h1>CM/ECF Link Guide: settings</h1>
        <p>Loading your settings…</p>
      </main>
    );
  }
  const s = effective.settings;

  const save = async (e: Event) => {
    e.preventDefault();
    // What the firm locked stays as stored (unused while locked); the rest is the form's.
    const next: UserSettings = { ...stored };
    if (!s.sharedUsernames.locked) next.sharedUsernames = lines(usernames);
    if (!s.sharedAccountNames.locked) next.sharedAccountNames = lines(names);
    for (const k of USER_BOOLEANS) {
      if (s[k].locked) continue;
      if (choices[k] === undefined) delete next[k];
      else next[k] = choices[k];
    }
    try {
      await writeUserSettings(next);
      setSaved('saved');
    } catch {
      setSaved('failed');
    }
  };
  const edited = () => setSaved('idle');
  const flag = (k: UserBoolean) => (
    <FlagField
      name={k}
      setting={s[k]}
      choice={choices[k]}
      onChoice={(v) => {
        setChoices((c) => ({ ...c, [k]: v }));
        edited();
      }}
    />
  );

  const anyEditable = !s.sharedUsernames.locked || !s.sharedAccountNames.locked || USER_BOOLEANS.some((k) => !s[k].locked);

  return (
    <main class="options">
      <h1>CM/ECF Link Guide: settings</h1>
      <p>
        Linking is permanent. If a shared firm PACER account is linked to one attorney’s CM/ECF account by mistake,
        only the court can undo it. List your firm’s shared PACER accounts here, and the guide will warn on the PACER
        login and on the page that asks you to confirm the link.
      </p>
      <p class="note">
        <strong>Private by design.</strong> These usernames and names are compared on the court page only, on this
        computer. They are never sent anywhere. Your firm’s IT can also set them by policy: under each setting it
        says whether it is the default, set by you, or set by your firm.
      </p>
      <form onSubmit={save}>
        <ListField
          name="sharedUsernames"
          id="shared-usernames"
          label="Shared firm PACER usernames"
          hint={
            <>
              One per line, for example <code>smithlawfirm</code>. Capital letters do not matter.
            </>
          }
          setting={s.sharedUsernames}
          value={usernames}
          onInput={(v) => {
            setUsernames(v);
            edited();
          }}
        />
        <ListField
          name="sharedAccountNames"
          id="shared-names"
          label="Shared firm PACER account names"
          hint={
            <>
              One per line, as PACER shows the account holder, for example <code>Smith &amp; Jones LLP</code>.
            </>
          }
          setting={s.sharedAccountNames}
          value={names}
          onInput={(v) => {
            setNames(v);
            edited();
          }}
        />
        {flag('usernameHint')}
        {flag('autoStart')}
        {flag('pageCapture')}
        {anyEditable && <button type="submit">Save settings</button>}
        <p class="saved" role="status">
          {saved === 'saved'
            ? 'Saved. Court pages you open or reload from now on use these settings.'
            : saved === 'failed'
              ? 'Could not save. Try again.'
              : ''}
        </p>
      </form>
      <FirmOnly effective={effective} />
      <FirmPolicy effective={effective} />
      <p class="privacy-link">
        <a href={PRIVACY_PAGE} target="_blank" rel="noopener">
          Privacy statement
        </a>
        : what the guide reads and stores on this computer, and that it sends nothing anywhere.
      </p>
    </main>
  );
}
