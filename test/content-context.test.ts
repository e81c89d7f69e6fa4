// @vitest-environment jsdom
// The content script's context (src/content/context.ts), which replaces
// WXT's: it says nothing to the page and no page event stops it (issue 10
// item 1); only the extension going away, or a newer content script of this
// extension in the same world, does. In a real browser, with a page that
// attacks it: test/e2e/support/hostile-suite.ts.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';

const runtime = vi.hoisted(() => ({ id: 'test-extension-id' as string | undefined }));
vi.mock('wxt/browser', () => ({ browser: { runtime } }));

const { ContentScriptContext, ORPHAN_CHECK_MS } = await import('../src/content/context');

beforeEach(() => {
  runtime.id = 'test-extension-id';
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

test('posts nothing to the page and listens to nothing on window or document', () => {
  const posted = vi.spyOn(window, 'postMessage');
  const dispatched = [vi.spyOn(document, 'dispatchEvent'), vi.spyOn(window, 'dispatchEvent')];
  const listened = [vi.spyOn(document, 'addEventListener'), vi.spyOn(window, 'addEventListener')];
  const ctx = new ContentScriptContext('content');
  expect(posted).not.toHaveBeenCalled();
  for (const d of dispatched) expect(d).not.toHaveBeenCalled();
  for (const l of listened) expect(l).not.toHaveBeenCalled();
  ctx.abort('done');
});

test("WXT's stop event and message, from the page: the context goes on", () => {
  const ctx = new ContentScriptContext('content');
  for (const type of ['test-extension-id:content:wxt:content-script-started', 'wxt:content-script-started', 'content:wxt:content-script-started']) {
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'x' } }));
    window.postMessage({ type, contentScriptName: 'content', messageId: 'x' }, '*');
  }
  vi.advanceTimersByTime(ORPHAN_CHECK_MS * 3);
  expect(ctx.signal.aborted).toBe(false);
  expect(ctx.isValid).toBe(true);
  ctx.abort('done');
});

test('the extension gone (runtime.id undefined): invalidated within ORPHAN_CHECK_MS', () => {
  const ctx = new ContentScriptContext('content');
  const invalidated = vi.fn();
  ctx.onInvalidated(invalidated);
  vi.advanceTimersByTime(ORPHAN_CHECK_MS);
  expect(ctx.signal.aborted).toBe(false);
  runtime.id = undefined;
  vi.advanceTimersByTime(ORPHAN_CHECK_MS);
  expect(ctx.signal.aborted).toBe(true);
  expect(invalidated).toHaveBeenCalledOnce();
  expect(ctx.isInvalid).toBe(true);
});

test('a newer content script in the same world stops the older one, and only it', () => {
  const older = new ContentScriptContext('content');
  const newer = new ContentScriptContext('content');
  expect(older.signal.aborted).toBe(true);
  expect(newer.signal.aborted).toBe(false);
  newer.abort('done');
});

test('an element named like a global cannot stand in for the registry', () => {
  for (const id of ['cmecf-link-guide:content-script', '__cmecfLinkGuideOverlay', 'browser', 'chrome']) {
    const div = document.createElement('div');
    div.id = id;
    document.body.append(div);
  }
  const ctx = new ContentScriptContext('content');
  expect(ctx.signal.aborted).toBe(false);
  ctx.abort('done');
  document.body.replaceChildren();
});
