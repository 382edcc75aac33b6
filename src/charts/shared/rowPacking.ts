/**
 * Packs items that sit at fixed x positions (dates on a time axis) into as few rows as possible so
 * that their extents never overlap: the classic interval-packing used by timelines. Each item keeps
 * its x; only its row changes. Deterministic: items are taken left to right, ties by input order.
 */
export interface RowRequest<T> {
  item: T;
  /** Left and right edge of what must stay clear (the mark and its label). */
  left: number;
  right: number;
}

export interface PackedRow<T> {
  item: T;
  row: number;
}

/**
 * Puts each item in the first row where it clears the previous item by `gap`. When every one of
 * `maxRows` rows is taken, the item goes to the row whose last item ends first (it may overlap).
 */
export function packIntoRows<T>(requests: RowRequest<T>[], maxRows: number, gap = 4): PackedRow<T>[] {
  const ends: number[] = [];
  const order = requests.map((request, index) => ({ request, index })).sort((a, b) => a.request.left - b.request.left || a.index - b.index);
  const packed: { index: number; row: number; item: T }[] = [];
  for (const { request, index } of order) {
    let row = ends.findIndex((end) => request.left >= end + gap);
    if (row === -1) {
      if (ends.length < maxRows) row = ends.length;
      else row = ends.indexOf(Math.min(...ends));
    }
    ends[row] = Math.max(ends[row] ?? -Infinity, request.right);
    packed.push({ index, row, item: request.item });
  }
  return packed.sort((a, b) => a.index - b.index).map(({ item, row }) => ({ item, row }));
}

/**
 * Nudges sorted positions apart so that neighbours are at least `minGap` apart, keeping them
 * inside [min, max]: for marks whose dates fall a few days apart on a years-long axis.
 */
export function spreadPositions(positions: number[], minGap: number, min: number, max: number): number[] {
  const order = positions.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value || a.index - b.index);
  const placed = order.map((entry) => entry.value);
  for (let i = 1; i < placed.length; i++) placed[i] = Math.max(placed[i]!, placed[i - 1]! + minGap);
  const overflow = placed.length ? placed[placed.length - 1]! - max : 0;
  if (overflow > 0) {
    placed[placed.length - 1] = max;
    for (let i = placed.length - 2; i >= 0; i--) placed[i] = Math.min(placed[i]!, placed[i + 1]! - minGap);
  }
  for (let i = 0; i < placed.length; i++) placed[i] = Math.max(placed[i]!, min);
  const result = new Array<number>(positions.length);
  order.forEach((entry, rank) => (result[entry.index] = placed[rank]!));
  return result;
}
