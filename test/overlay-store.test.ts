// @vitest-environment jsdom
// The overlay as the store build draws it (src/content/test-hooks.ts false):
// a closed shadow root, and nothing on the host element that says where the
// user is. The built store files are checked for the same in
// test/test-hooks-build.test.ts; a real page's view of them in
// test/e2e/support/hostile-suite.ts.
import { afterEach, expect, test, vi } from 'vitest';

vi.mock('../src/content/test-hooks', () => ({ TEST_HOOKS: false }));

const { mountOverlay, HOST_TAG } = await import('../src/overlay');

afterEach(() => {
  document.documentElement.querySelector(HOST_TAG)?.remove();
  vi.restoreAllMocks();
});

test('closed shadow root, no attributes but the host style; the tooltip drawn inside all the same', () => {
  const roots: ShadowRoot[] = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const r = attach.call(this, init);
    roots.push(r);
    return r;
  });
  document.body.innerHTML = '<input name="login">';
  const h = mountOverlay(document, { onDismiss() {}, onStopCourt() {} });
  h.update(
    {
      screen: 'link-form',
      court: 'ctb',
      courtName: 'U.S. Bankruptcy Court, District of Connecticut',
      stepNumber: 9,
      stepTotal: 12,
      stepId: 'ctb-9',
      title: 'Enter your CM/ECF login',
      instruction: 'Enter in your CM/ECF username and password.',
      note: 'This looks like a shared firm PACER account.',
      highlight: true,
    },
    document.querySelector('input'),
  );
  const host = document.documentElement.querySelector(HOST_TAG)!;
  expect(host).not.toBeNull();
  expect(host.shadowRoot, 'what a page script sees of the shadow root').toBeNull();
  expect(roots).toHaveLength(1);
  expect(roots[0]!.mode).toBe('closed');
  expect(host.getAttributeNames(), 'attributes of the host').toEqual(['style']);
  expect(roots[0]!.querySelector('.note')?.textContent).toContain('shared firm PACER account');
  h.destroy();
  expect(document.documentElement.querySelector(HOST_TAG)).toBeNull();
});
