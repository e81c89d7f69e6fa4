import { afterLoad } from '../src/content/after-load';
import { startRecording } from '../src/content/record';
import { onBackgroundMessage, startGuide } from '../src/content/guide-client';
import { HOST_TAG } from '../src/overlay/tag';

export default defineContentScript({
  // Registered by the background, where and while it is needed
  // (src/background/registration.ts, src/content/hosts.ts).
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    // An overlay left by this extension before it was reloaded or updated
    // (Firefox cuts the old script off without letting it clean up): gone.
    for (const stale of document.querySelectorAll(HOST_TAG)) stale.remove();
    // The court page loads first (src/content/after-load.ts).
    afterLoad(
      window,
      () => {
        // ctx.signal aborts when the extension is reloaded or updated under an
        // open page: the old script stops observing and removes what it added.
        // `ctx` is src/content/context.ts (wxt.config.ts aliases WXT's to it):
        // nothing the page does can abort it.
        const guide = startGuide(document, ctx.signal, () => ctx.abort('the extension was reloaded, updated or removed'));
        const recorder = startRecording(document, location, ctx.signal, guide.onRecognition);
        // A session started or stopped from the toolbar: ask again. (The
        // popup's "Save this page for testers" is a script the background
        // injects, entrypoints/page-capture.ts.)
        onBackgroundMessage({ refresh: () => recorder.recheck(true), settingsChanged: guide.settingsChanged }, ctx.signal);
      },
      ctx.signal,
    );
  },
});
