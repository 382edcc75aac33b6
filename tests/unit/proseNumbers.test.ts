/**
 * No figure is typed into the story by hand, in digits or in words: figures come from the dataset
 * through <Value> (or <DateOf>) in a chapter and {{value ...}} in the glossary, so each has a
 * source and a date. Checked: each chapter's prose and step descriptions, its summary and key
 * points, and the glossary's definitions (guides and quizzes: classroomContent.test.ts). Years,
 * digits that are part of a product's name (H100, Qwen3, Llama 3.1, GPT-4o), ordinals and the
 * phrases in numberWordsAllowed.ts are allowed.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readDataFiles } from '../../src/data/readDataset';
import { proseOf, readChapters, ROOT } from './chapterText';
import { DATASET_VALUE, handTypedNumbers, withDatasetValues } from './handTypedNumbers';
import { ALLOWED_NUMBER_PHRASES } from './numberWordsAllowed';

describe('the hand-typed figure checker', () => {
  it('catches the kinds of numbers it must (so it can fail)', () => {
    expect(handTypedNumbers('Qwen passed 100,000 derivatives and 47% of researchers; a 671B model cost $5.5 million.')).toHaveLength(4);
    expect(handTypedNumbers('In 2022 the H100 and Llama 3.1 met GPT-4o and Qwen3; the 14th Five-Year Plan of the 2010s.')).toEqual([]);
  });

  it.each([
    ['about a tenth', 'a tenth'],
    ['dozens of federal actions', 'dozens'],
    ['tens of millions of tokens', 'tens of millions'],
    ['usage more than doubled', 'doubled'],
    ['one-eleventh of the cost', 'one-eleventh'],
    ['two weeks later', 'two weeks later'],
    ['two-thirds of the labs', 'two-thirds'],
    ['half of the models', 'half'],
    ['a tenfold rise', 'tenfold'],
    ['a three-fold rise', 'three-fold'],
    ['it tripled', 'tripled'],
    ['twice as many', 'twice'],
    ['three times as many', 'three'],
    ['after four months', 'four months'],
    ['twelve months of data', 'twelve months'],
    ['a month later it fell', 'a month later'],
    ['within two days', 'two days'],
    ['forty-five models', 'forty-five'],
    ['a million downloads', 'a million'],
    ['two hundred labs', 'two hundred'],
    ['hundreds of models', 'hundreds'],
    ['thousands of engineers', 'thousands'],
    ['tens of thousands of posts', 'tens of thousands'],
    ['a quarter of researchers', 'a quarter'],
    ['One lab answered', 'One'],
    ['a billion', 'a billion'],
    ['only one rule', 'one'],
    ['the one-point gap', 'one'],
    ['two rules', 'two'],
    ['two Chinese GPU designers', 'two'],
    ['four months later', 'four months later'],
    ['two weeks of dotted lines', 'two weeks'],
    // Counts of things in the world, not on the page, even where a chart happens to show them all.
    ["the tracker's two editions", 'two'],
    ['three export measures', 'three'],
    ['two steps the ministry took', 'two'],
  ])('catches "%s"', (text, words) => {
    expect(handTypedNumbers(text, { allowed: [] })).toEqual([expect.stringMatching(new RegExp(`^"${words}" in `))]);
  });

  it.each([
    'the first model and the second rule',
    'one of the labs',
    'a third phase of the fund and a fifth generation',
    'in the first half of 2025, and the second half',
    'In 2023 and the 2010s',
    `${DATASET_VALUE} million downloads and ${DATASET_VALUE} billion tokens`,
    'often, tenth-hand, oneness, someone, anyone',
    'several, many, few, both, a couple',
    'the lower one, a Chinese one at the top, each one, no one, one person\'s view',
    'the two, all three, the same two gridlines',
    'the 14th plan, the 1st and 2nd',
    'see [the timeline](/chapters/us-response/#two-rhythms-on-one-timeline)',
    'two dotted event lines join, three bars, one row per country, with three qualifications',
    'each student writes one sentence and two predictions',
  ])('lets "%s" pass', (text) => {
    expect(handTypedNumbers(text, { allowed: [] })).toEqual([]);
  });

  it('counts a figure with its unit once ("5.5 million")', () => {
    expect(handTypedNumbers('a charge of $5.5 billion', { allowed: [] })).toEqual(['"5.5" in "…a charge of $5.5 billion…"']);
  });

  it('takes a glossary placeholder as a figure from the dataset', () => {
    expect(handTypedNumbers(withDatasetValues('about {{value series="x" at="2024" bare="true"}} million users'), { allowed: [] })).toEqual([]);
    expect(handTypedNumbers(withDatasetValues('about 40 million users'), { allowed: [] })).toHaveLength(1);
  });

  it('allows a listed phrase only where it stands whole, and only its own number words', () => {
    const allowed = [{ phrase: 'two countries', reason: 'a test' }];
    expect(handTypedNumbers('the two countries', { allowed })).toEqual([]);
    expect(handTypedNumbers('The Two  Countries', { allowed })).toEqual([]);
    expect(handTypedNumbers('two of the countries', { allowed })).toHaveLength(1);
    expect(handTypedNumbers('the two countries and two labs', { allowed })).toEqual(['"two" in "…the two countries and two labs…"']);
    expect(handTypedNumbers('two countrieswide', { allowed })).toHaveLength(1);
  });

  it.each(ALLOWED_NUMBER_PHRASES.map((entry) => [entry.phrase, entry]))('allowed phrase "%s" has a reason, is caught without the list, and holds a word besides its number', (_phrase, entry) => {
    expect(entry.reason.trim().length).toBeGreaterThan(10);
    expect(handTypedNumbers(entry.phrase, { allowed: [] })).not.toEqual([]);
    expect(handTypedNumbers(entry.phrase)).toEqual([]);
    expect(entry.phrase.split(/[\s-]+/).some((word) => handTypedNumbers(word, { allowed: [] }).length === 0)).toBe(true);
  });
});

describe('no hand-typed figures in the chapters', () => {
  for (const chapter of readChapters()) {
    it(`${chapter.slug}: prose and step descriptions take every figure from the dataset`, () => {
      expect(handTypedNumbers(proseOf(chapter.body))).toEqual([]);
    });

    it(`${chapter.slug}: summary and key points type no figure`, () => {
      const { summary, keyPoints } = chapter.frontmatter as { summary?: string; keyPoints?: string[] };
      expect([summary ?? '', ...(keyPoints ?? [])].flatMap((text) => handTypedNumbers(text))).toEqual([]);
    });
  }
});

describe('no hand-typed figures in the glossary', () => {
  const terms = readDataFiles(ROOT)
    .filter((file) => file.collection === 'glossary')
    .flatMap((file) => (parse(file.text) as { id: string; short: string; long?: string }[] | null) ?? []);

  it('has terms to check', () => {
    expect(terms.length).toBeGreaterThan(10);
  });

  for (const term of terms) {
    it(`${term.id}: short and long take figures from the dataset ({{value ...}})`, () => {
      expect([term.short, term.long ?? ''].flatMap((text) => handTypedNumbers(withDatasetValues(text)))).toEqual([]);
    });
  }
});
