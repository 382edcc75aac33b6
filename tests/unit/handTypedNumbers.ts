/**
 * Finds figures typed by hand into text meant for readers, in digits or in words. Years, and
 * digits that are part of a product's name (H100, Qwen3, Llama 3.1, GPT-4o), are allowed;
 * everything else must come from the dataset through <Value> or <DateOf> in a chapter, or a
 * {{value ...}} placeholder in the glossary (src/data/placeholders.ts).
 *
 * Quantities in words are caught too: number words ("two", "forty-five", "a million"), counts
 * like "dozens of", "hundreds of", "tens of thousands", fractions and multiples ("a tenth",
 * "two-thirds", "half", "doubled", "tenfold"), and spans of time written as counts ("two weeks",
 * "a month later"). Not caught: ordinals as positions ("the first", "a third phase"), "one of",
 * "the first half of 2025" (a period, like a date), and the phrases in numberWordsAllowed.ts.
 */
import { readDataset } from '../../src/data/readDataset';
import { VALUE_PLACEHOLDER } from '../../src/data/placeholders';
import { DATASET_VALUE, ROOT } from './chapterText';
import { ALLOWED_NUMBER_PHRASES, type AllowedNumberPhrase } from './numberWordsAllowed';

const dataset = readDataset(ROOT);

/**
 * Where a figure from the dataset stood (a <Value>, a <DateOf>, a {{value}} placeholder): a unit
 * word after it ("<Value ... bare /> million") belongs to that figure.
 */
export { DATASET_VALUE };

/** Glossary text as the checker reads it: each placeholder is a figure from the dataset. */
export function withDatasetValues(text: string): string {
  return text.replace(VALUE_PLACEHOLDER, DATASET_VALUE);
}

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

/** Fixed names with numbers in them: a plan, groups of countries, a licence, a company. */
const ALLOWED_PHRASES = [/\b1[0-9]th Five-Year Plan\b/g, /\bAI\+/g, /\bG7\b/g, /\bG20\b/g, /\bWeb 2\.0\b/g, /\bApache 2\.0\b/g, /\b01\.AI\b/g];

const YEAR = /^(19|20)\d\d(s)?$/;

/** A figure typed by hand: where it stands in the text, and its words. */
interface Found {
  start: number;
  end: number;
  words: string;
}

function digitFigures(text: string): Found[] {
  const found: Found[] = [];
  // A standalone number: not glued to letters or digits before it (so "H100", "GPT-4" pass).
  for (const match of text.matchAll(/(?<![\p{L}\d.\-/])(\d(?:[\d,]*\d)?(?:\.\d+)?)([\p{L}%]*)/gu)) {
    const [whole, number, suffix] = match as unknown as [string, string, string];
    if (YEAR.test(number + suffix) && suffix !== '%') continue;
    // "the 14th plan": an ordinal, a position.
    if (/^(?:st|nd|rd|th)$/i.test(suffix)) continue;
    if (suffix && NAME_TOKENS.has(number + suffix)) continue;
    const before = text.slice(0, match.index).trimEnd();
    const previousWord = /([\p{L}]+)$/u.exec(before)?.[1]?.toLowerCase();
    // "Qwen 3", "Llama 3.1": the number belongs to the name before it.
    if (previousWord && NAME_WORDS.has(previousWord) && !suffix) continue;
    found.push({ start: match.index, end: match.index + whole.length, words: whole });
  }
  return found;
}

function context(text: string, index: number, length: number): string {
  return text
    .slice(Math.max(0, index - 30), index + length + 10)
    .replaceAll(DATASET_VALUE, '<Value>')
    .replace(/\s+/g, ' ');
}

// ---------------------------------------------------------------- quantities in words

const DIGIT_WORD = 'one|two|three|four|five|six|seven|eight|nine';
const CARDINAL = `(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:${DIGIT_WORD}))?|${DIGIT_WORD}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`;
const SCALE = '(?:hundred|thousand|million|billion|trillion)';
/** Fractions that are also ordinals ("a third phase"): with "a", a fraction only before "of" or at a phrase's end. */
const ORDINAL_FRACTION = '(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|hundredth|thousandth)s?';
const FRACTION = `(?:halves|half|quarters?|${ORDINAL_FRACTION})`;
const SPAN_UNIT = '(?:days?|weeks?|fortnights?|months?|years?|decades?|quarters?)';
const SPAN_AFTER = '(?:later|earlier|after|before|ago|on|into|apart|long|old)';
const MULTIPLE = `(?:doubl(?:e|ed|es|ing)|tripl(?:e|ed|es|ing)|quadrupl(?:e|ed|es|ing)|halv(?:e|ed|es|ing)|twice|thrice|(?:${CARDINAL}|hundred|thousand)[- ]?fold)`;

