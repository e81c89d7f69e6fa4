// @vitest-environment jsdom
// The overlay in jsdom: its markup, wiring, focus rules and clean-up. Layout
// (the hole, the tooltip's place, scrolling) needs a real browser: see
// test/e2e/overlay.spec.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { HOST_TAG, mountOverlay, type GuideView, type OverlayHandle } from '../src/overlay';
import { chooseCorner, clip, cutoutPath, dockedBox, overlapArea } from '../src/overlay/geometry';
import { ANNOUNCE_DELAY_MS } from '../src/overlay/mount';
import { CSS } from '../src/overlay/styles';

const OVERLAY_DIR = resolve(import.meta.dirname, '../src/overlay');

// jsdom's events are all a script's (isTrusted false), and the overlay
// ignores those (src/content/trusted.ts): here they count as the user's,
// but in the tests of what a page's scripts can do, where the real test applies.
const trust = vi.hoisted(() => ({ scriptedCountsAsUser: true }));
vi.mock('../src/content/trusted', () => ({
  isTrusted: (e: Event | null | undefined) => !!e && (trust.scriptedCountsAsUser || e.isTrusted === true),
}));

const VIEW: GuideView = {
  screen: 'link-form',
  court: 'ctb',
  courtName: 'U.S. Bankruptcy Court, District of Connecticut',
  stepNumber: 9,
  stepTotal: 12,
  stepId: 'ctb-9',
  title: 'Enter your CM/ECF login',
  instruction: 'Enter in your CM/ECF username and password.',
  note: 'Use your CM/ECF credentials here, not your PACER ones.',
  highlight: true,
};
const NEXT: GuideView = {
  ...VIEW,
  screen: 'link-confirm',
  stepNumber: 10,
  stepId: 'ctb-10',
  title: 'Review and submit',
  instruction: "Review the CM/ECF and PACER accounts you're about to link together. Once reviewed, click submit on the confirmation page.",
  note: undefined,
};

let handle: OverlayHandle | undefined;
let input: HTMLInputElement;
const calls = { dismiss: 0, stop: 0 };
const callbacks = { onDismiss: () => void calls.dismiss++, onStopCourt: () => void calls.stop++ };

beforeEach(() => {
  document.body.innerHTML = '<form><label>CM/ECF login <input name="login"></label><input name="password" type="password"></form>';
  input = document.querySelector('input[name=login]')!;
  calls.dismiss = calls.stop = 0;
});
afterEach(() => {
  handle?.destroy();
  handle = undefined;
  vi.useRealTimers();
});

const hostEl = () => document.documentElement.querySelector(HOST_TAG) as HTMLElement | null;
const shadow = () => hostEl()!.shadowRoot!;
const tip = () => shadow().querySelector<HTMLElement>('[role="dialog"]');
const button = (name: string) => [...shadow().querySelectorAll('button')].find((b) => b.textContent === name)!;
const liveRegion = () => shadow().querySelector('[aria-live="polite"]')!;
const flush = () => new Promise((r) => setTimeout(r, 0));

/** jsdom lays nothing out: the viewport's size and the target's box, until the returned function restores them. */
function laidOut(view: { width: number; height: number }, target: Element, box: { x: number; y: number; width: number; height: number }): () => void {
  const html = document.documentElement;
  const spies = [
    vi.spyOn(html, 'clientWidth', 'get').mockReturnValue(view.width),
    vi.spyOn(html, 'clientHeight', 'get').mockReturnValue(view.height),
    vi.spyOn(target, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect(box)),
  ];
  return () => spies.forEach((r) => r.mockRestore());
}

function mounted(view: GuideView = VIEW, target: Element | null = input): OverlayHandle {
  handle = mountOverlay(document, callbacks);
  handle.update(view, target);
  return handle;
}

