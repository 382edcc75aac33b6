/**
 * The corrections log: /corrections/ lists every entry by chapter in reading order, newest first,
 * each with its kind in words, its date, what changed, the removed words, its sources and its
 * passage; a chapter with a change says so under its title, linking to its group, on screen,
 * on paper and without JavaScript. (The links checker of the quality project follows every
 * passage link; the removed-words check is there too.)
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readCorrectionFiles } from '../../src/data/readCorrections';
import { chapterCorrectionStatus, correctionsByChapter, parseCorrections } from '../../src/data/validateCorrections';
import { formatDate } from '../../src/i18n/format';
import { fileForUrlPath } from '../quality/dist';
import { realChapterAnchors } from '../unit/chapterIds';
import { CHAPTER_SLUGS, DIST } from './helpers';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const entries = parseCorrections(readCorrectionFiles(ROOT)).entries.map(({ entry }) => entry);
const KIND_WORDS = { correction: 'Correction', clarification: 'Clarification', update: 'Update', 'no-change': 'Checked, not changed' };

test('/corrections/ lists every entry, by chapter in reading order and newest first within a chapter', async ({ page }) => {
  expect(entries.length).toBeGreaterThan(0);
  await page.goto('/corrections/');
  const expected = correctionsByChapter(entries, CHAPTER_SLUGS);
  const shown = await page.locator('[data-corrections-chapter]').evaluateAll((sections) =>
    sections.map((section) => ({
      chapter: section.getAttribute('data-corrections-chapter'),
      heading: section.querySelector('h2')!.id,
      entries: [...section.querySelectorAll('[data-correction]')].map((entry) => entry.id),
    })),
  );
  expect(shown).toEqual(expected.map((group) => ({ chapter: group.chapter, heading: group.chapter, entries: group.entries.map((entry) => entry.id) })));
});

test('each entry shows its kind in words, its date, what was wrong and what is right, the removed words, its sources and its passage', async ({ page }) => {
  await page.goto('/corrections/');
  for (const entry of entries) {
    const article = page.locator(`article[id="${entry.id}"]`);
    await expect(article.locator('h3'), entry.id).toHaveText(`${KIND_WORDS[entry.kind]} ${formatDate(entry.date)}`);
    await expect(article.locator(`time[datetime="${entry.date}"]`)).toHaveCount(1);
    await expect(article.locator('dd').first()).toHaveText(entry.wrong.replace(/\s+/g, ' '));
    await expect(article.locator('dd').nth(1)).toHaveText(entry.right.replace(/\s+/g, ' '));
    // Removed words are quoted as deleted text, and announced as removed.
    const removed = article.locator('del[data-old-words]');
    await expect(removed).toHaveCount(entry.oldWords?.length ?? 0);
    for (const [index, words] of (entry.oldWords ?? []).entries()) await expect(removed.nth(index)).toHaveText(`Removed: “${words}”`);
    const sources = await article.locator('.correction__sources a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(sources).toEqual(entry.sources.map((id) => `/sources/#${id}`));
    await expect(article.locator('a[data-passage]')).toHaveAttribute('href', `/chapters/${entry.chapter}/#${entry.anchor}`);
  }
});

test("an entry's passage link opens the chapter at that passage", async ({ page }) => {
  const entry = entries[0]!;
  await page.goto(`/corrections/#${entry.id}`);
  await page.locator(`article[id="${entry.id}"] a[data-passage]`).click();
  await expect(page).toHaveURL(new RegExp(`/chapters/${entry.chapter}/#${entry.anchor}$`));
  await expect(page.locator(`[id="${entry.anchor}"]`)).toBeInViewport();
});

test('the ids the unit tests accept as anchors are the ids the built chapters carry', async () => {
  for (const [slug, anchors] of await realChapterAnchors()) {
    const html = readFileSync(fileForUrlPath(DIST, `/chapters/${slug}/`)!, 'utf8');
    expect(anchors.filter((anchor) => !html.includes(` id="${anchor}"`)), slug).toEqual([]);
  }
});

test.describe("a chapter's header dates its latest change and links to it", () => {
  const changed = CHAPTER_SLUGS.map((slug) => ({ slug, status: chapterCorrectionStatus(entries, slug) }));

  test('the log has at least one chapter to show it on', () => {
    expect(changed.some(({ status }) => status)).toBe(true);
  });

  for (const { slug, status } of changed) {
    test(`${slug}: ${status ? `${status.status} ${status.date}, on screen, on paper and without JavaScript` : 'no line'}`, async ({ browser }) => {
      for (const javaScriptEnabled of [true, false]) {
        const context = await browser.newContext({ javaScriptEnabled });
        const page = await context.newPage();
        await page.goto(`/chapters/${slug}/`);
        const link = page.locator('.chapter__header a[href^="/corrections/"]');
        if (!status) {
          await expect(link).toHaveCount(0);
          await context.close();
          continue;
        }
        const words = `${status.status === 'corrected' ? 'Corrected' : 'Updated'} ${formatDate(status.date)}`;
        await expect(link).toHaveAttribute('href', `/corrections/#${slug}`);
        await expect(link).toBeVisible();
        expect(await link.evaluate((element) => element.firstChild!.textContent! + element.querySelector('time')!.textContent)).toBe(words);
        await page.emulateMedia({ media: 'print' });
        await expect(link).toBeVisible();
        await expect(page.locator('.chapter__header .correction-line__url')).toBeVisible();
        await expect(page.locator('.chapter__header .correction-line__url')).toContainText(`/corrections/#${slug}`);
        await context.close();
      }
    });
  }
});

test('the log is linked from every page footer and listed in the sitemap', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.site-footer a[href="/corrections/"]')).toHaveText('Corrections and updates');
  expect(readFileSync(`${DIST}/sitemap-0.xml`, 'utf8')).toMatch(/<loc>[^<]*\/corrections\/<\/loc>/);
});
