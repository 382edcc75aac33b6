/**
 * Places point labels so they do not overlap: each label starts beside its point and moves down
 * (then up) in steps until its box is clear of the labels already placed. Deterministic, so the same
 * data always gives the same layout; text width is estimated from the character count.
 */
export interface LabelRequest<T> {
  item: T;
  /** Where the label would like its text baseline to start. */
  x: number;
  y: number;
  text: string;
  fontSize: number;
}

export interface PlacedLabel<T> {
  item: T;
  x: number;
  y: number;
  /** True when the label had to move away from its point (draw a leader line). */
  moved: boolean;
}

/** A label's or a mark's extent, in the drawing's units. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Average advance of a character in our sans-serif, as a share of the font size. */
const CHARACTER_WIDTH = 0.58;

export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * CHARACTER_WIDTH;
}

function boxOf(x: number, y: number, text: string, fontSize: number): Box {
  return { left: x, right: x + estimateTextWidth(text, fontSize), top: y - fontSize, bottom: y + 3 };
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * The box of a name's letters rather than of its line: from a little above cap height (capitals
 * rise about three-quarters of the font size) to just under the baseline. For names of capitals
 * and digits ("H100", "DeepSeek-V3"), which a crowded phone chart can set closer than a line apart
 * without their letters touching.
 */
export function capHeightBox(left: number, width: number, baseline: number, fontSize: number): Box {
  return { left, right: left + width, top: baseline - 0.8 * fontSize, bottom: baseline + 2 };
}

export function placeLabels<T>(requests: LabelRequest<T>[], bounds: { top: number; bottom: number }): PlacedLabel<T>[] {
  const placed: { box: Box }[] = [];
  const order = [...requests].sort((a, b) => a.y - b.y || a.x - b.x);
  return order.map((request) => {
    const step = request.fontSize + 2;
    const candidates = [0];
    for (let k = 1; k <= 12; k++) candidates.push(k * step, -k * step);
    for (const offset of candidates) {
      const y = request.y + offset;
      if (y - request.fontSize < bounds.top || y > bounds.bottom) continue;
      const box = boxOf(request.x, y, request.text, request.fontSize);
      if (placed.every((other) => !boxesOverlap(box, other.box))) {
        placed.push({ box });
        return { item: request.item, x: request.x, y, moved: offset !== 0 };
      }
    }
    placed.push({ box: boxOf(request.x, request.y, request.text, request.fontSize) });
    return { item: request.item, x: request.x, y: request.y, moved: false };
  });
}

/**
 * Labels down one column, kept in the order of their nodes: each label sits at its node unless
 * the one above pushes it down; if the last overflows the bottom, the run is pushed back up.
 * (The shared placeLabels is for scattered points and may reorder a column's labels.)
 * `heights` is one line height for every label, or each label's own height (multi-line labels),
 * measured from its anchor down.
 */
export function stackLabels(desired: number[], heights: number | number[], bounds: { top: number; bottom: number }): number[] {
  const height = (index: number) => (typeof heights === 'number' ? heights : heights[index]!);
  const placed: number[] = [];
  desired.forEach((y, index) => {
    const previous = placed[index - 1];
    placed.push(previous === undefined ? Math.max(y, bounds.top) : Math.max(y, previous + height(index - 1)));
  });
  for (let index = placed.length - 1; index >= 0; index--) {
    const limit = index === placed.length - 1 ? bounds.bottom : placed[index + 1]! - height(index);
    if (placed[index]! > limit) placed[index] = limit;
  }
  return placed;
}