describe('host', () => {
  test('one custom element on <html>, open shadow root with a <style>, data attributes kept current', () => {
    const h = mounted();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    expect(hostEl()!.parentElement).toBe(document.documentElement);
    expect(hostEl()!.shadowRoot, 'shadow root must be open').not.toBeNull();
    expect(shadow().querySelector('style')?.textContent).toContain('.tip');
    expect(hostEl()!.dataset).toMatchObject({ screen: 'link-form', court: 'ctb', step: '9/12' });
    h.update(NEXT, null);
    expect(hostEl()!.dataset).toMatchObject({ screen: 'link-confirm', court: 'ctb', step: '10/12' });
    h.update({ ...NEXT, court: null }, null);
    expect(hostEl()!.getAttribute('data-court')).toBe('');
  });

  test('the host resets page CSS, sits on top and lets clicks through', () => {
    mounted();
    const style = hostEl()!.style;
    expect(style.getPropertyValue('all')).toBe('initial');
    expect(style.getPropertyPriority('all')).toBe('important');
    expect(style.getPropertyValue('z-index')).toBe('2147483647');
    expect(style.getPropertyValue('pointer-events')).toBe('none');
    // Only the tooltip takes pointer events back.
    expect(CSS).toMatch(/\.tip\s*\{[^}]*pointer-events:\s*auto/);
    expect(CSS).toMatch(/\.spotlight\s*\{[^}]*pointer-events:\s*none/);
  });

  test('the page can remove the host; the next update puts it back', () => {
    const h = mounted();
    hostEl()!.remove();
    h.update(NEXT, null);
    expect(hostEl()).not.toBeNull();
  });
});