/** In order of preference where two start at one place: the longest reading first. */
const QUANTITY = new RegExp(
  [
    // "a month later", "a year after", "a fortnight"
    `(?:an?|one)\\s+${SPAN_UNIT}\\s+${SPAN_AFTER}`,
    'an?\\s+fortnight',
    // "tenfold", "three-fold", "doubled", "twice"
    MULTIPLE,
    // "tens of thousands", "hundreds of millions", "dozens", "thousands"
    `(?:tens|dozens|hundreds|thousands|millions|billions|trillions)(?:\\s+of\\s+(?:thousands|millions|billions|trillions))*`,
    // "two-thirds", "one-eleventh", "three quarters", "a tenth", "a half"
    `(?:${CARDINAL})[\\s-]+${FRACTION}`,
    `an?[\\s-]+${FRACTION}`,
    // "two weeks", "four months later"
    `(?:${CARDINAL})\\s+${SPAN_UNIT}(?:\\s+${SPAN_AFTER})?`,
    // "forty-five", "two hundred", "a million", "a dozen", "one and a half"
    `(?:${CARDINAL})(?:[\\s-]+(?:${SCALE}|dozen))*(?:\\s+and\\s+a\\s+half)?`,
    `an?\\s+(?:${SCALE}|dozen)(?:[\\s-]+${SCALE})*`,
    // a scale or fraction word on its own: "billion", "dozen", "half"
    `${SCALE}|dozen|half`,
  ]
    .map((pattern) => `(?:${pattern})`)
    .join('|')
    // Not inside a word, a compound or an address ("state-of-the-art", "/chapters/#two-rhythms").
    .replace(/^/, '(?<![\\p{L}\\d\\-/#_])(?:')
    .concat(')(?![\\p{L}\\d])'),
  'giu',
);

const ORDINAL_WITH_ARTICLE = new RegExp(`^an?[\\s-]+${ORDINAL_FRACTION}$`, 'i');

const SMALL_CARDINAL = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
/** Words that start a noun phrase; "one" right after them stands for a noun ("this one", "every one"). */
const DETERMINER = '(?:the|a|an|this|that|each|every|which|any|no|another)';
/** Words that follow a pronoun "one" but never a counted noun ("the wider one to work", "a thin one that"). */
const AFTER_PRONOUN = '(?:to|by|at|on|in|into|that|which|who|while|between|before|after|elsewhere|the|with|from|for|is|was|are|were|and|or|but|than)';

/**
 * Things a reader counts on the page itself: the marks of a chart ("two dotted lines", "three
 * bars"), the parts of an argument the text goes on to list ("three qualifications", "two
 * caveats"), and the tasks of a lesson ("one sentence", "two predictions"). A small number before
 * one of these nouns, with at most two words between, counts what is in front of the reader, not a
 * figure a source reports. Nouns of time, money, people or models are not here, so "two weeks",
 * "two rules" and "two Chinese GPU designers" are still caught; nor are nouns that as often count
 * things in the world ("the tracker's two editions", "three export measures", "two steps a ministry took").
 */
const PAGE_NOUNS = [
  // marks of a chart
  'dots?', 'rings?', 'lines?', 'bars?', 'triangles?', 'diamonds?', 'squares?', 'circles?', 'marks?', 'markers?', 'ribbons?', 'panels?',
  'columns?', 'rows?', 'lanes?', 'gridlines?', 'arrows?', 'blocks?',
  // parts of an argument the text lists
  'questions?', 'things?', 'ways?', 'kinds?', 'moves?', 'details?', 'caveats?', 'qualifications?', 'readings?',
  'forces?', 'warnings?', 'limits?', 'items?', 'sides?',
  // tasks of a lesson
  'sentences?', 'predictions?', 'headlines?', 'chapters?',
].join('|');
const SMALL_CARDINAL_ANY = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';

