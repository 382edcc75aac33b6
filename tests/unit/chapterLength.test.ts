/**
 * The chapter standard's lengths (from the editors' brief on when a chapter is finished): a core
 * chapter's prose runs 1,200-2,800 words, the introduction's and the conclusion's 600-1,400. Counted
 * as a reader sees the prose: without components, citations, comments or step descriptions, with a
 * figure from the dataset counting as one word.
 */
import { describe, expect, it } from 'vitest';
import { proseWords, readChapters } from './chapterText';

const FRAME_CHAPTERS = new Set(['introduction', 'conclusion']);
const LIMITS = { core: { min: 1200, max: 2800 }, frame: { min: 600, max: 1400 } } as const;

describe('chapter lengths follow the chapter standard', () => {
  it('counts words as a reader sees them', () => {
    expect(proseWords('One <Cite id="x" /> two {/* comment */} <Value series="s" at="2024" /> three.')).toBe(4);
    expect(proseWords('<Step id="a" description="not counted here">Counted words</Step>')).toBe(2);
  });

  for (const chapter of readChapters()) {
    const limits = FRAME_CHAPTERS.has(chapter.slug) ? LIMITS.frame : LIMITS.core;
    it(`${chapter.slug}: ${limits.min}-${limits.max} words of prose`, () => {
      const words = proseWords(chapter.body);
      expect(words, `${chapter.slug} has ${words} words`).toBeGreaterThanOrEqual(limits.min);
      expect(words, `${chapter.slug} has ${words} words`).toBeLessThanOrEqual(limits.max);
    });
  }
});
