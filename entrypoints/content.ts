import { INCLUDE_GLOBS, MATCHES } from '../src/content/hosts';
import { startRecording } from '../src/content/record';

export default defineContentScript({
  matches: MATCHES,
  includeGlobs: INCLUDE_GLOBS,
  runAt: 'document_idle',
  main(ctx) {
    // ctx.signal aborts when the extension is reloaded or updated under an
    // open page: the old script stops observing and removes what it wrote.
    startRecording(document, location, ctx.signal);
  },
});
