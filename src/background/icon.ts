// The toolbar icon shows whether the extension is doing anything: in colour
// while a linking session is on in some court (the content script then runs
// on every court page of the flow), greyed while nobody is linking (it runs
// only where linking can begin, src/background/registration.ts). The
// manifest's action starts greyed: after a browser restart there is no
// session (storage.session is empty). The store, the extensions page and the
// add-ons manager show the colour icon (the manifest's `icons`).
import { browser } from 'wxt/browser';

const SIZES = [16, 32, 48, 128] as const;
const set = (dir: string) => Object.fromEntries(SIZES.map((n) => [n, `/${dir}/${n}.png`])) as Record<(typeof SIZES)[number], string>;

/** public/icon/, rendered by scripts/render-icons.ts. */
export const ACTIVE_ICON = set('icon');
/** public/icon/idle/: the same drawing, greyed. */
export const IDLE_ICON = set('icon/idle');

export const ACTIVE_TITLE = 'CM/ECF Link Guide: guiding you';
export const IDLE_TITLE = 'CM/ECF Link Guide';

/** Colour and "guiding you" while a session is on; greyed otherwise. Never throws. */
export async function showSessionState(active: boolean): Promise<void> {
  try {
    await browser.action.setIcon({ path: active ? ACTIVE_ICON : IDLE_ICON });
    await browser.action.setTitle({ title: active ? ACTIVE_TITLE : IDLE_TITLE });
  } catch {
    // An icon the browser refused changes nothing else.
  }
}
