import { browser } from 'wxt/browser';
import { handle, onSettingsChanged } from '../src/background/handle';
import { syncRegistration } from '../src/background/registration';
import { anySessionActive, load, onActivityChange, withState } from '../src/background/state';
import { accept } from '../src/background/trust';
import { settingsReader } from '../src/policy/read';
import { reinjectIntoOpenTabs } from '../src/background/reinject';

export default defineBackground(() => {
  // Follows storage.onChanged from the worker's first turn: the cached
  // policy is dropped as soon as firm IT changes it.
  // And reads them at once: Chromium's first storage.managed read takes a
  // second or more, better spent while the court page loads.
  void settingsReader().read().catch(() => undefined);
  // A policy that answered after pages went on without it, or changed: they ask again.
  settingsReader().watch(() => void onSettingsChanged());
  // Where the content script runs follows the sessions (src/background/registration.ts):
  // the first session on widens it, the last one off narrows it again.
  // Each sync reads the state in its turn, so the last one follows the last change.
  const activeNow = async () => anySessionActive(await load());
  onActivityChange(() => syncRegistration(activeNow));
  // And on every start of this worker (the browser's start, an install or
  // update, a worker woken after idling): in line with the state as it is.
  // storage.session is empty after a browser restart: the narrow set.
  const synced = syncRegistration(activeNow).catch(() => undefined);
  browser.runtime.onStartup.addListener(() => void synced);
  // Installed, updated or reloaded: the court pages already open get this version's content script.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update')
      void synced.then(async () => reinjectIntoOpenTabs(await activeNow()));
  });
  // A closed tab's page and court are forgotten.
  browser.tabs.onRemoved.addListener((tabId) => {
    void withState((s) => {
      delete s.pages[String(tabId)];
      delete s.tabs[String(tabId)];
    });
  });
  const base = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((raw, sender) => {
    // Each message only from the one who has a reason to send it, with known
    // values only (src/background/trust.ts); the rest: no answer.
    const ok = accept(raw, sender, browser.runtime.id, base);
    if (!ok) return undefined;
    return ok.from === 'ui' ? handle(ok.msg, undefined) : handle(ok.msg, ok.tabId, ok.frameId, ok.page);
  });
});
