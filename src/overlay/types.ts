// The overlay's types, apart from its code: mount.ts and view.tsx need them,
// and index.ts re-exports them with mountOverlay, so nothing imports in a circle.

import type { SourcedText, TextSource } from '../profiles/source';

export interface GuideView {
  /** Screen id, e.g. "link-form". */
  screen: string;
  /** CM/ECF court id, e.g. "ctb". */
  court: string | null;
  /** "U.S. Bankruptcy Court, District of Connecticut" */
  courtName: string;
  /** "Step 3 of 12" */
  stepNumber: number;
  stepTotal: number;
  stepId: string;
  /** Short step title: the extension's own summary of the step. */
  title: string;
  /** The instruction as one plain text (what the live region reads), possibly long, never HTML. */
  instruction: string;
  /**
   * The instruction part by part, each with its source: the court's own
   * words (its guide and step) or general advice; the tooltip labels each
   * run. Without it, the instruction shows as general advice.
   */
  parts?: SourcedText[];
  /** An extra warning line. */
  note?: string;
  /**
   * The page's own warnings (the shared firm account, the username typed on
   * the wrong login…), each with its source, shown before the note.
   */
  warnings?: SourcedText[];
  /** The warnings before the step's words: they say stop (a firm's account on the confirmation screen). */
  warningsFirst?: boolean;
  /** Advice for where people get stuck on this screen (the link form's stuck moments), each with its source, shown last. */
  advice?: SourcedText[];
  /** Where the note comes from; without one (the page's own warnings) it is general advice. */
  noteSource?: TextSource;
  /** False: no spotlight (no target); the tooltip alone, docked bottom-right of the viewport. */
  highlight: boolean;
}

export interface OverlayCallbacks {
  /** "Got it" or Escape: hide guidance for this screen. */
  onDismiss(): void;
  /** "Stop guiding for this court". */
  onStopCourt(): void;
}

export interface OverlayHandle {
  /**
   * Re-renders in place (new screen, new target). A dismissed step stays
   * hidden through updates for the same step; a different step shows again.
   * `keepClear`: the rest of the action (the password field and Login, the
   * Continue button, the names to check), which the tooltip must not cover.
   */
  update(view: GuideView, target: Element | null, keepClear?: readonly Element[]): void;
  /** Removes everything it added, listeners included. */
  destroy(): void;
}
