// The on-page overlay: a spotlight on the next action of the linking flow and
// a tooltip with the court's instruction (issue 3). The guide logic decides
// what to show; this module only shows it.
//
//   mountOverlay(document, callbacks)  →  <cmecf-link-guide> on <html>
//     └ #shadow-root (closed; open in test builds, host.ts)
//         ├ <style>
//         └ div.root  (Preact)
//             ├ svg.spotlight   one even-odd path: viewport minus a rounded hole
//             ├ div.tip         role=dialog, non-modal, the only thing that takes clicks
//             └ div[role=status] aria-live=polite announcements
//
// See mount.ts for the controller, place.ts for positioning, view.tsx for markup.

export type { GuideView, OverlayCallbacks, OverlayHandle } from './types';
export { mountOverlay } from './mount';
export { HOST_TAG } from './host';
