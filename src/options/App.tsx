// The options page: every setting with the value in effect and where it
// came from (the default, the user, the firm's policy), the fields the firm
// locked read-only, and what of the firm's policy was ignored and why
// (issue 5). The user's own choices are saved to browser.storage.local
// (src/options/settings.ts); the firm's policy and the merge are in src/policy.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { SOURCE_LABEL, type Effective, type FlagSetting, type Setting } from '../policy/effective';
import { watchEffectiveSettings } from '../policy/read';
import { directoryName } from '../popup/model';
import { lines, readUserSettings, USER_BOOLEANS, writeUserSettings, type UserBoolean, type UserSettings } from './settings';

type Saved = 'idle' | 'saved' | 'failed';
type Choices = Partial<Record<UserBoolean, boolean>>;

export const LOCKED_TEXT = 'Locked by your firm: you cannot change this.';
export const IGNORED_PREFIX = 'Your firm’s setting was ignored: ';

/** Where a setting's value came from; locked and ignored beside it. `id` for the field's aria-describedby. */
function Source({ id, setting }: { id: string; setting: Setting<unknown> }) {
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

/** The user's explicit choices: only where they differ from what would apply anyway. */
function choicesOf(e: Effective, stored: UserSettings): Choices {
  const out: Choices = {};
  for (const k of USER_BOOLEANS) {
    const v = stored[k];
    if (v !== undefined && v !== e.settings[k].inherited) out[k] = v;
  }
  return out;
}

const FLAG_LABELS: Record<UserBoolean, { id: string; label: string }> = {
  usernameHint: { id: 'username-hint', label: 'Hint when a username looks like the wrong kind (CM/ECF vs PACER)' },
  autoStart: {
    id: 'auto-start',
    label: 'Start the guide by itself on the screens only someone linking sees (a court-branded login, the link form)',
  },
  pageCapture: { id: 'page-capture', label: 'Offer “Save this page for testers” in the toolbar popup' },
};

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

  const flag = (k: UserBoolean) => {
    const setting: FlagSetting = s[k];
    const { id, label } = FLAG_LABELS[k];
    const checked = setting.locked ? setting.value : (choices[k] ?? setting.inherited);
    return (
      <div class="field check" data-setting={k}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          disabled={setting.locked}
          aria-describedby={`${id}-about`}
          onChange={(ev) => {
            const v = ev.currentTarget.checked;
            // The same as what applies anyway: no choice of the user's (the firm's default keeps applying).
            setChoices((c) => ({ ...c, [k]: v === setting.inherited ? undefined : v }));
            edited();
          }}
        />
        <div>
          <label for={id}>{label}</label>
          <Source id={`${id}-about`} setting={setting} />
        </div>
      </div>
    );
  };

  const list = (
    k: 'sharedUsernames' | 'sharedAccountNames',
    id: string,
    label: string,
    hint: ComponentChildren,
    value: string,
    set: (v: string) => void,
  ) => {
    const setting = s[k];
    const firm = setting.firm.length > 0 && !setting.locked;
    return (
      <div class="field" data-setting={k}>
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
          onInput={(e) => {
            set(e.currentTarget.value);
            edited();
          }}
        />
      </div>
    );
  };

  const anyEditable = !s.sharedUsernames.locked || !s.sharedAccountNames.locked || USER_BOOLEANS.some((k) => !s[k].locked);
  const contact = s.helpContact.value;

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
        {list(
          'sharedUsernames',
          'shared-usernames',
          'Shared firm PACER usernames',
          <>
            One per line, for example <code>smithlawfirm</code>. Capital letters do not matter.
          </>,
          usernames,
          setUsernames,
        )}
        {list(
          'sharedAccountNames',
          'shared-names',
          'Shared firm PACER account names',
          <>
            One per line, as PACER shows the account holder, for example <code>Smith &amp; Jones LLP</code>.
          </>,
          names,
          setNames,
        )}
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

      <section aria-labelledby="firm-set-h">
        <h2 id="firm-set-h">Set by your firm only</h2>
        <dl class="firm-only">
          <div data-setting="helpContact">
            <dt>Your firm’s help, shown in the toolbar popup</dt>
            <dd>
              {contact ? [contact.name, contact.phone, contact.email, contact.url].filter(Boolean).join(' · ') : 'None'}
              <Source id="help-contact-about" setting={s.helpContact} />
            </dd>
          </div>
          <div data-setting="courts">
            <dt>Courts the popup offers</dt>
            <dd>
              {s.courts.value ? s.courts.value.map(directoryName).join('; ') : 'Every district and bankruptcy court'}
              <Source id="courts-about" setting={s.courts} />
            </dd>
          </div>
          <div data-setting="defaultCourt">
            <dt>Court chosen in the popup when the tab shows none</dt>
            <dd>
              {s.defaultCourt.value ? directoryName(s.defaultCourt.value) : 'None'}
              <Source id="default-court-about" setting={s.defaultCourt} />
            </dd>
          </div>
          <div data-setting="lockSettings">
            <dt>Settings locked</dt>
            <dd>
              {s.lockSettings.value
                ? 'Yes: what your firm set cannot be changed here.'
                : effective.policyKeys.length > 0
                  ? 'No: what your firm set is its default; your own choices apply.'
                  : 'No'}
              <Source id="lock-settings-about" setting={s.lockSettings} />
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="policy-h" class="policy">
        <h2 id="policy-h">Firm policy</h2>
        {effective.policyKeys.length === 0 && effective.ignored.length === 0 ? (
          <p>No firm policy is set for this extension on this computer.</p>
        ) : (
          <p>
            Your firm’s IT set{' '}
            {effective.policyKeys.length === 0 ? (
              'nothing that could be applied.'
            ) : (
              <>
                {effective.policyKeys.map((k, i) => (
                  <span key={k}>
                    {i > 0 ? ', ' : ''}
                    <code>{k}</code>
                  </span>
                ))}
                .
              </>
            )}
          </p>
        )}
        {effective.ignored.length > 0 && (
          <div class="ignored-list">
            <h3 id="ignored-h">Ignored parts of the policy</h3>
            <p>These were not applied; everything else was. Tell your firm’s IT:</p>
            <ul aria-labelledby="ignored-h">
              {effective.ignored.map((i, n) => (
                <li key={n} data-key={i.key}>
                  {i.reason}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
    </main>
  );
}
