// The content script waits for the court page's load (src/content/after-load.ts).
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { afterLoad, MAX_WAIT_MS } from '../src/content/after-load';

/** A window whose readyState and load event the test drives. */
function fakeWindow(readyState: DocumentReadyState) {
  const target = new EventTarget();
  return {
    document: { readyState },
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
    dispatchEvent: target.dispatchEvent.bind(target),
    setTimeout: (fn: () => void, ms?: number) => setTimeout(fn, ms),
    clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
  } as unknown as Window & { dispatchEvent(e: Event): boolean };
}

describe('afterLoad', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('a page already loaded: runs at once', () => {
    const run = vi.fn();
    afterLoad(fakeWindow('complete'), run, new AbortController().signal);
    expect(run).toHaveBeenCalledTimes(1);
  });

  test('a page still loading: runs in a task after the load event, not inside it, once', () => {
    const win = fakeWindow('interactive');
    const run = vi.fn();
    afterLoad(win, run, new AbortController().signal);
    expect(run).not.toHaveBeenCalled();
    win.dispatchEvent(new Event('load'));
    // Inside the load event's dispatch nothing ran: loadEventEnd is not delayed.
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(MAX_WAIT_MS * 2);
    win.dispatchEvent(new Event('load'));
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
  });

  test('a page whose load never comes (slow images): runs after MAX_WAIT_MS, once', () => {
    const win = fakeWindow('interactive');
    const run = vi.fn();
    afterLoad(win, run, new AbortController().signal);
    vi.advanceTimersByTime(MAX_WAIT_MS - 1);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    win.dispatchEvent(new Event('load'));
    vi.advanceTimersByTime(MAX_WAIT_MS);
    expect(run).toHaveBeenCalledTimes(1);
  });

  test('the extension reloaded or updated before the page loaded: never runs', () => {
    const win = fakeWindow('loading');
    const run = vi.fn();
    const ac = new AbortController();
    afterLoad(win, run, ac.signal);
    ac.abort();
    win.dispatchEvent(new Event('load'));
    vi.advanceTimersByTime(MAX_WAIT_MS * 2);
    expect(run).not.toHaveBeenCalled();
  });
});
