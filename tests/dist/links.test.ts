/**
 * Links in the built site: every internal link and fragment resolves, each chapter's citations
 * reach their notes and the bibliography, the bibliography marks languages and kinds, and each
 * chapter's "Cite this chapter" names it. (Following a link in a browser is tests/e2e/site.spec.ts.)
 */
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/data/readDataset';
import { checkLinks } from '../quality/links';
import { $, $$, attr, builtPage, CHAPTER_SLUGS, closest, DIST, readText, ROOT } from './built';

const dataset = readDataset(ROOT);

it('every internal link and fragment resolves, and external links are well-formed https', () => {
  expect(checkLinks(DIST)).toEqual([]);
});

describe('citations', () => {
  const bibliographyIds = new Set($$(builtPage('/sources/'), '[id]').map((element) => attr(element, 'id')));

  it.each(CHAPTER_SLUGS)('every source cited in %s is listed and links to its bibliography entry', (slug) => {
    const page = builtPage(`/chapters/${slug}/`);
    const citedIds = $$(page, 'sup.cite a').map((link) => attr(link, 'href')!.replace('#note-', ''));
    for (const id of citedIds) expect($$(page, `#note-${id}`), `note for ${id}`).toHaveLength(1);
    const listed = $$(page, '.chapter-sources li').map((item) => ({ id: attr(item, 'data-source-id')!, entry: attr($(item, 'a.chapter-sources__entry'), 'href') }));
    expect(listed.map((note) => note.id)).toEqual(expect.arrayContaining([...new Set(citedIds)]));
    for (const note of listed) {
      expect(note.entry).toBe(`/sources/#${note.id}`);
      expect(bibliographyIds.has(note.id), `bibliography entry ${note.id}`).toBe(true);
    }
  });

  it.each(CHAPTER_SLUGS)('"Cite this chapter" for %s names its title and canonical URL', (slug) => {
    const page = builtPage(`/chapters/${slug}/`);
    const title = readText($(page, 'h1'));
    const canonical = attr($(page, 'link[rel="canonical"]'), 'href')!;
    for (const format of ['apa', 'mla', 'bibtex']) {
      const text = readText($(page, `.cite-this [data-citation="${format}"]`));
      expect(text.toLowerCase(), format).toContain(title.toLowerCase());
      expect(text, format).toContain(format === 'mla' ? canonical.replace(/^https:\/\//, '') : canonical);
    }
  });
});

describe('the bibliography', () => {
  const bibliography = builtPage('/sources/');

  // A title in the source's own language is marked with it, and every link says the language of
  // what it leads to (screen readers pick their voice from it; src/i18n/languages.ts).
  it('marks the language of each title and each linked source', () => {
    const inOtherLanguages = dataset.sources.filter((source) => source.language);
    expect(inOtherLanguages.length).toBeGreaterThan(0);
    for (const source of inOtherLanguages) {
      const entry = $(bibliography, `[id="${source.id}"]`);
      expect($$(entry, 'a[rel="external"]').map((link) => attr(link, 'hreflang')), source.id).toEqual([source.language]);
      if (source.titleLanguage) expect(readText($(entry, `cite > span[lang="${source.titleLanguage}"]`)), source.id).toBe(source.title.replace(/\s+/g, ' ').trim());
    }
  });

  it('says what kind each source is, which records are copies of whose work, and which copy was read', () => {
    const kinds = { government: 'Government', company: 'Company', research: 'Research', press: 'Press', dataset: 'Dataset' };
    const lines = Object.fromEntries(
      $$(bibliography, '[data-source-id] [data-source-reading]').map((element) => [attr(closest(element, '[data-source-id]')!, 'data-source-id'), readText(element)]),
    );
    for (const source of dataset.sources) {
      const expected = [`${kinds[source.kind]}.`, source.copyOf && `Copy of ${source.copyOf}.`, source.via && `Read in: ${source.via}.`].filter(Boolean).join(' ');
      expect(lines[source.id], source.id).toBe(expected.replace(/\s+/g, ' '));
    }
  });
});
