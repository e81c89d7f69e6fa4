// The overlay's controller: one host, one Preact tree rendered from plain
// state, and at most one floating-ui autoUpdate at a time, which recomputes
// the tooltip's place and the spotlight's hole together, so the two never
// drift apart through scrolling (nested containers included), resizing or
// late layout.
//
// It never takes focus, never clicks, never blocks the page, and nothing it
// does can throw into the court page: every entry point, callback and
// observer runs inside `safely`.
import { autoUpdate } from '@floating-ui/dom';
import { createRef, h, render } from 'preact';
import { TEST_HOOKS } from '../content/test-hooks';
import { isTrusted } from '../content/trusted';
import { createHost } from './host';
import type { GuideView, OverlayCallbacks, OverlayHandle } from './types';
import { DOCKED, layoutFor, viewportSize, type Layout } from './place';
import { announcementFor, Overlay } from './view';

/**
 * Screen readers speak a live region's changes, not the text it holds when it
 * appears: the region is emptied, then filled a moment later.
 */
export const ANNOUNCE_DELAY_MS = 150;

function safely(fn: () => void): void {
  try {
    fn();
  } catch {
    // Nothing reaches the court page's console.
  }
}

const NOOP: OverlayHandle = { update() {}, destroy() {} };

export function mountOverlay(doc: Document, callbacks: OverlayCallbacks): OverlayHandle {
  try {
    return mount(doc, callbacks);
  } catch {
    // No shadow DOM, or a page that refuses our element: no guide, and the page as it was.
    return NOOP;
  }
}

