/**
 * Finds figures typed by hand into text meant for readers. Years, and digits that are part of a
 * product's name (H100, Qwen3, Llama 3.1, GPT-4o), are allowed; everything else must come from the
 * dataset through <Value> or <DateOf>.
 */
import { readDataset } from '../../src/data/readDataset';
import { ROOT } from './chapterText';

const dataset = readDataset(ROOT);

/** Words after which a number is part of a name: "Llama 3.1", "ERNIE 4.5", "Gemma 3". */
const NAME_WORDS = new Set(
  [
    ...dataset.models.flatMap((model) => [...model.name.split(/[\s-]+/), model.family]),
    ...dataset.chips.flatMap((chip) => chip.name.split(/[\s-]+/)),
    'Claude', 'Gemini', 'Llama', 'Gemma', 'Qwen', 'ERNIE', 'GPT', 'Grok', 'Ascend', 'Atlas', 'CloudMatrix', 'Kimi', 'GLM',
  ]
    .map((word) => word.toLowerCase())
    .filter((word) => /^[a-z]+$/.test(word)),
);

/** Name parts with digits ("910B", "405B"), which may stand alone: "the Ascend 910B and 910C". */
const NAME_TOKENS = new Set(
  [...dataset.models.map((model) => model.name), ...dataset.chips.map((chip) => chip.name)].flatMap((name) => name.split(/[\s\-/()]+/)).filter((token) => /\d/.test(token)),
);

/** Fixed names with numbers in them. */
const ALLOWED_PHRASES = [/\b1[0-9]th Five-Year Plan\b/g, /\bAI\+/g, /\bG7\b/g, /\bG20\b/g, /\bWeb 2\.0\b/g];

const YEAR = /^(19|20)\d\d(s)?$/;

export function handTypedNumbers(prose: string): string[] {
  let text = prose;
  for (const phrase of ALLOWED_PHRASES) text = text.replace(phrase, ' ');
  const found: string[] = [];
  // A standalone number: not glued to letters or digits before it (so "H100", "GPT-4" pass).
  for (const match of text.matchAll(/(?<![\p{L}\d.\-/])(\d(?:[\d,]*\d)?(?:\.\d+)?)([\p{L}%]*)/gu)) {
    const [whole, number, suffix] = match as unknown as [string, string, string];
    if (YEAR.test(number + suffix) && suffix !== '%') continue;
    if (suffix && NAME_TOKENS.has(number + suffix)) continue;
    const before = text.slice(0, match.index).trimEnd();
    const previousWord = /([\p{L}]+)$/u.exec(before)?.[1]?.toLowerCase();
    // "Qwen 3", "Llama 3.1": the number belongs to the name before it.
    if (previousWord && NAME_WORDS.has(previousWord) && !suffix) continue;
    const context = text.slice(Math.max(0, match.index - 30), match.index + whole.length + 10).replace(/\s+/g, ' ');
    found.push(`"${whole}" in "…${context}…"`);
  }
  return found;
}
