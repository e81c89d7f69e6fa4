import { INCLUDE_GLOBS, MATCHES } from '../src/content/hosts';
import { startRecording } from '../src/content/record';
import { onBackgroundMessage, startGuide } from '../src/content/guide-client';
import { capturePage } from '../src/capture/sanitize';

export default defineContentScript({
  matches: MATCHES,
  includeGlobs: INCLUDE_GLOBS,
  runAt: 'document_idle',
  main(ctx) {
    // ctx.signal aborts when the extension is reloaded or updated under an
    // open page: the old script stops observing and removes what it added.
    const guide = startGuide(document, ctx.signal);
    const recorder = startRecording(document, location, ctx.signal, guide.onRecognition);
    onBackgroundMessage(
      {
        // A session started or stopped from the toolbar: ask again.
        refresh: () => recorder.recheck(true),
        // The popup's "Save this page for testers": a sanitised copy.
        capture: () => capturePage(document, location.href),
      },
      ctx.signal,
    );
  },
});