function mount(doc: Document, callbacks: OverlayCallbacks): OverlayHandle {
  const { host, shadow, root } = createHost(doc);
  const tipRef = createRef<HTMLDivElement>();
  let view: GuideView | null = null;
  let target: Element | null = null;
  let keepClear: readonly Element[] = [];
  /** The step shown; a new one is announced and undoes a dismissal. */
  let stepKey = '';
  let hidden = false;
  let layout: Layout = DOCKED;
  let announcement = '';
  let scrollable = false;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  let stopFollowing: (() => void) | null = null;
  /** What autoUpdate is attached to, and how to ask it for one more placement. */
  let followed: { target: Element; tip: HTMLElement; refresh: () => void } | null = null;
  /** Bumped whenever the target or visibility changes: late answers for an older one are dropped. */
  let generation = 0;
  /** Where focus was before it entered the tooltip (Shepherd returns it there too). */
  let returnFocus: HTMLElement | null = null;
  let destroyed = false;

  // Only the user drives the overlay: a click, key or focus a script made
  // (`el.click()`, `dispatchEvent`) is ignored (src/content/trusted.ts).
  const onDismiss = (e: Event) => {
    if (isTrusted(e)) close(callbacks.onDismiss);
  };
  const onStopCourt = (e: Event) => {
    if (isTrusted(e)) close(callbacks.onStopCourt);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (!isTrusted(e) || (e.key !== 'Escape' && e.key !== 'Esc')) return;
    // Ours alone: a court dialog open under the tooltip must not close with it.
    e.preventDefault();
    e.stopPropagation();
    close(callbacks.onDismiss);
  };

  const onFocusIn = (e: FocusEvent) => {
    if (!isTrusted(e)) return;
    // relatedTarget is the element focus came from; moves between our own
    // buttons, and focus coming back from another window (null), keep the
    // element remembered first.
    const from = e.relatedTarget as HTMLElement | null;
    const tip = tipRef.current;
    if (from && tip && from !== host && !tip.contains(from) && typeof from.focus === 'function') returnFocus = from;
  };

  function paint(): void {
    if (destroyed) return;
    const props = { view, hidden, layout, viewport: viewportSize(doc), announcement, scrollable, tipRef };
    render(h(Overlay, { ...props, onDismiss, onStopCourt, onKeyDown, onFocusIn }), root);
    // A long instruction scrolls inside the tooltip; a scrolling box must be
    // focusable for keyboard users to scroll it (WCAG 2.1.1).
    const body = tipRef.current?.querySelector('.body');
    const overflowing = !!body && body.scrollHeight > body.clientHeight + 1;
    if (overflowing !== scrollable) {
      scrollable = overflowing;
      render(h(Overlay, { ...props, scrollable, onDismiss, onStopCourt, onKeyDown, onFocusIn }), root);
    }
  }

  function unfollow(): void {
    stopFollowing?.();
    stopFollowing = null;
    followed = null;
    generation++;
  }

  /** Follows the target (kept through updates that only change the text), or docks the tooltip when there is none. */
  function follow(): void {
    const tip = tipRef.current;
    const t = view?.highlight && !hidden ? target : null;
    // The guide may re-send the same screen on every DOM change: observers
    // are not rebuilt for that, the tooltip is only placed again.
    if (t && tip && followed?.target === t && followed.tip === tip) {
      followed.refresh();
      return;
    }
    unfollow();
    const gen = generation;
    if (!t || !tip) {
      layout = DOCKED;
      paint();
      return;
    }
    const settle = (next: Layout) => {
      if (gen !== generation || destroyed) return;
      layout = next;
      safely(paint);
    };
    const reposition = () => {
      if (gen !== generation) return;
      layoutFor(t, tip, viewportSize(doc), keepClear).then(settle, () => settle(DOCKED));
    };
    const refresh = () => safely(reposition);
    followed = { target: t, tip, refresh };
    // autoUpdate runs `refresh` now, then on every scroll of any scrolling
    // ancestor, resize, size change of target or tooltip, and movement of the
    // target (late layout) — what driver.js's window listener misses.
    stopFollowing = autoUpdate(t, tip, refresh);
  }

  function announce(text: string): void {
    clearTimeout(announceTimer);
    announcement = '';
    announceTimer = setTimeout(
      () =>
        safely(() => {
          if (destroyed || hidden) return;
          announcement = text;
          paint();
        }),
      ANNOUNCE_DELAY_MS,
    );
  }

  /** Focus inside the tooltip goes back where it came from; focus elsewhere in the page is left alone. */
  function giveFocusBack(): void {
    const active = shadow.activeElement as HTMLElement | null;
    if (!active) return;
    const back = returnFocus;
    returnFocus = null;
    if (back?.isConnected) back.focus();
    if (shadow.activeElement) active.blur();
  }

  function close(callback: () => void): void {
    safely(() => {
      giveFocusBack();
      hidden = true;
      clearTimeout(announceTimer);
      announcement = '';
      follow();
    });
    // Last, so that a callback which destroys or updates the overlay finds it settled.
    safely(() => callback.call(callbacks));
  }

  return {
    update(nextView, nextTarget, nextKeepClear = []) {
      if (destroyed) return;
      safely(() => {
        // A page script that rebuilt <html>'s children took us along.
        if (!host.isConnected) doc.documentElement.append(host);
        // Where the user is, for tests: test builds only (src/content/test-hooks.ts).
        if (TEST_HOOKS) {
          host.setAttribute('data-screen', nextView.screen);
          host.setAttribute('data-court', nextView.court ?? '');
          host.setAttribute('data-step', `${nextView.stepNumber}/${nextView.stepTotal}`);
        }
        view = nextView;
        target = nextTarget;
        keepClear = nextKeepClear;
        const key = [nextView.court, nextView.screen, nextView.stepId, nextView.stepNumber, nextView.stepTotal].join('\u0000');
        if (key !== stepKey) {
          stepKey = key;
          hidden = false;
          announce(announcementFor(nextView));
        }
        paint();
        follow();
      });
    },
    destroy() {
      if (destroyed) return;
      safely(giveFocusBack);
      destroyed = true;
      safely(() => {
        unfollow();
        clearTimeout(announceTimer);
        render(null, root);
      });
      safely(() => host.remove());
    },
  };
}
