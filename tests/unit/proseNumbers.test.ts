/**
 * No number is typed into a chapter by hand: figures come from the dataset through <Value> (or
 * <DateOf>), so each has a source and a date. Years, and digits that are part of a product's name
 * (H100, Qwen3, Llama 3.1, GPT-4o), are allowed.
 */
import { describe, expect, it } from 'vitest';
import { proseOf, readChapters } from './chapterText';
import { handTypedNumbers } from './handTypedNumbers';

describe('no hand-typed numbers in chapter prose', () => {
  it('catches the kinds of numbers it must (so it can fail)', () => {
    expect(handTypedNumbers('Qwen passed 100,000 derivatives and 47% of researchers; a 671B model cost $5.5 million.')).toHaveLength(4);
    expect(handTypedNumbers('In 2022 the H100 and Llama 3.1 met GPT-4o and Qwen3; the 14th Five-Year Plan of the 2010s.')).toEqual([]);
  });

  for (const chapter of readChapters()) {
    it(`${chapter.slug} takes every figure from the dataset`, () => {
      expect(handTypedNumbers(proseOf(chapter.body))).toEqual([]);
    });
  }
});
