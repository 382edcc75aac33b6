/**
 * The corrections log as built: /corrections/ lists every entry by chapter in reading order,
 * newest first, each with its kind in words, its date, what changed, the removed words, its sources
 * and its passage; each chapter's header dates its latest change; no removed words are back on the
 * site. (Following a passage link, and the header line on screen, on paper and without
 * JavaScript, are tests/e2e/corrections.spec.ts.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCorrectionFiles } from '../../src/data/readCorrections';
import { formatProblem } from '../../src/data/validate';
import { chapterCorrectionStatus, correctionsByChapter, parseCorrections } from '../../src/data/validateCorrections';
import { formatDate } from '../../src/i18n/format';
import { fileForUrlPath } from '../quality/dist';
import { findOldWords, formatOldWords } from '../quality/oldWords';
import { realChapterAnchors } from '../unit/chapterIds';
import { $, $$, attr, builtPage, CHAPTER_SLUGS, DIST, readText, ROOT } from './built';

const { entries: located, problems } = parseCorrections(readCorrectionFiles(ROOT));
const entries = located.map(({ entry }) => entry);
const KIND_WORDS = { correction: 'Correction', clarification: 'Clarification', update: 'Update', 'no-change': 'Checked, not changed' };
const log = builtPage('/corrections/');

describe('the corrections log', () => {
  it('lists every entry, by chapter in reading order and newest first within a chapter', () => {
    expect(entries.length).toBeGreaterThan(0);
    const shown = $$(log, '[data-corrections-chapter]').map((section) => ({
      chapter: attr(section, 'data-corrections-chapter'),
      heading: attr($(section, 'h2'), 'id'),
      entries: $$(section, '[data-correction]').map((entry) => attr(entry, 'id')),
    }));
    const expected = correctionsByChapter(entries, CHAPTER_SLUGS);
    expect(shown).toEqual(expected.map((group) => ({ chapter: group.chapter, heading: group.chapter, entries: group.entries.map((entry) => entry.id) })));
  });

  it.each(entries.map((entry) => [entry.id, entry] as const))('%s shows its kind in words, its date, what was wrong and what is right, the removed words, its sources and its passage', (id, entry) => {
    const article = $(log, `article[id="${id}"]`);
    expect(readText($(article, 'h3'))).toBe(`${KIND_WORDS[entry.kind]} ${formatDate(entry.date)}`);
    expect($$(article, `time[datetime="${entry.date}"]`)).toHaveLength(1);
    const [wrong, right] = $$(article, 'dd');
    expect(readText(wrong!)).toBe(entry.wrong.replace(/\s+/g, ' ').trim());
    expect(readText(right!)).toBe(entry.right.replace(/\s+/g, ' ').trim());
    // Removed words are quoted as deleted text, and announced as removed.
    expect($$(article, 'del[data-old-words]').map(readText)).toEqual((entry.oldWords ?? []).map((words) => `Removed: “${words}”`));
    expect($$(article, '.correction__sources a').map((link) => attr(link, 'href'))).toEqual(entry.sources.map((source) => `/sources/#${source}`));
    expect($$(article, 'a[data-passage]').map((link) => attr(link, 'href'))).toEqual([`/chapters/${entry.chapter}/#${entry.anchor}`]);
  });

  it('no words a correction removed are on the built site again (pages and downloads; the corrections log quotes them)', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(findOldWords(DIST, entries).map(formatOldWords)).toEqual([]);
  });

  it('the ids the unit tests accept as anchors are the ids the built chapters carry', async () => {
    for (const [slug, anchors] of await realChapterAnchors()) {
      const html = readFileSync(fileForUrlPath(DIST, `/chapters/${slug}/`)!, 'utf8');
      expect(anchors.filter((anchor) => !html.includes(` id="${anchor}"`)), slug).toEqual([]);
    }
  });
});

describe("a chapter's header dates its latest change and links to it", () => {
  const changed = CHAPTER_SLUGS.map((slug) => ({ slug, status: chapterCorrectionStatus(entries, slug) }));

  it('the log has at least one chapter to show it on', () => {
    expect(changed.some(({ status }) => status)).toBe(true);
  });

  it.each(changed)('$slug', ({ slug, status }) => {
    const links = $$(builtPage(`/chapters/${slug}/`), '.chapter__header a[href^="/corrections/"]');
    if (!status) {
      expect(links).toHaveLength(0);
      return;
    }
    expect(links.map((link) => attr(link, 'href'))).toEqual([`/corrections/#${slug}`]);
    // The words before the date, and the date; a visually hidden ending follows for screen readers.
    const [before] = links[0]!.childNodes;
    const words = `${before && 'value' in before ? before.value : ''}${readText($(links[0]!, 'time'))}`;
    expect(words).toBe(`${status.status === 'corrected' ? 'Corrected' : 'Updated'} ${formatDate(status.date)}`);
    expect(readText($(builtPage(`/chapters/${slug}/`), '.chapter__header .correction-line__url'))).toContain(`/corrections/#${slug}`);
  });
});
