/**
 * Short names, line-wrapping and key slugs for chart labels, so long category names from the
 * dataset fit the narrow (phone) drawing. Widths use the shared estimate in ./labels.ts, which sets
 * Chinese characters a full em wide; lines break at spaces and between Chinese characters.
 */
import { estimateTextWidth, isWideCharacter } from './labels';
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

/** Closing punctuation, which never starts a line, and opening punctuation, which never ends one. */
const NO_BREAK_BEFORE = new Set([...'、。，．：；！？）」』】》〉〕〗］｝”’…⋯～·％,.!?:;)]}%']);
const NO_BREAK_AFTER = new Set([...'（「『【《〈〔〖［｛“‘([{']);
/** What a number is counted in, or a date's parts: kept on the number's line ("2025年", "1月", "9万", "3倍"). */
const KEPT_WITH_NUMBER = new Set([...'年月日号时分秒个位名家次万亿元倍岁']);
const DIGIT = /[0-9０-９]/;

/**
 * A word's pieces between which a line may break: Latin text breaks only at spaces, Chinese between
 * any two characters (as browsers set it), but never before closing or after opening punctuation,
 * nor between a number and what it counts or dates ("2025年"; not a model's name: "H20" and "芯片").
 */
export function breakPieces(word: string): string[] {
  const pieces: string[] = [];
  let current = '';
  let previousWide = false;
  let previousOpens = false;
  let previousDigit = false;
  for (const character of word) {
    const wide = isWideCharacter(character);
    const keptWithNumber = previousDigit && (KEPT_WITH_NUMBER.has(character) || DIGIT.test(character));
    if (current && (wide || previousWide) && !previousOpens && !keptWithNumber && !NO_BREAK_BEFORE.has(character)) {
      pieces.push(current);
      current = '';
    }
    current += character;
    previousWide = wide;
    previousOpens = NO_BREAK_AFTER.has(character);
    previousDigit = DIGIT.test(character);
  }
  if (current) pieces.push(current);
  return pieces;
}

/**
 * Greedy wrap into lines no wider than `maxWidth` (a single long word keeps its own line), at spaces
 * and between Chinese characters; with `maxLines`, the last kept line ends in "…" when the text
 * needs more.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = Infinity): string[] {
  // Each piece with what came before it in the text: a space, or nothing inside a Chinese run.
  const pieces = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word, index) => breakPieces(word).map((piece, at) => ({ piece, gap: index > 0 && at === 0 ? ' ' : '' })));
  const lines: { text: string; gap: string }[] = [];
  let current: { text: string; gap: string } | undefined;
  for (const { piece, gap } of pieces) {
    const candidate = current ? `${current.text}${gap}${piece}` : piece;
    if (current && estimateTextWidth(candidate, fontSize) > maxWidth) {
      lines.push(current);
      current = { text: piece, gap };
    } else {
      current = { text: candidate, gap: current?.gap ?? gap };
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines.map((line) => line.text);
  const kept = lines.slice(0, maxLines).map((line) => line.text);
  let last = Array.from(`${kept[maxLines - 1]!}${lines[maxLines]!.gap}${lines[maxLines]!.text}`);
  while (last.length > 1 && estimateTextWidth(`${last.join('')}…`, fontSize) > maxWidth) last = Array.from(last.slice(0, -1).join('').trimEnd());
  kept[maxLines - 1] = `${last.join('')}…`;
  return kept;
}

/** A stable, readable key part: "United States" -> "united-states". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
