// What the overlay draws, as a pure function of its state: the dim layer with
// its hole, the tooltip, and the live region. Every string from the court
// goes in as a text child, never as markup (the page is a credential page).
import type { RefObject } from 'preact';
import { cutoutPath, inflate, type Box, type Size } from './geometry';
import type { Layout } from './place';
import type { GuideView } from './types';
import { sameSource, sourceLabel, UNSOURCED, isSource } from '../profiles/label';
import type { SourcedText, TextSource } from '../profiles/source';

export const EXTENSION_NAME = 'CM/ECF Link Guide';
const TITLE_ID = 'lg-title';
const DESC_ID = 'lg-desc';

export interface OverlayProps {
  view: GuideView | null;
  /** Dismissed for this step: nothing shown, the live region kept. */
  hidden: boolean;
  layout: Layout;
  viewport: Size;
  announcement: string;
  /** The instruction overflows its box: make it focusable so keyboard users can scroll it. */
  scrollable: boolean;
  tipRef: RefObject<HTMLDivElement | null>;
  /** Each handler is given the event, and ignores a script's (mount.ts). */
  onDismiss(e: Event): void;
  onStopCourt(e: Event): void;
  onKeyDown(e: KeyboardEvent): void;
  onFocusIn(e: FocusEvent): void;
}

export function stepLabel(view: GuideView): string {
  // A warning on a login with no step of a session behind it (guide-client.ts).
  if (!(view.stepTotal > 0)) return 'Before you log in';
  return `Step ${view.stepNumber} of ${view.stepTotal}`;
}

/** What the live region says: "Step n of N: title. instruction". */
export function announcementFor(view: GuideView): string {
  // `?? ''`: a malformed view from a plain-JS caller still renders.
  const title = `${view.title ?? ''}`.trim();
  // Court titles often end in a sentence already, sometimes inside quotes: “Utilities.”
  const stop = /[.!?:]["'”’)]*$/.test(title) ? '' : '.';
  return `${stepLabel(view)}: ${title}${stop} ${`${view.instruction ?? ''}`.trim()}`.trim();
}

/**
 * The instruction in runs of one source each: the court's words with the
 * guide and step they come from, general advice marked so (issue 12, item 4).
 * An instruction without parts is general advice: never presented as a court's.
 */
export function sourcedRuns(view: Pick<GuideView, 'instruction' | 'parts'>, join = ' '): Array<{ source: TextSource; label: string; text: string }> {
  const parts: SourcedText[] = Array.isArray(view.parts) && view.parts.length
    ? view.parts.filter((p) => p && typeof p.text === 'string').map((p) => ({ text: p.text, source: isSource(p.source) ? p.source : UNSOURCED }))
    : view.instruction
      ? [{ text: `${view.instruction}`, source: UNSOURCED }]
      : [];
  const runs: Array<{ source: TextSource; label: string; text: string }> = [];
  for (const p of parts) {
    const last = runs.at(-1);
    if (last && sameSource(last.source, p.source)) last.text += `${join}${p.text}`;
    else runs.push({ source: p.source, label: sourceLabel(p.source), text: p.text });
  }
  return runs;
}

function Spotlight({ hole, viewport }: { hole: Box; viewport: Size }) {
  // The ring sits just outside the hole, on the dimmed page, so it never
  // covers the target; the halo pulses around it.
  const ring = inflate(hole, 2);
  const halo = inflate(hole, 9);
  const rect = (b: Box, cls: string, r: number) => (
    <rect class={cls} x={b.x} y={b.y} width={b.width} height={b.height} rx={r} ry={r} />
  );
  return (
    <svg class="spotlight" aria-hidden="true" focusable="false" width={viewport.width} height={viewport.height}>
      <path class="dim" fill-rule="evenodd" d={cutoutPath(viewport, hole)} />
      {rect(halo, 'halo', 15)}
      {rect(ring, 'ring', 8)}
    </svg>
  );
}

function Tooltip(p: OverlayProps & { view: GuideView }) {
  const { view, layout } = p;
  const style =
    layout.kind === 'anchored'
      ? { left: `${Math.round(layout.x)}px`, top: `${Math.round(layout.y)}px` }
      : {};
  const warnings = sourcedRuns({ instruction: '', parts: Array.isArray(view.warnings) ? view.warnings : [] }, '\n\n').map((w, i) => (
    <div key={`w${i}`} class="note-box warning" data-source={w.source.kind}>
      <p class="src">{w.label}</p>
      <p class="note">{w.text}</p>
    </div>
  ));
  return (
    <div
      ref={p.tipRef}
      class={layout.kind === 'anchored' ? 'tip' : `tip docked-${layout.corner}`}
      // Non-modal: the page stays usable and focus is never trapped or taken.
      role="dialog"
      aria-labelledby={TITLE_ID}
      aria-describedby={DESC_ID}
      data-layout={layout.kind}
      style={style}
      onKeyDown={p.onKeyDown}
      onFocusIn={p.onFocusIn}
    >
      {layout.kind === 'anchored' ? (
        <div
          class="arrow"
          data-side={layout.placement.split('-')[0]}
          style={/^(left|right)/.test(layout.placement) ? { top: `${Math.round(layout.arrow)}px` } : { left: `${Math.round(layout.arrow)}px` }}
        />
      ) : null}
      <p class="brand">{EXTENSION_NAME}</p>
      <h2 class="heading" id={TITLE_ID}>
        <span class="step">{stepLabel(view)}</span>
        {view.title}
      </h2>
      {view.courtName ? <p class="court">{view.courtName}</p> : null}
      <div class={p.scrollable ? 'body scrolls' : 'body'} id={DESC_ID} tabIndex={p.scrollable ? 0 : undefined}>
        {view.warningsFirst ? warnings : null}
        {sourcedRuns(view).map((run, i) => (
          <div key={i} class={`said ${run.source.kind}`} data-source={run.source.kind}>
            <p class="src">{run.label}</p>
            <p class="instruction">{run.text}</p>
          </div>
        ))}
        {view.warningsFirst ? null : warnings}
        {view.note ? (
          <div class="note-box" data-source={isSource(view.noteSource) ? view.noteSource.kind : 'general'}>
            <p class="src">{sourceLabel(view.noteSource)}</p>
            <p class="note">{view.note}</p>
          </div>
        ) : null}
        {(Array.isArray(view.advice) ? view.advice : []).map((a, i) => (
          <div key={`a${i}`} class="note-box aside" data-source={isSource(a.source) ? a.source.kind : 'general'}>
            <p class="src">{sourceLabel(a.source)}</p>
            <p class="advice">{a.text}</p>
          </div>
        ))}
      </div>
      <div class="actions">
        <button type="button" class="primary" onClick={p.onDismiss}>
          Got it
        </button>
        {view.stepTotal > 0 ? (
          <button type="button" class="secondary" onClick={p.onStopCourt}>
            Stop guiding for this court
          </button>
        ) : null}
      </div>
    </div>
  );
}

export function Overlay(p: OverlayProps) {
  const shown = p.view && !p.hidden ? p.view : null;
  const hole = shown && p.layout.hole;
  return (
    <>
      {hole ? <Spotlight hole={hole} viewport={p.viewport} /> : null}
      {shown ? <Tooltip {...p} view={shown} /> : null}
      {/* Always present: a live region announces changes, not what it held when inserted. */}
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">
        {p.announcement}
      </div>
    </>
  );
}
