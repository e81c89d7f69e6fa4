// The overlay's types, apart from its code: mount.ts and view.tsx need them,
// and index.ts re-exports them with mountOverlay, so nothing imports in a circle.

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
  /** Short step title. */
  title: string;
  /** The court's instruction: plain text, possibly long, never HTML. */
  instruction: string;
  /** An extra warning line. */
  note?: string;
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
