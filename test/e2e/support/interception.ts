// Request interception over WebDriver BiDi (Firefox, through Puppeteer).

/**
 * Settles a Puppeteer interception (`req.respond()` / `req.continue()`).
 * Over WebDriver BiDi, Puppeteer's respond() rethrows when Firefox has
 * already dropped the request, typically a subresource of the page a
 * navigation just left ("no such request"); left unhandled, that rejection
 * failed whichever test was running. A dropped request is no failure of
 * ours; any other error is kept in `failures` for the test to throw.
 */
export function settleInterception(pending: Promise<void>, failures: Error[]): void {
  pending.catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    if (/no such request|Frame detached|Target closed|Session closed/i.test(message)) return;
    failures.push(error instanceof Error ? error : new Error(message));
  });
}

/** Throws the first interception failure kept by settleInterception. */
export function throwInterceptionFailures(failures: Error[]): void {
  const first = failures.shift();
  if (first) throw new Error(`serving a request failed: ${first.message}`, { cause: first });
}
