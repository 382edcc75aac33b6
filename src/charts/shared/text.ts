/**
 * Short names, line-wrapping and key slugs for chart labels, so long category names from the
 * dataset fit the narrow (phone) drawing. Widths use the shared estimate in ./labels.ts.
 */
import { estimateTextWidth } from './labels';

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
