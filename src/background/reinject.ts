// Court pages already open when the content script's registration changes
// get it without a reload of the page:
//  - After the extension is installed, updated or reloaded: Chrome does not
//    inject into open pages, and the old version's script is cut off (it
//    takes its overlay down, src/content/guide-client.ts). The background
//    injects the new one into each tab where it would run now.
//  - When a session starts from the popup: the page in the current tab (a
//    docket, the CM/ECF start page) had no content script while nobody was
//    linking (src/background/registration.ts). It gets one, so the guide
//    shows its step there at once.
import { browser } from 'wxt/browser';
import { contentScriptRunsAt, TAB_QUERY } from '../content/hosts';
import { CONTENT_SCRIPT_FILE } from './registration';
import type { ToContent } from '../messages';

async function courtTabs(idle: boolean): Promise<number[]> {
  const tabs = await browser.tabs.query({ url: TAB_QUERY }).catch(() => []);
  return tabs.flatMap((t) => (t.id !== undefined && t.url && contentScriptRunsAt(t.url, { idle }) ? [t.id] : []));
}

const inject = (tabId: number) =>
  browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] }).then(
    () => true,
    () => false,
  );

/**
 * Installed, updated or reloaded: the content script into every open tab
 * where it runs now (`active`: a session is on, else only where linking can
 * begin). Returns how many tabs got it.
 */
export async function reinjectIntoOpenTabs(active = false): Promise<number> {
  const ok = await Promise.all((await courtTabs(!active)).map(inject));
  return ok.filter(Boolean).length;
}

/** Both browsers' words for a tab where nothing listens (no content script of ours). */
const NOBODY_THERE = /Receiving end does not exist/i;

/**
 * A session started: every open court tab looks again; one with no content
 * script to hear it gets the script, which looks for itself. (A script that
 * heard but did not answer is there: only "nobody there" means inject.)
 */
export async function guideOpenTabs(): Promise<number> {
  const refresh: ToContent = { type: 'refresh' };
  const ok = await Promise.all(
    (await courtTabs(false)).map((id) =>
      browser.tabs.sendMessage(id, refresh).then(
        () => false,
        (e: unknown) => (NOBODY_THERE.test(String((e as Error)?.message ?? e)) ? inject(id) : false),
      ),
    ),
  );
  return ok.filter(Boolean).length;
}
