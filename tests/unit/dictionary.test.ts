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
import { en } from '../../src/i18n/en';
import { formatDate, formatDateShort, formatNumber } from '../../src/i18n/format';
import type { StringKey } from '../../src/i18n/strings';
import type { Words } from '../../src/i18n/words';
import type { Mark } from '../../src/charts/contract';
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
  number: (value, ...rest) => mark(formatNumber(value, ...rest)),
};

/** Every string in a value, however deep. */
function stringsIn(value: unknown, into: Set<string>): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) value.forEach((item) => stringsIn(item, into));
  else if (value && typeof value === 'object') Object.values(value).forEach((item) => stringsIn(item, into));
  return into;
}

/**
 * A layer's texts, the lines of a wrapped block (keyed `<key>-0`, `<key>-1`, ...: shared textBlock) joined
 * again, so that a string wrapped over lines (a step's label, a dictionary sentence) is checked whole.
 */
function textBlocks(marks: readonly Mark[]): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const mark of marks) {
    if (mark.kind !== 'text') continue;
    const key = mark.key.replace(/-\d{1,2}$/, '');
    blocks.set(key, blocks.has(key) ? `${blocks.get(key)} ${mark.text}` : mark.text);
  }
  return blocks;
}

const wordPatterns = new Map<string, RegExp>();
/** A string where it stands as words of its own (the dataset's "US" is not the "us" in "focus"). */
function wholeWords(string: string): RegExp {
  let pattern = wordPatterns.get(string);
  if (!pattern) wordPatterns.set(string, (pattern = new RegExp(`(?<![\\p{L}\\p{N}])${string.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu')));
  return pattern;
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
  for (const string of own) if (rest.includes(string)) rest = rest.replace(wholeWords(string), ' ');
  return rest.replace(/[\p{P}\p{S}\p{N}\s]+/gu, ' ').trim();
}

/**
 * Charts whose words are still written in their code (issue 20): each is expected to leave words
 * over, so that this list cannot outlive its use; a chart leaves it once its words are in the dictionary.
 */
const NOT_YET = new Set([
  'arenaStandings', 'barrierTimeline', 'benchmarkGapDumbbell', 'exportRuleTimeline', 'modelFamilyStrips',
  'openModelsByCountry', 'releaseMirrorTimeline', 'talentDumbbell', 'talentParity', 'talentPipeline', 'talentSankey', 'trainingComputeDots',
]);

describe('every word a chart writes comes from the dictionary', async () => {
  const dataset = readDataset(fileURLToPath(new URL('../..', import.meta.url)));
  const sequences = await realSequences();
  const ownSet = stringsIn(sequences.map((sequence) => sequence.steps.map((step) => step.state)), stringsIn(dataset, new Set()));
  // Charts label a chip or a model by its name without the variant in brackets ("A100 (SXM4, 80 GB)" -> "A100").
  [...dataset.chips, ...dataset.models].forEach((record) => ownSet.add(record.name.replace(/\s*\(.*\)\s*$/, '')));
  // Longest first, so that a name is taken out whole before a shorter one inside it.
  const own = [...ownSet].filter((text) => text.trim().length >= 2).sort((a, b) => b.length - a.length);
  const built = await buildStorySequences(pseudoWords);
  const leftOvers = new Map<string, string>();
  const leftOver = (text: string) => leftOvers.get(text) ?? leftOvers.set(text, unmarked(text, own)).get(text)!;

  for (const sequence of built) {
    it(`${sequence.chart} (sequence ${sequence.id})`, () => {
      const found: string[] = [];
      const check = (where: string, text: string) => {
        if (found.length > 0 && NOT_YET.has(sequence.chart)) return;
        const left = leftOver(text);
        if (left) found.push(`${where}: "${left}" in "${text}"`);
      };
      for (const [variant, scenes] of Object.entries(sequence.scenes)) {
        for (const [step, scene] of Object.entries(scenes)) {
          check(`${step} (${variant}) title`, scene.title);
          check(`${step} (${variant}) description`, scene.description);
          for (const layer of scene.layers) for (const [key, text] of textBlocks(layer.marks)) check(`${step} (${variant}) text "${key}"`, text);
        }
      }
      sequence.legend.forEach((item, index) => check(`key item ${index + 1}`, item.label));
      check('table caption', sequence.table.caption);
      for (const column of sequence.table.columns) check(`table column "${column.key}"`, column.label);
      sequence.table.rows.forEach((row, index) => {
        for (const [key, value] of Object.entries(row)) if (typeof value === 'string') check(`table row ${index + 1} "${key}"`, value);
      });
      if (NOT_YET.has(sequence.chart)) return expect(found.length, 'no word left in the code: take the chart off NOT_YET').toBeGreaterThan(0);
      // One line per distinct leftover, so that a word repeated on every step is reported once.
      expect([...new Set(found.map((line) => line.replace(/^[^:]*: /, '')))], found.slice(0, 5).join('\n')).toEqual([]);
    });
  }
});