describe('content', () => {
  test('step, title, court, instruction, note, buttons and the extension name', () => {
    mounted();
    const text = tip()!.textContent!;
    for (const part of ['CM/ECF Link Guide', 'Step 9 of 12', VIEW.title, VIEW.courtName, VIEW.instruction, VIEW.note!, 'Got it', 'Stop guiding for this court']) {
      expect(text).toContain(part);
    }
    expect(text.indexOf('CM/ECF Link Guide')).toBe(0);
    expect(shadow().querySelector('.note')).not.toBeNull();
  });

  test('no note, no note box', () => {
    mounted(NEXT);
    expect(shadow().querySelector('.note')).toBeNull();
    expect(tip()!.textContent).toContain(NEXT.instruction);
  });

  test('whose words: each run of the instruction under its source, the court’s guide and step or general advice (issue 12)', () => {
    mounted({
      ...VIEW,
      note: undefined,
      instruction: 'Use your CM/ECF Username and Password here. Once your accounts are linked, this changes: From this point forward, use your upgraded PACER credentials.',
      parts: [
        { text: 'Use your CM/ECF Username and Password here.', source: { kind: 'court', court: 'ctb', guide: 'seeds/000_8417814b27c57c2d.txt', step: '3' } },
        { text: 'Once your accounts are linked, this changes:', source: { kind: 'general', basis: 'test' } },
        { text: 'From this point forward, use your upgraded PACER credentials.', source: { kind: 'court', court: 'ctb', guide: 'seeds/000_8417814b27c57c2d.txt', step: '5 (linking instructions, item 3)' } },
      ],
    });
    const runs = [...shadow().querySelectorAll('.said')];
    expect(runs.map((r) => r.getAttribute('data-source'))).toEqual(['court', 'general', 'court']);
    expect(runs.map((r) => r.querySelector('.src')!.textContent)).toEqual([
      'What the court says — Connecticut Bankruptcy Court guide, step 3',
      'General advice, not from this court’s guide',
      'What the court says — Connecticut Bankruptcy Court guide, step 5 (linking instructions, item 3)',
    ]);
    expect(runs.map((r) => r.querySelector('.instruction')!.textContent)).toEqual([
      'Use your CM/ECF Username and Password here.',
      'Once your accounts are linked, this changes:',
      'From this point forward, use your upgraded PACER credentials.',
    ]);
    // The labels are read as part of the description: a screen reader hears whose words they are.
    const desc = shadow().getElementById(tip()!.getAttribute('aria-describedby')!)!;
    expect(desc.textContent).toContain('What the court says — Connecticut Bankruptcy Court guide, step 3');
  });

  test('consecutive parts of one source share one label; text without a source, or with a forged one, is general advice', () => {
    const court = { kind: 'court', court: 'ctb', guide: 'seeds/000_8417814b27c57c2d.txt', step: '12' } as const;
    mounted({ ...VIEW, parts: [{ text: 'One.', source: court }, { text: 'Two.', source: court }] });
    expect([...shadow().querySelectorAll('.said .src')].map((x) => x.textContent)).toEqual(['What the court says — Connecticut Bankruptcy Court guide, step 12']);
    expect(shadow().querySelector('.said .instruction')!.textContent).toBe('One. Two.');
    handle!.update({ ...VIEW, parts: undefined }, input);
    expect(shadow().querySelector('.said')!.getAttribute('data-source')).toBe('general');
    handle!.update({ ...VIEW, parts: [{ text: 'Forged.', source: { kind: 'court' } as never }] }, input);
    expect(shadow().querySelector('.said .src')!.textContent).toMatch(/^General advice/);
    // The note is general advice unless it says otherwise (the page's warnings join it).
    expect(shadow().querySelector('.note-box .src')!.textContent).toMatch(/^General advice/);
  });

  test('warnings that say stop come before the step’s words; otherwise after them', () => {
    const warning = { text: 'Do not link it.', source: { kind: 'general', basis: 'test' } } as const;
    mounted({ ...VIEW, warnings: [warning] });
    const order = () => [...shadow().querySelectorAll('.body > .said, .body > .warning')].map((d) => (d.classList.contains('warning') ? 'warning' : 'words'));
    expect(order()).toEqual(['words', 'warning']);
    handle!.update({ ...VIEW, warnings: [warning], warningsFirst: true }, null);
    expect(order()).toEqual(['warning', 'words']);
  });

  test('markup in the court text stays text', () => {
    const hostile = '<img src=x onerror="alert(1)"><b>bold</b> & <script>1</script>';
    mounted({ ...VIEW, title: hostile, instruction: hostile, note: hostile });
    expect(shadow().querySelector('img, b, script')).toBeNull();
    expect(shadow().querySelector('.instruction')!.textContent).toBe(hostile);
    expect(shadow().querySelector('.note')!.textContent).toBe(hostile);
  });

  test('a labelled, described, non-modal dialog', () => {
    mounted();
    const dialog = tip()!;
    expect(dialog.getAttribute('aria-modal')).not.toBe('true');
    const label = shadow().getElementById(dialog.getAttribute('aria-labelledby')!);
    const desc = shadow().getElementById(dialog.getAttribute('aria-describedby')!);
    expect(label?.textContent).toBe(`Step 9 of 12${VIEW.title}`);
    expect(label?.localName).toBe('h2');
    expect(desc?.textContent).toContain(VIEW.instruction);
    expect(desc?.textContent).toContain(VIEW.note);
    for (const b of shadow().querySelectorAll('button')) {
      expect(b.type).toBe('button');
      expect(b.tabIndex).toBe(0);
    }
  });

  test('no element is made from an HTML string, in the sources or at run time', () => {
    const banned = /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|createContextualFragment|DOMParser|document\.write|srcdoc/;
    const files = readdirSync(OVERLAY_DIR).filter((f) => /\.tsx?$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const f of files) expect(readFileSync(join(OVERLAY_DIR, f), 'utf8'), f).not.toMatch(banned);

    const used: string[] = [];
    const spies = [Element.prototype, ShadowRoot.prototype].map((proto) => {
      const desc = Object.getOwnPropertyDescriptor(proto, 'innerHTML')!;
      Object.defineProperty(proto, 'innerHTML', {
        ...desc,
        set(v: string) {
          used.push(v);
          desc.set!.call(this, v);
        },
      });
      return () => Object.defineProperty(proto, 'innerHTML', desc);
    });
    const adjacent = vi.spyOn(Element.prototype, 'insertAdjacentHTML');
    try {
      const h = mounted();
      h.update(NEXT, input);
      h.update({ ...NEXT, highlight: false }, null);
      h.destroy();
    } finally {
      spies.forEach((restore) => restore());
      adjacent.mockRestore();
    }
    expect(used).toEqual([]);
    expect(adjacent).not.toHaveBeenCalled();
  });
});

