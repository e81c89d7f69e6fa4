// Injected by the background when the popup's "Save this page for testers"
// is pressed: returns the sanitised copy (src/capture) as the result of
// scripting.executeScript. Only on a page the content script recognised
// (its answer attribute is there): never on whatever else the tab may hold.
import { capturePage } from '../src/capture/sanitize';
import { ATTRIBUTE } from '../src/content/record';

export default defineUnlistedScript(() =>
  document.documentElement.hasAttribute(ATTRIBUTE) ? capturePage(document, location.href) : null,
);
