// The one test every listener of the guide applies to an event: was it the
// user's (the browser's own), or made by a script (`dispatchEvent`,
// `el.click()`, `new KeyboardEvent`)? The court page's scripts share the DOM
// with the guide; only the user may drive it.
//
// `isTrusted` is an unforgeable own property of every event: a page script
// can neither set it nor redefine it. Apart, in a module of its own, only so
// that unit tests in jsdom (where every event is a script's) can mock it.
export function isTrusted(e: Event | null | undefined): boolean {
  return !!e && e.isTrusted === true;
}
