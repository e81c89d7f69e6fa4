// The toolbar popup (issue 4): which court, where the attorney is in its
// linking steps, the buttons to start, restart or stop the guide, what to
// have ready, whom to ask, the page's warnings, and a sanitised copy of the
// court page for testers. The background owns all state (src/messages.ts);
// the popup asks and shows.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StatusReply } from '../messages';
import type { EffectiveSettings } from '../policy/effective';
import { aboutTab, ask, effectiveSettings, lastCourt, openSettings, rememberCourt, type TabInfo } from './api';
import { Capture } from './Capture';
import { Checklist } from './Checklist';
import { CourtPicker } from './CourtPicker';
import { Flags } from './Flags';
import { FirmHelp, HaveReady, Help, Said } from './Info';
import { directoryName, guideActions, isDirectoryCourt, normalizeStatus, overrides, startLabel, stateLine } from './model';

type Load = 'starting' | 'asking' | 'ready' | 'silent';

export function App({ search = location.search }: { search?: string }) {
  const [tab, setTab] = useState<TabInfo>({ id: null, court: null });
  const [court, setCourt] = useState<string | null>(null);
  /** The court came from the page in the tab (or from ?court=): no picker. */
  const [fixed, setFixed] = useState(false);
  const [status, setStatus] = useState<StatusReply | null>(null);
  const [load, setLoad] = useState<Load>('starting');
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  /** The firm's policy merged with the user's settings (null: unreadable, as without a policy). */
  const [firm, setFirm] = useState<EffectiveSettings | null>(null);
  const focusAfter = useRef<'start' | 'stop' | null>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const stopButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    void (async () => {
      const o = overrides(search);
      const [t, settings] = await Promise.all([aboutTab(o.tab), effectiveSettings()]);
      const here = o.court ?? t.court;
      setTab(t);
      setFirm(settings);
      setFixed(!!here);
      if (t.court && !o.court) void rememberCourt(t.court);
      // No court in the tab: the one picked last, else the firm's default
      // court; either only if the picker offers it (the firm's courts).
      const offered = settings?.courts.value ?? null;
      const pickable = (c: string | null | undefined): c is string => isDirectoryCourt(c) && (!offered || offered.includes(c));
      const remembered = here ? null : await lastCourt();
      const firmDefault = settings?.defaultCourt.value;
      setCourt(here ?? (pickable(remembered) ? remembered : pickable(firmDefault) ? firmDefault : null));
      setLoad('asking');
    })();
  }, [search]);

  useEffect(() => {
    if (load === 'starting') return;
    if (!court) {
      setStatus(null);
      setLoad('ready');
      return;
    }
    let live = true;
    setLoad('asking');
    void ask({ type: 'status', court, ...(tab.id !== null ? { tabId: tab.id } : {}) }).then((raw) => {
      if (!live) return;
      const s = normalizeStatus(raw);
      setStatus(s);
      setLoad(s ? 'ready' : 'silent');
    });
    return () => {
      live = false;
    };
  }, [court, tab.id, attempt, load === 'starting']);

  // After Start the Stop button has focus, after Stop the Start button: the
  // one pressed is gone, and keyboard users stay where they were.
  useEffect(() => {
    if (focusAfter.current === 'start') stopButton.current?.focus();
    if (focusAfter.current === 'stop') startButton.current?.focus();
    focusAfter.current = null;
  }, [status]);

  const act = async (type: 'start' | 'stop') => {
    if (!court || busy) return;
    setBusy(true);
    const s = normalizeStatus(await ask({ type, court }));
    setBusy(false);
    if (!s) return setLoad('silent');
    // start/stop answer without the tab's part: keep what the status said about it.
    focusAfter.current = type;
    setStatus((old) => ({ ...s, flags: s.flags.length ? s.flags : (old?.flags ?? []), tab: s.tab ?? old?.tab ?? null }));
  };

  const pick = (c: string | null) => {
    setStatus(null);
    setCourt(c);
    if (c) void rememberCourt(c);
  };

  const shown = status && status.court === court ? status : null;
  const firmHelp = firm?.helpContact.value ?? null;
  // The firm turned the capture off (pageCapture): not offered at all.
  const captureOn = firm?.pageCapture.value !== false;
  return (
    <div class="popup" id="popup">
      <header>
        <h1>CM/ECF Link Guide</h1>
      </header>
      <main>
        {shown && <Flags flags={shown.flags} court={shown.court} />}
        {fixed && court ? (
          <div class="court">
            <span class="label">Court</span>
            <p class="name">{shown?.courtName ?? directoryName(court)}</p>
          </div>
        ) : (
          load !== 'starting' && <CourtPicker court={court} onPick={pick} courts={firm?.courts.value ?? null} />
        )}
        {(load === 'starting' || load === 'asking') && court && <p class="small">Looking up this court…</p>}
        {load === 'silent' && (
          <div class="error" role="alert">
            <p>
              The guide did not answer. Close this window and open it again; if that does not help, restart the
              browser.
            </p>
            <button type="button" class="secondary" onClick={() => setAttempt((n) => n + 1)}>
              Try again
            </button>
          </div>
        )}
        {shown && load === 'ready' && (
          <>
            <p class={`state ${shown.done ? 'done' : shown.active ? 'on' : 'off'}`} role="status">
              {stateLine(shown)}
            </p>
            {shown.done && (
              <p class="small">
                From now on, log in to this court with your PACER username and password only.{' '}
                <Said source={{ kind: 'general', basis: 'every court guide’s last step' }} />
              </p>
            )}
            <div class="buttons">
              {guideActions(shown).map((a) =>
                a === 'start' ? (
                  <button key="start" type="button" ref={startButton} disabled={busy} onClick={() => act('start')}>
                    {startLabel(shown)}
                  </button>
                ) : a === 'restart' ? (
                  <button key="restart" type="button" class="secondary" disabled={busy} onClick={() => act('start')}>
                    Start over
                  </button>
                ) : (
                  <button key="stop" type="button" class="secondary" ref={stopButton} disabled={busy} onClick={() => act('stop')}>
                    Stop the guide
                  </button>
                ),
              )}
            </div>
            {/* Who to call comes before the long checklist: in a 600-pixel
                popup, below it the firm's help desk was out of sight. */}
            {firmHelp && <FirmHelp contact={firmHelp} />}
            {/* Before starting, what to gather comes first; once under way, where
                the attorney is; once linked, the list has done its job. */}
            {!shown.active && !shown.done && <HaveReady ready={shown.ready} />}
            <Checklist status={shown} />
            {shown.active && <HaveReady ready={shown.ready} />}
            <Help status={shown} />
            {shown.tab?.capturable && captureOn && <Capture key={shown.tab.id} tabId={shown.tab.id} />}
          </>
        )}
        {/* No court yet, or the guide silent: the firm's help desk all the same. */}
        {firmHelp && !(shown && load === 'ready') && load !== 'starting' && load !== 'asking' && <FirmHelp contact={firmHelp} />}
      </main>
      {load !== 'starting' && load !== 'asking' && (
        <footer>
          <button type="button" class="link" onClick={() => void openSettings()}>
            Settings: shared firm accounts
          </button>
        </footer>
      )}
    </div>
  );
}
