/**
 * Short names, line-wrapping and key slugs for chart labels, so long category names from the
 * dataset fit the narrow (phone) drawing. Widths use the shared estimate in ./labels.ts.
 */
import { estimateTextWidth } from './labels';
import type { Words } from '../../i18n/words';

/** Countries whose names are long enough to shorten on a phone ("United Kingdom" -> "UK"), both forms from the dictionary. */
const SHORTENED = ['US', 'GB', 'KR'] as const;

/** "Still in the United States" -> "Still in the US". */
export function shortName(name: string, { t }: Words): string {
  return SHORTENED.reduce((text, code) => text.replace(wholeWords(t(`country.${code}`)), t(`charts.country.short.${code}`)), name);
}

function wholeWords(text: string): RegExp {
  return new RegExp(`\\b${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
}

/**
 * Greedy word wrap into lines no wider than `maxWidth` (a single long word keeps its own line);
 * with `maxLines`, the last kept line ends in "…" when the text needs more.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = Infinity): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && estimateTextWidth(candidate, fontSize) > maxWidth) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]!} ${lines[maxLines]!}`;
  while (last.length > 1 && estimateTextWidth(`${last}…`, fontSize) > maxWidth) last = last.slice(0, -1).trimEnd();
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

/** A stable, readable key part: "United States" -> "united-states". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
