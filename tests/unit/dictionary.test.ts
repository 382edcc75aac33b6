/**
 * Every word a chart draws or reads out comes from the dictionary (src/i18n/en/), so that a second
 * language is a second dictionary. Checked the way translators check software, with a pseudo-language:
 * every chart of the story is laid out again in words that mark each dictionary string, date and
 * number they write (⟦…⟧); whatever text is then left unmarked must be the dataset's or the story's
 * own (a model's name, a record's note, a state's label from the MDX), digits or punctuation. A
 * word written into a chart's code is left over, and named with the chart and where it was drawn.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Mark } from '../../src/charts/contract';
import { en } from '../../src/i18n/en';
import { formatDate, formatDateShort, formatDateShortWithoutYear, formatNumber, formatScientific } from '../../src/i18n/format';
import type { StringKey } from '../../src/i18n/strings';
import type { Words } from '../../src/i18n/words';
import { readDataset } from '../../src/data/readDataset';
import { buildStorySequences } from './builtStory';
import { realSequences } from './chapterIds';

const OPEN = '⟦';
const CLOSE = '⟧';
const mark = (text: string) => `${OPEN}${text}${CLOSE}`;

const pseudoWords: Words = {
  locale: 'en',
  t: (key: StringKey, params: Record<string, string | number> = {}) =>
    mark(en[key].replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match))),
  date: (date) => mark(formatDate(date)),
  dateShort: (date) => mark(formatDateShort(date)),
  dateShortWithoutYear: (date) => mark(formatDateShortWithoutYear(date)),
  number: (value, ...rest) => mark(formatNumber(value, ...rest)),
  scientific: (value) => mark(formatScientific(value)),
  list: (items, kind) => items.join(mark(en[`list.${kind}`])),
};

/** Every string in a value, however deep. */
function stringsIn(value: unknown, into: Set<string>): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) value.forEach((item) => stringsIn(item, into));
  else if (value && typeof value === 'object') Object.values(value).forEach((item) => stringsIn(item, into));
  return into;
}

/** How many marked strings are still open at the end of a text. */
function unclosed(text: string): number {
  let depth = 0;
  for (const character of text) depth = character === OPEN ? depth + 1 : character === CLOSE ? Math.max(0, depth - 1) : depth;
  return depth;
}

/**
 * A layer's texts, with the lines of one wrapped text (consecutive marks whose keys differ only in a
 * final "-<n>") joined again: a marked string or a dataset name may be broken across lines.
 */
function wrappedTexts(marks: readonly Mark[]): [string, string][] {
  const texts: [string, string][] = [];
  let stem = '';
  for (const m of marks) {
    if (m.kind !== 'text') continue;
    const markStem = m.key.replace(/-\d+$/, '');
    if (texts.length > 0 && markStem === stem) texts[texts.length - 1]![1] += ` ${m.text}`;
    else texts.push([m.key, m.text]);
    stem = markStem;
  }
  return texts;
}

/**
 * Charts shorten the dataset's names: "Claude Opus 4 and Claude Sonnet 4" -> "Claude Opus 4",
 * "Zhipu AI (Z.ai)" -> "Zhipu AI". The parts of a short string (a name, not a note) are the dataset's too.
 */
function withShortNames(strings: Set<string>): Set<string> {
  for (const string of [...strings]) {
    if (string.length > 60) continue;
    const short = string.replace(/\s*\(.*\)\s*$/, '');
    [short, ...short.split(' and ')].forEach((part) => strings.add(part));
  }
  return strings;
}

