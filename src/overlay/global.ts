// The overlay is not part of the content script every court page carries:
// the background injects `guide-overlay.js` (entrypoints/guide-overlay.ts)
// into a page only when the guide has something to show there. That script
// runs in the same isolated world as the content script (both browsers give
// an extension one per frame), and hands its code over through this global,
// which the page's own scripts cannot see.
import type { mountOverlay } from './mount';

export interface OverlayModule {
  mountOverlay: typeof mountOverlay;
}

const KEY = '__cmecfLinkGuideOverlay';
type Holder = { [KEY]?: OverlayModule };

export function provideOverlay(module: OverlayModule): void {
  (globalThis as Holder)[KEY] ??= module;
}

/** The overlay's code, once injected into this page; undefined before. */
export function loadedOverlay(): OverlayModule | undefined {
  return (globalThis as Holder)[KEY];
}