describe('buttons and Escape', () => {
  test('"Got it" calls onDismiss and hides; the same step stays hidden, the next one shows', () => {
    const h = mounted();
    button('Got it').click();
    expect(calls).toEqual({ dismiss: 1, stop: 0 });
    expect(tip()).toBeNull();
    expect(shadow().querySelector('svg')).toBeNull();
    h.update(VIEW, input);
    expect(tip(), 'a re-sent update for a dismissed step does not bring it back').toBeNull();
    h.update(NEXT, null);
    expect(tip()).not.toBeNull();
  });

  test('"Stop guiding for this court" calls onStopCourt', () => {
    mounted();
    button('Stop guiding for this court').click();
    expect(calls).toEqual({ dismiss: 0, stop: 1 });
    expect(tip()).toBeNull();
  });

  test('Escape inside the tooltip dismisses, stays ours and returns focus where it was', () => {
    mounted();
    input.focus();
    const pageSaw: string[] = [];
    document.addEventListener('keydown', (e) => pageSaw.push(e.key));
    button('Stop guiding for this court').focus();
    expect(shadow().activeElement).toBe(button('Stop guiding for this court'));
    button('Got it').focus(); // moving between our buttons keeps the first place remembered
    button('Got it').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
    expect(calls).toEqual({ dismiss: 1, stop: 0 });
    expect(document.activeElement).toBe(input);
    expect(tip()).toBeNull();
    expect(pageSaw, 'a court dialog listening for Escape must not close too').toEqual([]);
  });

  test('"Got it" from the keyboard also returns focus', () => {
    mounted();
    input.focus();
    button('Got it').focus();
    button('Got it').click();
    expect(document.activeElement).toBe(input);
  });

  test('Escape outside the tooltip is the page\'s', () => {
    mounted();
    input.focus();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(calls.dismiss).toBe(0);
    expect(tip()).not.toBeNull();
  });

  test('focus that came from nowhere is released, not left on a removed button', () => {
    mounted();
    button('Got it').focus();
    button('Got it').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(shadow().activeElement).toBeNull();
  });

  test('a callback that throws does not reach the page', () => {
    handle = mountOverlay(document, {
      onDismiss: () => {
        throw new Error('guide logic bug');
      },
      onStopCourt: () => {
        throw new Error('guide logic bug');
      },
    });
    handle.update(VIEW, input);
    expect(() => button('Got it').click()).not.toThrow();
    handle.update(NEXT, input);
    expect(() => button('Stop guiding for this court').click()).not.toThrow();
  });

  test('a callback may destroy the overlay', () => {
    handle = mountOverlay(document, { onDismiss: () => handle!.destroy(), onStopCourt: () => {} });
    handle.update(VIEW, input);
    button('Got it').click();
    expect(hostEl()).toBeNull();
  });
});

describe("a page's scripts cannot drive the overlay (issue 10 item 2)", () => {
  // BUG (before): the buttons, Escape and focus handlers took any event; a
  // page's `.click()` on "Stop guiding for this court" stopped the guide.
  beforeEach(() => {
    trust.scriptedCountsAsUser = false;
  });
  afterEach(() => {
    trust.scriptedCountsAsUser = true;
  });

  test('.click() and dispatched clicks on the buttons do nothing', () => {
    mounted();
    button('Got it').click();
    button('Stop guiding for this court').click();
    for (const name of ['Got it', 'Stop guiding for this court']) {
      button(name).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    }
    expect(calls).toEqual({ dismiss: 0, stop: 0 });
    expect(tip()).not.toBeNull();
  });

  test('a dispatched Escape in the tooltip does nothing, and is not swallowed', () => {
    mounted();
    const pageSaw: string[] = [];
    document.addEventListener('keydown', (e) => pageSaw.push(e.key));
    button('Got it').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
    expect(calls.dismiss).toBe(0);
    expect(tip()).not.toBeNull();
    expect(pageSaw).toEqual(['Escape']);
  });

  test('a dispatched focusin does not choose where focus goes back', () => {
    mounted();
    input.focus();
    const decoy = document.createElement('button');
    document.body.append(decoy);
    trust.scriptedCountsAsUser = true;
    button('Got it').focus(); // the user's: remembers the input
    trust.scriptedCountsAsUser = false;
    tip()!.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true, relatedTarget: decoy }));
    trust.scriptedCountsAsUser = true;
    button('Got it').click();
    expect(document.activeElement, 'focus back where the user was, not where a script said').toBe(input);
  });
});

describe('focus is never taken', () => {
  test('mount and updates leave a user typing in a field', async () => {
    input.focus();
    input.value = 'ct12';
    input.setSelectionRange(4, 4);
    const h = mountOverlay(document, callbacks);
    handle = h;
    expect(document.activeElement).toBe(input);
    h.update(VIEW, input);
    expect(document.activeElement).toBe(input);
    await flush();
    h.update(VIEW, input);
    h.update(NEXT, document.querySelector('input[name=password]'));
    h.update({ ...NEXT, highlight: false }, null);
    await new Promise((r) => setTimeout(r, ANNOUNCE_DELAY_MS + 20));
    expect(document.activeElement).toBe(input);
    expect(input.selectionStart).toBe(4);
    expect(shadow().activeElement).toBeNull();
  });
});

