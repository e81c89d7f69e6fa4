import { INCLUDE_GLOBS, MATCHES } from '../src/content/hosts';
import { startRecording } from '../src/content/record';
import { onRefresh, startGuide } from '../src/content/guide-client';

export default defineContentScript({
  matches: MATCHES,
  includeGlobs: INCLUDE_GLOBS,
  runAt: 'document_idle',
  main(ctx) {
    // ctx.signal aborts when the extension is reloaded or updated under an
    // open page: the old script stops observing and removes what it added.
    const guide = startGuide(document, ctx.signal);
    const recorder = startRecording(document, location, ctx.signal, guide.onRecognition);
    // A session started or stopped from the toolbar: ask again.
    onRefresh(() => recorder.recheck(true), ctx.signal);
  },
});
