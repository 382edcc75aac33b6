/**
 * Short names, line-wrapping and key slugs for chart labels, so long category names from the
 * dataset fit the narrow (phone) drawing. Widths use the shared estimate in ./labels.ts.
 */
import { estimateTextWidth } from './labels';
import { defaultWords, type Words } from '../../i18n/words';

/** Country names as the dataset writes them, and the key of each one's short form in the dictionary. */
const SHORT_NAMES = [
  [/\bthe United States\b/g, 'charts.shortName.theUnitedStates'],
  [/\bUnited States\b/g, 'charts.shortName.unitedStates'],
  [/\bUnited Kingdom\b/g, 'charts.shortName.unitedKingdom'],
  [/\bSouth Korea\b/g, 'charts.shortName.southKorea'],
] as const;

/**
 * "Still in the United States" -> "Still in the US". `words` defaults to the English ones only until
 * every caller passes its page's words (issue 20: talentDumbbell, talentSankey).
 */
export function shortName(name: string, words: Words = defaultWords): string {
  return SHORT_NAMES.reduce((text, [pattern, key]) => text.replace(pattern, words.t(key)), name);
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
