// The overlay is not part of the content script every court page carries:
// the background injects `guide-overlay.js` (entrypoints/guide-overlay.ts)
// into a page only when the guide has something to show there. That script
// runs in the same isolated world as the content script, and hands its code
// over through that world's global, under a symbol (src/content/isolated.ts):
// the page's scripts cannot see it, and no element the page adds can stand
// in for it (a global named by a string could be shadowed by
// `<div id="...">`, which is how a page once switched the overlay off).
import { holdsFunctions, isolatedSlot } from '../content/isolated';
import type { flagWarnings } from '../guide/flag-words';
import type { mountOverlay } from './mount';

export interface OverlayModule {
  mountOverlay: typeof mountOverlay;
  /** What each flag raised on the page says, with its source: the texts travel with the overlay, not in the content script. */
  flagWarnings: typeof flagWarnings;
}

const slot = isolatedSlot('overlay', (v): v is OverlayModule => holdsFunctions(v, 'mountOverlay', 'flagWarnings'));

export function provideOverlay(module: OverlayModule): void {
  slot.set({ mountOverlay: module.mountOverlay, flagWarnings: module.flagWarnings });
}

/** The overlay's code, once injected into this page; undefined before. */
export function loadedOverlay(): OverlayModule | undefined {
  return slot.get();
}
