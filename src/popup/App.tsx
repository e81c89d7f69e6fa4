// The toolbar popup (a first version: issue 4 grows it into the full
// checklist): which court, whether the guide is on there, and the buttons to
// start or stop it. The court is the active tab's, or one chosen from the
// directory when no court page is open.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { classifyHost } from '../recognize/context';
import type { StatusReply, ToBackground } from '../messages';
import directory from '../courts/federal-courts.json' with { type: 'json' };

interface DirectoryEntry {
  cmecf_id: string;
  name: string;
}
const COURTS = (directory as DirectoryEntry[]).slice().sort((a, b) => a.name.localeCompare(b.name));

async function activeTabCourt(): Promise<string | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.url) return null;
  try {
    return classifyHost(new URL(tab.url))[1];
  } catch {
    return null;
  }
}

const ask = (msg: ToBackground) => browser.runtime.sendMessage(msg) as Promise<StatusReply | null>;

export function App() {
  const [court, setCourt] = useState<string | null>(null);
  const [fromTab, setFromTab] = useState(false);
  const [status, setStatus] = useState<StatusReply | null>(null);

  useEffect(() => {
    void activeTabCourt().then((c) => {
      setFromTab(!!c);
      setCourt(c ?? new URLSearchParams(location.search).get('court'));
    });
  }, []);

  useEffect(() => {
    if (court) void ask({ type: 'status', court }).then(setStatus);
    else setStatus(null);
  }, [court]);

  const toggle = async () => {
    if (!court) return;
    setStatus(await ask({ type: status?.active ? 'stop' : 'start', court }));
  };

  const current = status?.steps.find((s) => s.id === status.current);
  return (
    <main>
      <h1>CM/ECF Link Guide</h1>
      {fromTab && status ? (
        <p class="court">{status.courtName}</p>
      ) : (
        <label class="court">
          Court
          <select value={court ?? ''} onChange={(e) => setCourt((e.target as HTMLSelectElement).value || null)}>
            <option value="">Choose your court…</option>
            {COURTS.map((c) => (
              <option key={c.cmecf_id} value={c.cmecf_id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {status && (
        <>
          <p class="state" role="status">
            {status.done
              ? 'Your accounts are linked for this court.'
              : status.active
                ? current
                  ? `Guiding you: step ${current.number} of ${status.steps.filter((s) => !s.branch).length}, ${current.title}.`
                  : 'Guiding you: open the court’s CM/ECF site to begin.'
                : 'The guide is off for this court.'}
          </p>
          <button type="button" onClick={toggle}>
            {status.active ? 'Stop the guide' : status.done ? 'Start again' : 'Start the linking guide'}
          </button>
        </>
      )}
    </main>
  );
}