const wordPatterns = new Map<string, RegExp>();
/** A string where it stands as words of its own (the dataset's "US" is not the "us" in "focus"). */
function wholeWords(string: string): RegExp {
  let pattern = wordPatterns.get(string);
  if (!pattern) wordPatterns.set(string, (pattern = new RegExp(`(?<![\\p{L}\\p{N}])${string.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu')));
  return pattern;
}

/**
 * A text cut short to fit its lines ends in "…" (shared/text.ts wrapText): its last words are the
 * start of a dataset string (a record's title), if any is, and are taken out, the longest such run.
 */
function withoutCutOff(text: string, own: readonly string[]): string {
  if (!text.endsWith('…')) return text;
  const body = text.slice(0, -1);
  for (const word of body.matchAll(/(?<!\S)\S/gu)) {
    const cut = body.slice(word.index).trim();
    if (own.some((string) => string.length > cut.length && string.startsWith(cut))) return `${body.slice(0, word.index)} `;
  }
  return text;
}

/**
 * What is left of a text once the marked words, the dataset's and the story's strings (`own`,
 * longest first), digits and punctuation are taken out: words that came from nowhere but the chart's code.
 */
function unmarked(text: string, own: readonly string[]): string {
  let rest = text;
  // Marked strings nest (a date inside a sentence): take out the innermost until none is left.
  for (let previous = ''; previous !== rest; ) {
    previous = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  if (!/\p{L}/u.test(rest)) return '';
  rest = withoutCutOff(rest, own);
  for (const string of own) if (rest.includes(string)) rest = rest.replace(wholeWords(string), ' ');
  return rest.replace(/[\p{P}\p{S}\p{N}\s]+/gu, ' ').trim();
}

describe('every word a chart writes comes from the dictionary', async () => {
  const dataset = readDataset(fileURLToPath(new URL('../..', import.meta.url)));
  const sequences = await realSequences();
  const ownSet = withShortNames(stringsIn(sequences.map((sequence) => sequence.steps.map((step) => step.state)), stringsIn(dataset, new Set())));
  // Charts label a chip or a model by its name without the variant in brackets ("A100 (SXM4, 80 GB)" -> "A100").
  [...dataset.chips, ...dataset.models].forEach((record) => ownSet.add(record.name.replace(/\s*\(.*\)\s*$/, '')));
  // A chart may head a block with a series' label less its last qualifier ("…, 2019 vs 2022").
  for (const series of dataset.series) ownSet.add(series.label.replace(/,[^,]*$/, ''));
  // A model's name may be drawn without its trailing tags ("Gemma-3-27B-it" as "Gemma-3-27B").
  for (const name of [...ownSet].filter((text) => !/\s/.test(text) && /\p{Lu}/u.test(text))) {
    const parts = name.split('-');
    for (let end = 1; end < parts.length; end++) ownSet.add(parts.slice(0, end).join('-'));
  }
  // Longest first, so that a name is taken out whole before a shorter one inside it; trimmed, as a
  // state's prefix ("Studied in ") is drawn before a name.
  const own = [...new Set([...ownSet].map((text) => text.trim()))].filter((text) => text.length >= 2).sort((a, b) => b.length - a.length);
  const built = await buildStorySequences(pseudoWords);
  const leftOvers = new Map<string, string>();
  const leftOver = (text: string) => leftOvers.get(text) ?? leftOvers.set(text, unmarked(text, own)).get(text)!;

  for (const sequence of built) {
    it(`${sequence.chart} (sequence ${sequence.id})`, () => {
      const found: string[] = [];
      const check = (where: string, text: string) => {
        const left = leftOver(text);
        if (left) found.push(`${where}: "${left}" in "${text}"`);
      };
      for (const [variant, scenes] of Object.entries(sequence.scenes)) {
        for (const [step, scene] of Object.entries(scenes)) {
          check(`${step} (${variant}) title`, scene.title);
          check(`${step} (${variant}) description`, scene.description);
          for (const layer of scene.layers) {
            // A string cut short with "…" to fit its lines loses its closing mark.
            for (const [key, text] of wrappedTexts(layer.marks)) check(`${step} (${variant}) text "${key}"`, text + CLOSE.repeat(unclosed(text)));
          }
        }
      }
      sequence.legend.forEach((item, index) => check(`key item ${index + 1}`, item.label));
      check('table caption', sequence.table.caption);
      for (const column of sequence.table.columns) check(`table column "${column.key}"`, column.label);
      sequence.table.rows.forEach((row, index) => {
        for (const [key, value] of Object.entries(row)) if (typeof value === 'string') check(`table row ${index + 1} "${key}"`, value);
      });
      // One line per distinct leftover, so that a word repeated on every step is reported once.
      expect([...new Set(found.map((line) => line.replace(/^[^:]*: /, '')))], found.slice(0, 5).join('\n')).toEqual([]);
    });
  }
});
