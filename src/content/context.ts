// What WXT hands the content script's main() as `ctx`, in place of WXT's own
// ContentScriptContext (wxt.config.ts aliases "wxt/utils/content-script-context"
// here for the scripts that run in court pages).
//
// WXT's context posts `{type: "<extension id>:content:wxt:content-script-started"}`
// to the page (telling every page script the extension's id) and stops itself
// when the page dispatches a CustomEvent of that name on `document`: any page
// could switch the guide off. This one talks to the page not at all, and
// listens to nothing the page can dispatch. It is invalidated only
//  - by the extension going away: `runtime.id` gone, looked at every
//    ORPHAN_CHECK_MS (Chrome leaves an old version's script running, cut off,
//    when the extension is reloaded, updated, disabled or removed; Firefox
//    stops the old script itself), or when the caller finds a message failing
//    (`abort`);
//  - by a newer content script of this extension in the same page (the
//    background injects one after an update, src/background/reinject.ts, and
//    a browser may have injected one already): the newer one stops the older
//    one through the isolated world's global (src/content/isolated.ts), which
//    no page script can reach.
import { browser } from 'wxt/browser';
import { holdsFunctions, isolatedSlot } from './isolated';

/** How often the content script checks that the extension is still there. */
export const ORPHAN_CHECK_MS = 1000;

const running = isolatedSlot('content-script', (v): v is { stop(reason: string): void } => holdsFunctions(v, 'stop'));

/** Cut off from the extension: `browser.runtime.id` is gone (Chrome), or the API throws. */
export function cutOff(): boolean {
  try {
    return typeof browser.runtime?.id !== 'string';
  } catch {
    return true;
  }
}

export class ContentScriptContext {
  private readonly controller = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {
    // An older content script of this extension in this page (this world) stops.
    try {
      running.get()?.stop('a newer content script started');
    } catch {
      // An older version's code that no longer runs: nothing to stop.
    }
    running.set({ stop: (reason: string) => this.abort(reason) });
    const check = setInterval(() => {
      if (cutOff()) this.abort('the extension was reloaded, updated or removed');
    }, ORPHAN_CHECK_MS);
    this.signal.addEventListener('abort', () => clearInterval(check));
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  abort(reason?: unknown): void {
    if (!this.signal.aborted) this.controller.abort(reason);
  }

  get isInvalid(): boolean {
    if (cutOff()) this.abort('the extension was reloaded, updated or removed');
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  /** Calls `cb` when the context is invalidated; returns how to stop that. */
  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  /** A promise that never settles: for code that must not go on once invalidated. */
  block<T>(): Promise<T> {
    return new Promise(() => {});
  }
}
