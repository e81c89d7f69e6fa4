// After the extension is installed, updated or reloaded, court pages already
// open have no content script of this version: Chrome does not inject into
// them, and the old version's script is cut off (it takes its overlay down,
// src/content/guide-client.ts). The background injects the new one into each
// such tab, so the guide carries on without a reload of the page. A newer
// script's start stops an older one in the same page (WXT's
// ContentScriptContext), so a browser that injected it already loses nothing.
import { browser } from 'wxt/browser';
import { contentScriptRunsAt, MATCHES } from '../content/hosts';

export async function reinjectIntoOpenTabs(): Promise<number> {
  const tabs = await browser.tabs.query({ url: MATCHES }).catch(() => []);
  let injected = 0;
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined || !tab.url || !contentScriptRunsAt(tab.url)) return;
      const ok = await browser.scripting
        .executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/content.js'] })
        .then(() => true, () => false);
      if (ok) injected++;
    }),
  );
  return injected;
}
