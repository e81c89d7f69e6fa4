// Injected by the background when the popup's "Save this page for testers"
// is pressed: returns the sanitised copy (src/capture) as the result of
// scripting.executeScript. Only on a page the content script recognised
// (it recorded an answer for this document in the extension's isolated
// world, src/content/record.ts): never on whatever else the tab may hold,
// and nothing the page can fake.
import { capturePage } from '../src/capture/sanitize';
import { recordedFor } from '../src/content/record';

export default defineUnlistedScript(() => (recordedFor(document) !== null ? capturePage(document, location.href) : null));
