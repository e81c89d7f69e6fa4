// The content script's half of the guide: reports each newly recognised
// screen to the background (screen, court, the target's label: never
// anything typed), and draws the overlay the background's answer describes,
// at the element the recogniser found.
import { browser } from 'wxt/browser';
import type { Recognition } from '../recognize';
import { labelOf } from '../recognize/dom';
import type { ScreenReply, ToBackground, ToContent } from '../messages';
import { mountOverlay, type GuideView, type OverlayHandle } from '../overlay';

export function startGuide(doc: Document, signal: AbortSignal): { onRecognition(r: Recognition): void } {
  let overlay: OverlayHandle | null = null;
  let view: GuideView | null = null;
  let asked = 0;

  const send = (msg: ToBackground) => browser.runtime.sendMessage(msg) as Promise<unknown>;

  const clear = () => {
    overlay?.destroy();
    overlay = null;
    view = null;
  };

  const draw = (next: GuideView | null, target: Element | null, related: readonly Element[]) => {
    if (signal.aborted) return;
    if (!next) return clear();
    view = next;
    overlay ??= mountOverlay(doc, {
      onDismiss: () => {
        const v = view;
        clear();
        if (v?.court) void send({ type: 'dismiss', court: v.court, stepId: v.stepId }).catch(() => undefined);
      },
      onStopCourt: () => {
        const v = view;
        clear();
        if (v?.court) void send({ type: 'stop', court: v.court }).catch(() => undefined);
      },
    });
    overlay.update(next, next.highlight ? target : null, related);
  };

  const onRecognition = (r: Recognition) => {
    const mine = ++asked;
    const msg: ToBackground = {
      type: 'screen',
      screen: r.screen,
      court: r.court,
      targetLabel: r.target ? labelOf(r.target) : null,
    };
    send(msg)
      .then((reply) => {
        // A newer recognition may have been sent meanwhile: only its answer counts.
        if (mine === asked) draw((reply as ScreenReply | undefined)?.view ?? null, r.target, r.related ?? []);
      })
      // The extension was reloaded or updated under the page: stay silent.
      .catch(() => undefined);
  };

  signal.addEventListener('abort', clear);
  return { onRecognition };
}

export function onRefresh(listener: () => void, signal: AbortSignal): void {
  const handler = (msg: unknown) => {
    if ((msg as ToContent | undefined)?.type === 'refresh') listener();
    return undefined;
  };
  browser.runtime.onMessage.addListener(handler);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(handler));
}
