// The extension API as the browser gives it, for the scripts that run in
// court pages (the content script and what the background injects on
// demand). wxt.config.ts points their `wxt/browser` here instead of at
// webextension-polyfill, which the popup, options page and background keep.
//
// Why: the polyfill is 2.6 KB gzip and about a millisecond of start-up on
// every court page, and these scripts use nothing it adds. Both browsers
// this extension supports are MV3 with promise-returning APIs (Chrome ≥ 99
// `chrome.*`, Firefox `browser.*`): runtime.sendMessage, storage.*.get and
// the event listeners are the same. The one polyfill behaviour that differs,
// a runtime.onMessage listener answering by returning a promise, is not used
// in court pages (the content script's only message, "refresh", has no
// answer; the page capture is an injected script whose result
// scripting.executeScript returns).
type Api = typeof import('wxt/browser').browser;

/**
 * The extension API the browser put on this world's global under `name`,
 * or undefined. Only an own property of the global counts: an element
 * whose id or name is `browser` or `chrome` (`<form id="browser"><input
 * name="runtime">`) shows through named access on the window's prototype
 * chain, never as an own property; and what is found must look like the API
 * (an object, not a DOM node, with a string `runtime.id` and a function
 * `runtime.sendMessage`).
 */
function own(name: 'browser' | 'chrome'): Api | undefined {
  try {
    const d = Object.getOwnPropertyDescriptor(globalThis, name);
    const v: unknown = d ? ('value' in d ? d.value : d.get?.call(globalThis)) : undefined;
    if (typeof v !== 'object' || v === null || (typeof Node === 'function' && v instanceof Node)) return undefined;
    const runtime = (v as { runtime?: unknown }).runtime;
    if (typeof runtime !== 'object' || runtime === null || (typeof Node === 'function' && runtime instanceof Node)) return undefined;
    const r = runtime as { id?: unknown; sendMessage?: unknown };
    return typeof r.id === 'string' && typeof r.sendMessage === 'function' ? (v as Api) : undefined;
  } catch {
    return undefined;
  }
}

// Firefox: `browser` (its `chrome` answers with callbacks in places); Chrome: `chrome`.
export const browser: Api = (own('browser') ?? own('chrome'))!;