describe('live region', () => {
  test('announces "Step n of N: title. instruction" after mount and on each new step only', () => {
    vi.useFakeTimers();
    const h = mounted();
    const region = liveRegion();
    expect(region.getAttribute('aria-atomic')).toBe('true');
    expect(region.textContent, 'empty first: a region announces changes').toBe('');
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    expect(region.textContent).toBe(`Step 9 of 12: ${VIEW.title}. ${VIEW.instruction}`);
    h.update(VIEW, input);
    expect(region.textContent, 'the same step again is not re-announced').toBe(`Step 9 of 12: ${VIEW.title}. ${VIEW.instruction}`);
    h.update(NEXT, null);
    expect(region.textContent).toBe('');
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    expect(region.textContent).toBe(`Step 10 of 12: Review and submit. ${NEXT.instruction}`);
  });

  test('a title ending in punctuation gets no second full stop', () => {
    vi.useFakeTimers();
    mounted({ ...VIEW, title: 'Click “Utilities.”' });
    vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    expect(liveRegion().textContent).toBe(`Step 9 of 12: Click “Utilities.” ${VIEW.instruction}`);
  });

  test('nothing is announced once destroyed', () => {
    vi.useFakeTimers();
    const h = mounted();
    h.destroy();
    expect(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS * 2)).not.toThrow();
  });
});

describe('layout without a browser', () => {
  test('highlight false or no target: no spotlight, tooltip docked bottom-right', async () => {
    const h = mounted({ ...VIEW, highlight: false }, input);
    await flush();
    expect(shadow().querySelector('svg')).toBeNull();
    expect(tip()!.className).toBe('tip docked-bottom-right');
    h.update(NEXT, null);
    await flush();
    expect(shadow().querySelector('svg')).toBeNull();
    expect(tip()!.dataset.layout).toBe('docked');
  });

  test('a detached target docks the tooltip without throwing', async () => {
    const gone = document.createElement('input');
    mounted(VIEW, gone);
    await flush();
    expect(shadow().querySelector('svg')).toBeNull();
    expect(tip()!.dataset.layout).toBe('docked');
  });

  test('a target with a box gets one even-odd path with a hole, and a ring', async () => {
    const restore = laidOut({ width: 1000, height: 700 }, input, { x: 100, y: 200, width: 180, height: 24 });
    try {
      mounted();
      await flush();
      const paths = shadow().querySelectorAll('svg path');
      expect(paths).toHaveLength(1);
      expect(shadow().querySelectorAll('svg')).toHaveLength(1);
      expect(paths[0]!.getAttribute('fill-rule')).toBe('evenodd');
      expect(paths[0]!.getAttribute('d')).toBe(cutoutPath({ width: 1000, height: 700 }, { x: 94, y: 194, width: 192, height: 36 }));
      expect(shadow().querySelector('svg .ring')).not.toBeNull();
      expect(tip()!.dataset.layout).toBe('anchored');
      expect(shadow().querySelector<HTMLElement>('.arrow')?.dataset.side, 'an arrow on the side facing the field').toBe('right');
      // Beside the field (right-start), clear of the hole.
      expect(parseFloat(tip()!.style.left)).toBeGreaterThanOrEqual(286);
    } finally {
      restore();
    }
  });
});

describe('placement of a Submit input', () => {
  test('below it, never over the Clear button beside it (a field gets the side; a button input does not)', async () => {
    document.body.innerHTML = '<form><input type="submit" value="Submit"> <input type="reset" value="Clear"></form>';
    const submit = document.querySelector('input[type=submit]')!;
    const restore = laidOut({ width: 1280, height: 800 }, submit, { x: 16, y: 230, width: 57, height: 21 });
    try {
      mounted(VIEW, submit);
      await flush();
      expect(tip()!.dataset.layout).toBe('anchored');
      expect(shadow().querySelector<HTMLElement>('.arrow')?.dataset.side, 'placed below Submit, not beside it').toBe('bottom');
      // Clear sits at x 77-125 on the same line (y 230-251): the tooltip starts below that line.
      expect(parseFloat(tip()!.style.top)).toBeGreaterThanOrEqual(251);
    } finally {
      restore();
    }
  });
});

