import { browser } from 'wxt/browser';
import { handle, onSettingsChanged } from '../src/background/handle';
import { isToBackground } from '../src/messages';

import { withState } from '../src/background/state';
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
  // Installed, updated or reloaded: the court pages already open get this version's content script.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') void reinjectIntoOpenTabs();
  });
  // A closed tab's page and court are forgotten.
  browser.tabs.onRemoved.addListener((tabId) => {
    void withState((s) => {
      delete s.pages[String(tabId)];
      delete s.tabs[String(tabId)];
    });
  });
  browser.runtime.onMessage.addListener((msg, sender) => {
    // Only our own content scripts and pages talk to the background.
    if (sender.id !== browser.runtime.id || !isToBackground(msg)) return undefined;
    return handle(msg, sender.tab?.id, sender.frameId);
  });
});
