/**
 * Label placement, shared by every chart. One placer: a chart lists candidate places for a label,
 * says which are allowed and what each costs (`choose`), and the cheapest allowed one wins, the first
 * among equals, so the same data always gives the same layout. Text width is estimated from the
 * character count (see estimateTextWidth).
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

/** Bold Latin letters run wider. */
const BOLD_CHARACTER_WIDTH = 0.6;

/**
 * Han characters, Chinese punctuation, kana, Hangul and the full-width forms are set a full em
 * wide (most of Unicode's East Asian Wide and Fullwidth characters; emoji and the rarer scripts are
 * left out): a Chinese label measured as Latin letters would be taken for half its width.
 */
const WIDE_CHARACTER_WIDTH = 1;
const WIDE_CHARACTER = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/** Whether a character is set a full em wide (East Asian Wide or Fullwidth). */
export function isWideCharacter(character: string): boolean {
  return WIDE_CHARACTER.test(character);
}

export function estimateTextWidth(text: string, fontSize: number, { bold = false }: { bold?: boolean } = {}): number {
  let narrow = 0;
  let wide = 0;
  for (const character of text) {
    if (isWideCharacter(character)) wide++;
    else narrow += character.length; // a character outside the BMP counted as its two code units, as before
  }
  return narrow * fontSize * (bold ? BOLD_CHARACTER_WIDTH : CHARACTER_WIDTH) + wide * fontSize * WIDE_CHARACTER_WIDTH;
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

/**
 * Point labels that do not overlap: each starts beside its point and moves down (then up) in steps
 * until its box is clear of the labels already placed; one that finds no room stays at its point.
 */
export function placeLabels<T>(requests: LabelRequest<T>[], bounds: { top: number; bottom: number }): PlacedLabel<T>[] {
  const placed = new Obstacles();
  const order = [...requests].sort((a, b) => a.y - b.y || a.x - b.x);
  return order.map((request) => {
    const step = request.fontSize + 2;
    const offsets = [0, ...Array.from({ length: 12 }, (_, k) => [(k + 1) * step, -(k + 1) * step]).flat()];
    const boxAt = (offset: number) => boxOf(request.x, request.y + offset, request.text, request.fontSize);
    const inBounds = (offset: number) => request.y + offset - request.fontSize >= bounds.top && request.y + offset <= bounds.bottom;
    const offset = choose(offsets, { allowed: (candidate) => inBounds(candidate) && placed.clear(boxAt(candidate)) });
    placed.add(boxAt(offset ?? 0));
    return { item: request.item, x: request.x, y: request.y + (offset ?? 0), moved: (offset ?? 0) !== 0 };
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


export interface Choice<C> {
  /** Places that may be used at all (inside the drawing, say); default: every one. */
  allowed?: (candidate: C) => boolean;
  /** What a place costs (overlaps, distance from its mark); default: nothing, so the first allowed wins. */
  cost?: (candidate: C) => number;
}

/** The cheapest allowed candidate (ties: the first listed), or undefined when none is allowed. */
export function choose<C>(candidates: readonly C[], { allowed = () => true, cost = () => 0 }: Choice<C> = {}): C | undefined {
  let best: C | undefined;
  let bestCost = Infinity;
  for (const candidate of candidates) {
    if (!allowed(candidate)) continue;
    const value = cost(candidate);
    if (best === undefined || value < bestCost) [best, bestCost] = [candidate, value];
  }
  return best;
}

/** Boxes already drawn, which a new label should not cover. */
export class Obstacles {
  readonly boxes: Box[];
  constructor(boxes: Iterable<Box> = []) {
    this.boxes = [...boxes];
  }
  add(box: Box): Box {
    this.boxes.push(box);
    return box;
  }
  /** How many of the boxes this one would cover. */
  count(box: Box): number {
    return this.boxes.filter((other) => boxesOverlap(box, other)).length;
  }
  clear(box: Box): boolean {
    return this.boxes.every((other) => !boxesOverlap(box, other));
  }
}

/** The box of a line of text whose baseline starts (or is anchored) at (x, y). */
export function textBox(x: number, y: number, text: string, fontSize: number, anchor: 'start' | 'middle' | 'end' = 'start'): Box {
  const width = estimateTextWidth(text, fontSize);
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width;
  return { left, top: y - fontSize, right: left + width, bottom: y + 3 };
}

/** A box inside another. */
export function within(box: Box, bounds: Box): boolean {
  return box.left >= bounds.left && box.right <= bounds.right && box.top >= bounds.top && box.bottom <= bounds.bottom;
}

export type Segment = readonly [number, number, number, number];

/** Whether a line segment passes within two units of a box (sampled every two units: enough at chart scale). */
export function segmentHitsBox([x1, y1, x2, y2]: Segment, box: Box): boolean {
  const steps = Math.max(1, Math.ceil(Math.hypot(x2 - x1, y2 - y1) / 2));
  for (let index = 0; index <= steps; index++) {
    const px = x1 + ((x2 - x1) * index) / steps;
    const py = y1 + ((y2 - y1) * index) / steps;
    if (px >= box.left - 2 && px <= box.right + 2 && py >= box.top - 2 && py <= box.bottom + 2) return true;
  }
  return false;
}
