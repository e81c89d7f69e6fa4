// The content script's work waits for the court page's own loading: it runs
// just after the load event (a task of its own, so that the page's
// loadEventEnd is not pushed back), or, on a page still fetching slow
// images or stylesheets, after at most MAX_WAIT_MS from injection (by then
// the page is waiting on the network, and our few milliseconds cost it
// nothing). Already loaded: at once.
export const MAX_WAIT_MS = 250;

export function afterLoad(win: Window, run: () => void, signal: AbortSignal): void {
  if (win.document.readyState === 'complete') return run();
  let done = false;
  const go = () => {
    if (done || signal.aborted) return;
    done = true;
    win.removeEventListener('load', onLoad);
    win.clearTimeout(cap);
    run();
  };
  const onLoad = () => void win.setTimeout(go, 0);
  const cap = win.setTimeout(go, MAX_WAIT_MS);
  win.addEventListener('load', onLoad);
  signal.addEventListener('abort', () => {
    done = true;
    win.removeEventListener('load', onLoad);
    win.clearTimeout(cap);
  });
}
