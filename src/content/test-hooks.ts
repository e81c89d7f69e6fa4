// Whether this build carries the test hooks: the recognition recorded on
// <html> (`data-link-guide`, src/content/record.ts), the overlay's screen,
// court and step on its host element, and the overlay's shadow root open
// (src/overlay/host.ts). wxt.config.ts sets it: true in every build but the
// store's (`--mode store`), false there. Tests in a browser read the hooks on
// the tested builds (.output/*-mv3); the store builds keep the page from
// learning where the user is, or that the extension is installed at all
// until it shows something. A build constant, not a setting: nothing a page
// does can turn the hooks on.
//
// Unit tests (vitest) do not go through wxt.config.ts: vitest.config.ts
// defines it true there, as in the tested builds. Undefined (tsx running
// the sources): no hooks.
declare const __LINK_GUIDE_TEST_HOOKS__: boolean | undefined;

export const TEST_HOOKS: boolean = typeof __LINK_GUIDE_TEST_HOOKS__ !== 'undefined' && __LINK_GUIDE_TEST_HOOKS__ === true;
