/**
 * Embed pages as built: one per sequence, each the chart alone with its caption, source and a
 * link back, and each chart's embed code pointing at its page. (What an embed does when it runs,
 * ?step= and the like, is tests/e2e/sharing.spec.ts; one embed's accessibility, quality.spec.ts.)
 */
import { describe, expect, it } from 'vitest';
import { $, $$, attr, builtPage, CHAPTER_SLUGS, PAGES, readText, textOf } from './built';

const embeds = PAGES.filter((path) => path.startsWith('/embed/'));

describe('embeds', () => {
  it('every sequence of every chapter has an embed page', () => {
    const sequences = CHAPTER_SLUGS.flatMap((slug) => $$(builtPage(`/chapters/${slug}/`), '[data-scrolly]').map((sequence) => attr(sequence, 'data-scrolly')!));
    expect(sequences).toContain('chip-thresholds');
    expect(embeds).toEqual(expect.arrayContaining(sequences.map((id) => `/embed/${id}/`)));
  });

  it.each(embeds)('%s is its chart alone (drawn in both shapes), with caption, source and a link back', (path) => {
    const page = builtPage(path);
    expect($$(page, '.site-header')).toHaveLength(0);
    for (const variant of ['wide', 'narrow']) {
      expect($$(page, `figure[data-embed] .scrolly__svg[data-variant="${variant}"] > svg`), variant).toHaveLength(1);
      expect($$(page, `figure[data-embed] .scrolly__svg[data-variant="${variant}"] > svg [data-key]`).length, variant).toBeGreaterThan(3);
    }
    expect(readText($(page, 'figcaption'))).not.toBe('');
    expect(readText($(page, '.chart-footer__source'))).toContain('Source');
    expect(attr($(page, '.embed__credit a'), 'href')).toMatch(/\/chapters\/[a-z-]+\/#/);
  });

  it("each chart offers its embed code, pointing at its embed page", () => {
    for (const slug of CHAPTER_SLUGS) {
      for (const sequence of $$(builtPage(`/chapters/${slug}/`), '[data-scrolly]')) {
        const id = attr(sequence, 'data-scrolly')!;
        expect(textOf($(sequence, '.chart-footer__embed textarea[data-embed-code]')), id).toMatch(new RegExp(`^<iframe src="https://[^"]+/embed/${id}/"`));
      }
    }
  });
});
