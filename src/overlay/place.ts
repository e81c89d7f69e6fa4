// Where the tooltip and the hole go for one target, computed by
// @floating-ui/dom (Shepherd's choice; STYLE.md "Positioning by a library").
// Only the four middleware used are imported: the content script has a size
// budget.
import { computePosition, flip, hide, offset, shift, type Placement } from '@floating-ui/dom';
import { chooseCorner, clip, EDGE_MARGIN, HOLE_PADDING, inflate, overlapArea, withinViewport, type Box, type Corner, type Size } from './geometry';

export type Layout =
  /** Next to the target, the target lit; `arrow`: where along the facing edge the arrow points. */
  | { kind: 'anchored'; x: number; y: number; placement: Placement; hole: Box; arrow: number }
  /** In a corner of the viewport; `hole` when the target is still lit (no room beside it). */
  | { kind: 'docked'; corner: Corner; hole: Box | null };

export const DOCKED: Layout = { kind: 'docked', corner: 'bottom-right', hole: null };

/** Gap between the target and the tooltip: the hole's padding, the ring (4px), then room for the 10px arrow. */
const GAP = HOLE_PADDING + 18;
/** The arrow keeps this far from the tooltip's corners (its rounded border and the blue top bar). */
const ARROW_INSET = 20;

// CM/ECF and PACER forms are a left-aligned column with empty space to the
// right: beside a field the tooltip hides nothing. Below it, it would hide
// the password field and the Submit button the instruction talks about, so
// above comes next (the page's heading, which the tooltip restates); left
// last (the field's own label). Links and buttons (menus, dialogs) take it
// below, where a menu's items are not yet open.
const FORM_FIELD = /^(input|select|textarea)$/i;
/** An <input> that is a button (Submit, and Clear beside it): placed as a button, below, not over its neighbour. */
const BUTTON_INPUT = /^(submit|button|reset|image)$/i;
// PrimeFaces draws its checkbox and drop-down as divs over hidden inputs.
const WIDGET = /\bui-(?:chkbox-box|selectonemenu|radiobutton-box)\b/;

function placementsFor(target: Element): [Placement, Placement[]] {
  const field = FORM_FIELD.test(target.localName) && !(target.localName === 'input' && BUTTON_INPUT.test(target.getAttribute('type') ?? ''));
  return field || WIDGET.test(target.getAttribute('class') ?? '')
    ? ['right-start', ['top-start', 'bottom-start', 'left-start']]
    : ['bottom-start', ['top-start', 'right-start', 'left-start']];
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/**
 * The layout viewport's size without scrollbars. CM/ECF pages are in quirks
 * mode (HTML 4.01 doctype without a URL), where <html>'s clientHeight is the
 * document's height and <body>'s is the viewport's.
 */
export function viewportSize(doc: Document): Size {
  const el = doc.compatMode === 'BackCompat' && doc.body ? doc.body : doc.documentElement;
  const win = doc.defaultView;
  return { width: el.clientWidth || win?.innerWidth || 0, height: el.clientHeight || win?.innerHeight || 0 };
}

function boxOf(el: Element): Box {
  const r = el.getBoundingClientRect();
  return inflate({ x: r.x, y: r.y, width: r.width, height: r.height }, 4);
}

/**
 * The first side, in order of preference, where the tooltip fits in the
 * viewport and covers neither the target nor the rest of the action
 * (the password field and Login, Continue, the names to check).
 */
async function clearPlacement(target: Element, tip: HTMLElement, view: Size, hole: Box, avoid: readonly Box[]) {
  const [first, rest] = placementsFor(target);
  for (const placement of [first, ...rest]) {
    const at = await computePosition(target, tip, { strategy: 'fixed', placement, middleware: [offset(GAP), shift({ padding: EDGE_MARGIN })] });
    const box = { x: at.x, y: at.y, width: tip.offsetWidth, height: tip.offsetHeight };
    if (withinViewport(box, view) && overlapArea(box, hole) === 0 && avoid.every((a) => overlapArea(box, a) === 0)) return at;
  }
  return null;
}

export async function layoutFor(target: Element, tip: HTMLElement, view: Size, keepClear: readonly Element[] = []): Promise<Layout> {
  if (!target.isConnected) return DOCKED;
  const [placement, fallbackPlacements] = placementsFor(target);
  const flipped = await computePosition(target, tip, {
    strategy: 'fixed',
    placement,
    middleware: [
      offset(GAP),
      // Only the side facing the target decides a flip; shift() then slides the
      // tooltip along that side, which can never bring it over the target.
      flip({ fallbackPlacements, crossAxis: false, padding: EDGE_MARGIN }),
      shift({ padding: EDGE_MARGIN }),
      // Reports the target scrolled out of its scrolling ancestors or the
      // viewport, and by how much it overflows them (to trim the hole).
      hide(),
    ],
  });
  const r = target.getBoundingClientRect();
  const hidden = flipped.middlewareData.hide;
  const visible = target.isConnected && !hidden?.referenceHidden ? clip({ x: r.x, y: r.y, width: r.width, height: r.height }, hidden?.referenceHiddenOffsets) : null;
  // Out of view, removed or display:none: nothing to light, the tooltip waits in the corner.
  if (!visible) return DOCKED;
  const hole = inflate(visible, HOLE_PADDING);
  const size = { width: tip.offsetWidth, height: tip.offsetHeight };
  // With the rest of the action to keep in sight: the first side clear of
  // it all, else a corner clear of it all (a tooltip beside the checkbox that
  // hides Continue helps nobody).
  const avoid = keepClear.filter((el) => el.isConnected).map(boxOf);
  let at = flipped;
  if (avoid.length) {
    const clear = await clearPlacement(target, tip, view, hole, avoid);
    if (!clear) return { kind: 'docked', corner: chooseCorner(size, view, [hole, ...avoid]), hole };
    at = clear;
  }
  const box = { x: at.x, y: at.y, ...size };
  // No side had room (a narrow window, a very tall tooltip): better in a corner
  // clear of the target than off-screen or on top of it.
  if (!withinViewport(box, view) || overlapArea(box, hole) > 0) {
    return { kind: 'docked', corner: chooseCorner(size, view, hole), hole };
  }
  // The arrow points at the middle of what is visible of the target, as far
  // as the tooltip's edge reaches.
  const vertical = at.placement.startsWith('right') || at.placement.startsWith('left');
  const arrow = vertical
    ? clamp(visible.y + visible.height / 2 - at.y, ARROW_INSET, size.height - ARROW_INSET)
    : clamp(visible.x + visible.width / 2 - at.x, ARROW_INSET, size.width - ARROW_INSET);
  return { kind: 'anchored', x: at.x, y: at.y, placement: at.placement, hole, arrow };
}
