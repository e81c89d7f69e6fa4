// Rectangles in viewport (client) coordinates, and the decisions made with
// them: the spotlight's cut-out path and where a docked tooltip goes. No DOM
// here, so every rule is tested without a browser.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Space between the target and the edge of the hole (driver.js uses 10; 6 keeps neighbouring fields undimmed less). */
export const HOLE_PADDING = 6;
/** Corner radius of the hole; clamped for small targets. */
export const HOLE_RADIUS = 6;
/** Distance kept from the viewport's edges, docked or shifted. */
export const EDGE_MARGIN = 16;

export type Corner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';
/** Bottom-right first: the brief's resting place, and where page content usually ends. */
export const CORNERS: readonly Corner[] = ['bottom-right', 'bottom-left', 'top-right', 'top-left'];

export function inflate(b: Box, by: number): Box {
  return { x: b.x - by, y: b.y - by, width: b.width + 2 * by, height: b.height + 2 * by };
}

/** Area shared by two boxes; edges that only touch share none. */
export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Whether `b` lies within the viewport; half a pixel of slack for sub-pixel layout. */
export function withinViewport(b: Box, view: Size): boolean {
  return b.x >= -0.5 && b.y >= -0.5 && b.x + b.width <= view.width + 0.5 && b.y + b.height <= view.height + 0.5;
}

/**
 * The part of `b` left after cutting each side by the given overflow (floating-ui's
 * `hide` middleware reports how far the target overflows its clipping ancestors:
 * positive is hidden). Null when nothing is left.
 */
export function clip(b: Box, overflow: { top: number; right: number; bottom: number; left: number } | undefined): Box | null {
  const cut = (n: number | undefined) => Math.max(0, n ?? 0);
  const o = overflow ?? { top: 0, right: 0, bottom: 0, left: 0 };
  const x = b.x + cut(o.left);
  const y = b.y + cut(o.top);
  const width = b.width - cut(o.left) - cut(o.right);
  const height = b.height - cut(o.top) - cut(o.bottom);
  return width > 0 && height > 0 ? { x, y, width, height } : null;
}

/** Where a tooltip of `size` sits when docked in `corner`. */
export function dockedBox(corner: Corner, size: Size, view: Size): Box {
  const right = corner.endsWith('right');
  const bottom = corner.startsWith('bottom');
  return {
    x: right ? view.width - EDGE_MARGIN - size.width : EDGE_MARGIN,
    y: bottom ? view.height - EDGE_MARGIN - size.height : EDGE_MARGIN,
    width: size.width,
    height: size.height,
  };
}

/**
 * The first corner whose docked tooltip leaves `avoid` (the lit target, then
 * the rest of the action) uncovered, else the one covering least of the
 * first box (the target), then of the others.
 */
export function chooseCorner(size: Size, view: Size, avoid: Box | null | readonly Box[]): Corner {
  const boxes = (Array.isArray(avoid) ? avoid : avoid ? [avoid] : []) as readonly Box[];
  if (!boxes.length) return 'bottom-right';
  let best: Corner = 'bottom-right';
  let least = [Infinity, Infinity];
  for (const c of CORNERS) {
    const box = dockedBox(c, size, view);
    const onTarget = overlapArea(box, boxes[0]!);
    const onRest = boxes.slice(1).reduce((sum, b) => sum + overlapArea(box, b), 0);
    if (onTarget === 0 && onRest === 0) return c;
    if (onTarget < least[0]! || (onTarget === least[0] && onRest < least[1]!)) [best, least] = [c, [onTarget, onRest]];
  }
  return best;
}

const n = (v: number) => String(Math.round(v * 100) / 100);

/**
 * One path for the whole dim layer: the viewport, then the hole as a rounded
 * rectangle. With fill-rule evenodd the hole is cut out, so one element
 * covers the page and nothing is stacked around the target (driver.js
 * `src/overlay.ts` replaced intro.js-style box-shadows with this).
 */
export function cutoutPath(view: Size, hole: Box | null): string {
  const outer = `M0 0H${n(view.width)}V${n(view.height)}H0Z`;
  if (!hole) return outer;
  const { x, y, width: w, height: h } = hole;
  const r = Math.max(0, Math.min(HOLE_RADIUS, w / 2, h / 2));
  const arc = (ex: number, ey: number) => `A${n(r)} ${n(r)} 0 0 1 ${n(ex)} ${n(ey)}`;
  return (
    `${outer}M${n(x + r)} ${n(y)}H${n(x + w - r)}${arc(x + w, y + r)}V${n(y + h - r)}${arc(x + w - r, y + h)}` +
    `H${n(x + r)}${arc(x, y + h - r)}V${n(y + r)}${arc(x + r, y)}Z`
  );
}
