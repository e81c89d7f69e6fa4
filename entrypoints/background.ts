import { browser } from 'wxt/browser';
import { handle } from '../src/background/handle';
import { isToBackground } from '../src/messages';

import { withState } from '../src/background/state';
import { settingsReader } from '../src/policy/read';

export default defineBackground(() => {
  // Follows storage.onChanged from the worker's first turn: the cached
  // policy is dropped as soon as firm IT changes it.
  settingsReader();
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
    return handle(msg, sender.tab?.id);
  });
});
