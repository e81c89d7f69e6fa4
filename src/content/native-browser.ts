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

const g = globalThis as unknown as { browser?: Api; chrome?: Api };

export const browser: Api = g.browser?.runtime?.id ? g.browser : (g.chrome as Api);
