/**
 * Short names and line-wrapping for chart labels, so long category names from the dataset fit
 * the narrow (phone) drawing. Widths use the shared estimate in ../shared/labels.ts.
 */
import { estimateTextWidth } from '../shared/labels';

const SHORT_NAMES: [RegExp, string][] = [
  [/\bthe United States\b/g, 'the US'],
  [/\bUnited States\b/g, 'US'],
  [/\bUnited Kingdom\b/g, 'UK'],
  [/\bSouth Korea\b/g, 'S. Korea'],
];

/** "Still in the United States" -> "Still in the US". */
export function shortName(name: string): string {
  return SHORT_NAMES.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), name);
}

/** Greedy word wrap into lines no wider than `maxWidth` (a single long word keeps its own line). */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A stable, readable key part: "United States" -> "united-states". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
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
