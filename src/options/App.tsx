// The options page: the shared firm PACER accounts to warn about, and the
// username hint. Saved to browser.storage.local (src/options/settings.ts),
// read by the content script on court pages.
import { useEffect, useState } from 'preact/hooks';
import { lines, readSettings, writeSettings, type Settings } from './settings';

type Saved = 'idle' | 'saved' | 'failed';

export function App() {
  const [loaded, setLoaded] = useState(false);
  const [usernames, setUsernames] = useState('');
  const [names, setNames] = useState('');
  const [hint, setHint] = useState(true);
  const [saved, setSaved] = useState<Saved>('idle');

  const show = (s: Settings) => {
    setUsernames(s.sharedUsernames.join('\n'));
    setNames(s.sharedAccountNames.join('\n'));
    setHint(s.usernameHint);
  };

  useEffect(() => {
    void readSettings().then((s) => {
      show(s);
      setLoaded(true);
    });
  }, []);

  const save = async (e: Event) => {
    e.preventDefault();
    try {
      // Shown back as stored: lower-cased usernames, no blank lines.
      show(await writeSettings({ sharedUsernames: lines(usernames), sharedAccountNames: lines(names), usernameHint: hint }));
      setSaved('saved');
    } catch {
      setSaved('failed');
    }
  };
  const edited = () => setSaved('idle');

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
        computer. They are never sent anywhere. Your firm’s IT will be able to set these lists by policy later; until
        then, set them here.
      </p>
      {/* The fields appear once the stored values are in them: nothing typed
          before then could be overwritten by the late read. */}
      {!loaded && <p>Loading your settings…</p>}
      {loaded && (
        <form onSubmit={save}>
          <div class="field">
            <label for="shared-usernames">Shared firm PACER usernames</label>
            <p id="shared-usernames-hint" class="hint">
              One per line, for example <code>smithlawfirm</code>. Capital letters do not matter.
            </p>
            <textarea
              id="shared-usernames"
              rows={5}
              spellcheck={false}
              autocapitalize="off"
              aria-describedby="shared-usernames-hint"
              value={usernames}
              onInput={(e) => {
                setUsernames(e.currentTarget.value);
                edited();
              }}
            />
          </div>
          <div class="field">
            <label for="shared-names">Shared firm PACER account names</label>
            <p id="shared-names-hint" class="hint">
              One per line, as PACER shows the account holder, for example <code>Smith &amp; Jones LLP</code>.
            </p>
            <textarea
              id="shared-names"
              rows={5}
              spellcheck={false}
              aria-describedby="shared-names-hint"
              value={names}
              onInput={(e) => {
                setNames(e.currentTarget.value);
                edited();
              }}
            />
          </div>
          <div class="field check">
            <input
              id="username-hint"
              type="checkbox"
              checked={hint}
              onChange={(e) => {
                setHint(e.currentTarget.checked);
                edited();
              }}
            />
            <label for="username-hint">Hint when a username looks like the wrong kind (CM/ECF vs PACER)</label>
          </div>
          <button type="submit">
            Save settings
          </button>
          <p class="saved" role="status">
            {saved === 'saved' ? 'Saved. Court pages you open or reload from now on use these settings.' : saved === 'failed' ? 'Could not save. Try again.' : ''}
          </p>
        </form>
      )}
    </main>
  );
}