describe('destroy', () => {
  test('removes the host and everything in it; later calls are no-ops', () => {
    const h = mounted();
    h.destroy();
    expect(hostEl()).toBeNull();
    expect(document.querySelector(HOST_TAG)).toBeNull();
    expect(() => h.update(VIEW, input)).not.toThrow();
    expect(hostEl()).toBeNull();
    expect(() => h.destroy()).not.toThrow();
  });

  test('stops following the target: no listeners left on the window', () => {
    const add = vi.spyOn(window, 'addEventListener');
    const remove = vi.spyOn(window, 'removeEventListener');
    const h = mounted();
    h.update(NEXT, input);
    h.destroy();
    const key = (c: unknown[]) => `${String(c[0])}:${String(c[1])}`;
    const left = add.mock.calls.map(key).filter((k) => !remove.mock.calls.map(key).includes(k));
    add.mockRestore();
    remove.mockRestore();
    expect(left).toEqual([]);
  });

  test('updates for the same target keep one set of listeners; a new target swaps them', () => {
    const add = vi.spyOn(window, 'addEventListener');
    const remove = vi.spyOn(window, 'removeEventListener');
    const scrolls = () => add.mock.calls.filter((c) => c[0] === 'scroll').length;
    const h = mounted();
    const once = scrolls();
    expect(once).toBeGreaterThan(0);
    h.update({ ...VIEW, note: 'Changed' }, input);
    h.update(VIEW, input);
    expect(scrolls(), 'no new observers for a re-sent screen').toBe(once);
    expect(remove.mock.calls.filter((c) => c[0] === 'scroll')).toHaveLength(0);
    h.update(NEXT, document.querySelector('input[name=password]'));
    expect(scrolls()).toBe(2 * once);
    expect(remove.mock.calls.filter((c) => c[0] === 'scroll')).toHaveLength(once);
    add.mockRestore();
    remove.mockRestore();
  });

  test('a destroy while focus is in the tooltip gives focus back', () => {
    const h = mounted();
    input.focus();
    button('Got it').focus();
    h.destroy();
    expect(document.activeElement).toBe(input);
  });
});

describe('motion', () => {
  test('prefers-reduced-motion turns every animation and transition off', () => {
    const block = /@media \(prefers-reduced-motion: reduce\)\s*\{([^@]*)\}/.exec(CSS)?.[1] ?? '';
    expect(block).toMatch(/\*[^{]*\{\s*animation: none !important;\s*transition: none !important;/);
    expect(CSS).toMatch(/\.halo[^}]*animation:/);
  });
});

describe('geometry', () => {
  const view = { width: 1000, height: 700 };
  const size = { width: 400, height: 200 };

  test('the path is the viewport, then the hole', () => {
    expect(cutoutPath(view, null)).toBe('M0 0H1000V700H0Z');
    const d = cutoutPath(view, { x: 10, y: 20, width: 100, height: 40 });
    expect(d.startsWith('M0 0H1000V700H0ZM16 20H104A6 6 0 0 1 110 26V54')).toBe(true);
    expect(d.endsWith('Z')).toBe(true);
  });

  test('docking avoids the lit target', () => {
    expect(chooseCorner(size, view, null)).toBe('bottom-right');
    const lowerRight = { x: 700, y: 600, width: 100, height: 30 };
    const corner = chooseCorner(size, view, lowerRight);
    expect(corner).toBe('bottom-left');
    expect(overlapArea(dockedBox(corner, size, view), lowerRight)).toBe(0);
    // Covering everything: the corner that covers least.
    expect(chooseCorner(size, view, { x: 0, y: 0, width: 990, height: 700 })).toBe('bottom-right');
  });

  test('clip trims what overflows and gives null when nothing is left', () => {
    const b = { x: 0, y: 0, width: 100, height: 50 };
    expect(clip(b, { top: 10, right: -5, bottom: 0, left: 20 })).toEqual({ x: 20, y: 10, width: 80, height: 40 });
    expect(clip(b, { top: 60, right: 0, bottom: 0, left: 0 })).toBeNull();
    expect(clip(b, undefined)).toEqual(b);
  });
});
