import { browser } from 'wxt/browser';
import { handle } from '../src/background/handle';
import { isToBackground } from '../src/messages';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((msg, sender) => {
    // Only our own content scripts and pages talk to the background.
    if (sender.id !== browser.runtime.id || !isToBackground(msg)) return undefined;
    return handle(msg, sender.tab?.id);
  });
});
