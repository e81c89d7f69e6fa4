// The overlay's only stylesheet, inside its shadow root: page CSS cannot reach
// in, ours cannot leak out. Colours are the U.S. Web Design System's (the
// look court and PACER pages are moving to); every text pair is WCAG AA or
// better on white.
//
// Sizes are in em: the host resets to the browser's default font size
// (`all: initial`), so a user who chose larger text gets a larger guide, and
// the court page's own font sizes have no say.

/** Applied to the host as inline !important declarations, which outrank any page rule. */
export const HOST_STYLE: ReadonlyArray<[string, string]> = [
  ['all', 'initial'],
  ['display', 'block'],
  // A 0×0 fixed box: takes no room in the page, and its z-index puts
  // everything inside above the page's own dialogs.
  ['position', 'fixed'],
  ['top', '0'],
  ['left', '0'],
  ['width', '0'],
  ['height', '0'],
  ['z-index', '2147483647'],
  // Inherited by everything inside; only the tooltip takes clicks back, so the
  // page, the target included, stays as usable as without the guide.
  ['pointer-events', 'none'],
];

export const CSS = `
.spotlight {
  position: fixed;
  left: 0;
  top: 0;
  width: 100%;
  height: 100%;
  display: block;
  overflow: hidden;
  pointer-events: none;
}
/* Light enough that the court's own text stays readable around the hole. */
.dim { fill: rgb(0 0 0 / 0.4); }
/* Gold (USWDS gold-20v) on the dimmed page around an undimmed hole: visible on light and dark pages. */
.ring { fill: none; stroke: #ffbe2e; stroke-width: 4px; }
.halo { fill: none; stroke: #ffbe2e; stroke-width: 4px; stroke-opacity: 0.35; animation: lg-pulse 1.8s ease-in-out infinite; }
@keyframes lg-pulse {
  0%, 100% { stroke-opacity: 0.5; stroke-width: 2px; }
  50% { stroke-opacity: 0; stroke-width: 12px; }
}

.tip {
  position: fixed;
  box-sizing: border-box;
  width: 26em;
  max-width: calc(100vw - 32px);
  /* A long instruction scrolls inside rather than covering the whole side of the page. */
  max-height: min(calc(100vh - 32px), 34em);
  display: flex;
  flex-direction: column;
  padding: 0.9em 1.1em 1em;
  background: #fff;
  color: #1b1b1b;
  border: 1px solid #71767a;
  border-top: 6px solid #005ea2;
  border-radius: 6px;
  box-shadow: 0 6px 24px rgb(0 0 0 / 0.35);
  font: 400 1.0625em/1.5 "Source Sans Pro", "Source Sans 3", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  text-align: left;
  pointer-events: auto;
  animation: lg-in 0.18s ease-out;
}
@keyframes lg-in { from { opacity: 0; } }
/* A triangle on the edge facing the target, in the colour of that edge (the blue bar on top). */
.arrow { position: absolute; width: 0; height: 0; border: 10px solid transparent; }
.arrow[data-side="right"] { right: 100%; margin-top: -10px; border-right-color: #fff; }
.arrow[data-side="left"] { left: 100%; margin-top: -10px; border-left-color: #fff; }
.arrow[data-side="top"] { top: 100%; margin-left: -10px; border-top-color: #fff; }
.arrow[data-side="bottom"] { bottom: calc(100% + 6px); margin-left: -10px; border-bottom-color: #005ea2; }
.tip.docked-bottom-right { right: 16px; bottom: 16px; }
.tip.docked-bottom-left { left: 16px; bottom: 16px; }
.tip.docked-top-right { right: 16px; top: 16px; }
.tip.docked-top-left { left: 16px; top: 16px; }

.brand {
  margin: 0 0 0.35em;
  font-size: 0.9em;
  color: #565c65;
}
.heading { margin: 0; font-size: 1.3em; line-height: 1.25; font-weight: 700; color: #1b1b1b; }
.step {
  display: block;
  margin-bottom: 0.25em;
  font-size: 0.7em;
  font-weight: 700;
  letter-spacing: 0.02em;
  text-transform: uppercase;
  color: #005ea2;
}
.court { margin: 0.3em 0 0; font-size: 0.94em; color: #454545; }
.body {
  margin: 0.7em 0 0;
  overflow-y: auto;
  min-height: 0;
  flex: 0 1 auto;
}
/* Says there is more to read when the text scrolls. */
.body.scrolls {
  padding-right: 0.4em;
  border-bottom: 1px solid #a9aeb1;
  box-shadow: inset 0 -12px 10px -10px rgb(0 0 0 / 0.3);
}
.body:focus-visible { outline: 3px solid #2491ff; outline-offset: 2px; }
/* The court's text keeps its own line breaks. */
.instruction { margin: 0; white-space: pre-line; }
/*
 * Whose words (issue 12): a court's, quoted, with a solid blue bar and its
 * guide and step above; general advice with a dashed grey bar. The label is
 * words, not colour alone.
 */
.said { margin: 0 0 0.6em; padding: 0 0 0 0.7em; border-left: 4px solid #005ea2; }
.said:last-child { margin-bottom: 0; }
.said.general { border-left: 4px dashed #71767a; }
.said.court .instruction::before { content: open-quote; }
.said.court .instruction::after { content: close-quote; }
.said .instruction { quotes: "\\201C" "\\201D"; }
.src {
  margin: 0 0 0.15em;
  /* Small beside the words it labels, never below the tooltip's 15 px floor. */
  font-size: max(15px, 0.8em);
  font-weight: 700;
  letter-spacing: 0.01em;
  color: #0b4778;
}
.said.general .src, .note-box .src { color: #3d4551; }
.note-box {
  margin: 0.75em 0 0;
  padding: 0.45em 0.7em;
  background: #faf3d1;
  border-left: 5px solid #ffbe2e;
}
.note, .advice { margin: 0; font-size: 0.94em; white-space: pre-line; }
/* Advice that may help, not a warning: no alarm colour. */
.note-box.aside { background: #f1f3f6; border-left-color: #a9aeb1; }
.actions {
  display: flex;
  flex-wrap: wrap;
  gap: 0.6em;
  margin-top: 1em;
}
button {
  font: inherit;
  font-weight: 700;
  margin: 0;
  padding: 0.45em 1.1em;
  border-radius: 4px;
  border: 2px solid #005ea2;
  cursor: pointer;
  transition: background-color 0.1s, color 0.1s;
}
.primary { background: #005ea2; color: #fff; }
.primary:hover { background: #1a4480; border-color: #1a4480; }
.secondary { background: #fff; color: #005ea2; }
.secondary:hover { background: #eff6fb; color: #1a4480; }
/* Keyboard focus always shows, in a colour distinct from the buttons'. */
button:focus-visible { outline: 3px solid #2491ff; outline-offset: 3px; }

/* Read by screen readers only (the live announcements). */
.sr-only {
  position: fixed;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
  border: 0;
}

@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after { animation: none !important; transition: none !important; }
}
/* Windows high contrast: the system's own colours, so the dim layer's hole and the tooltip's edge stay visible. */
@media (forced-colors: active) {
  .ring { stroke: Highlight; }
  .tip { border: 2px solid CanvasText; }
}
/* A printed court page shows the page, not the guide. */
@media print {
  .root { display: none; }
}
`;