function countsPageThings(words: string, after: string): boolean {
  if (!new RegExp(`^(?:${SMALL_CARDINAL_ANY})$`, 'i').test(words)) return false;
  return new RegExp(`^\\s+(?:[\\p{L}'’-]+\\s+){0,2}(?:${PAGE_NOUNS})\\b`, 'iu').test(after);
}

function isPronounOne(before: string, after: string): boolean {
  // "the one-point gap", "a one-off": a compound, and a count.
  if (/^-/.test(after)) return false;
  if (new RegExp(`\\b${DETERMINER}\\s+$`, 'i').test(before)) return true;
  // "the best Chinese one.", "a higher one in early 2025": after an article and up to three words, before punctuation or a word no noun follows.
  return new RegExp(`\\b(?:the|an?)(?:\\s+[\\p{L}\\d'’.-]+){1,3}\\s+$`, 'iu').test(before) && new RegExp(`^(?:\\s*[.,;:!?)]|\\s+${AFTER_PRONOUN}\\b|\\s*$)`, 'i').test(after);
}

function wordQuantities(text: string): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(QUANTITY)) {
    const words = match[0];
    const start = match.index;
    const end = start + words.length;
    const lower = words.toLowerCase();
    const after = text.slice(end);
    const before = text.slice(0, start);
    // "one of the first": a member of a group, not a count; "one person's view": whose, not how many.
    if (lower === 'one' && /^\s+(?:of\b|[\p{L}-]+['’]s\b)/iu.test(after)) continue;
    // "the lower one", "a Chinese one at", "each one", "no one": a pronoun standing for a noun, not a count.
    if (lower === 'one' && isPronounOne(before, after)) continue;
    // "two dotted lines", "three qualifications", "one sentence": things on the page, counted (PAGE_NOUNS).
    if (countsPageThings(words, after)) continue;
    // "the two", "all three", "the same two gridlines": things already named and counted, referred to again.
    if (new RegExp(`^(?:${SMALL_CARDINAL})$`, 'i').test(words) && /\b(?:the|these|those|all|same)\s+$/i.test(before)) continue;
    // "a third phase", "a fifth generation": an ordinal before its noun; "a tenth of", "about a tenth." are fractions.
    if (ORDINAL_WITH_ARTICLE.test(words) && /^\s+(?!of\b|as\b|more\b|less\b|fewer\b)\p{L}/iu.test(after)) continue;
    // "the first half of 2025": a period, written like a date; "the lower half" of a chart: a place.
    if (lower === 'half' && /\b(?:first|second|latter|last|other|lower|upper|top|bottom)\s*$/i.test(before)) continue;
    // "5.5 million", "<Value bare /> billion": the unit of a figure already counted, or taken from the dataset.
    if (new RegExp(`^(?:${SCALE}|dozen)$`, 'i').test(words) && new RegExp(`(?:\\d|${DATASET_VALUE})\\s*$`).test(before)) continue;
    found.push({ start, end, words });
  }
  return found;
}

function allowedRanges(text: string, allowed: readonly AllowedNumberPhrase[]): [number, number][] {
  return allowed.flatMap(({ phrase }) => {
    const pattern = phrase
      .trim()
      .split(/\s+/)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+');
    return [...text.matchAll(new RegExp(`(?<![\\p{L}\\d])${pattern}(?![\\p{L}\\d])`, 'giu'))].map((match): [number, number] => [match.index, match.index + match[0].length]);
  });
}

export interface CheckOptions {
  /** The phrases that are not figures; the real list unless a test gives its own. */
  allowed?: readonly AllowedNumberPhrase[];
}

/** Every figure in the text that was typed by hand, with a little of the text around it. */
export function handTypedNumbers(prose: string, { allowed = ALLOWED_NUMBER_PHRASES }: CheckOptions = {}): string[] {
  let text = prose;
  for (const phrase of ALLOWED_PHRASES) text = text.replace(phrase, ' ');
  const ranges = allowedRanges(text, allowed);
  const inAllowedPhrase = ({ start, end }: Found) => ranges.some(([from, to]) => from <= start && end <= to);
  return [...digitFigures(text), ...wordQuantities(text)]
    .filter((found) => !inAllowedPhrase(found))
    .sort((a, b) => a.start - b.start)
    .map(({ start, words }) => `"${words.replace(/\s+/g, ' ')}" in "…${context(text, start, words.length)}…"`);
}
