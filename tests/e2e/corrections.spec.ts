/**
 * The corrections log in the browser: a passage link opens the chapter at that passage, and a
 * chapter with a change says so under its title on screen, on paper and without JavaScript. The
 * log's entries, the header line's words and link, the removed words and the anchors are checked
 * in the built files (tests/dist/corrections.test.ts; every passage link, in tests/dist/links.test.ts).
 */
import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { readCorrectionFiles } from '../../src/data/readCorrections';
import { chapterCorrectionStatus, parseCorrections } from '../../src/data/validateCorrections';
import { CHAPTER_SLUGS } from './helpers';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const entries = parseCorrections(readCorrectionFiles(ROOT)).entries.map(({ entry }) => entry);

test("an entry's passage link opens the chapter at that passage", async ({ page }) => {
  const entry = entries[0]!;
  await page.goto(`/corrections/#${entry.id}`);
  await page.locator(`article[id="${entry.id}"] a[data-passage]`).click();
  await expect(page).toHaveURL(new RegExp(`/chapters/${entry.chapter}/#${entry.anchor}$`));
  await expect(page.locator(`[id="${entry.anchor}"]`)).toBeInViewport();
});

test.describe("a chapter's header shows its latest change", () => {
  // A chapter without a change has no line: the built files show that (tests/dist/corrections.test.ts).
  const changed = CHAPTER_SLUGS.flatMap((slug) => {
    const status = chapterCorrectionStatus(entries, slug);
    return status ? [{ slug, status }] : [];
  });

  for (const { slug, status } of changed) {
    test(`${slug}: ${status.status} ${status.date}, on screen, on paper and without JavaScript`, async ({ browser }) => {
      for (const javaScriptEnabled of [true, false]) {
        const context = await browser.newContext({ javaScriptEnabled });
        const page = await context.newPage();
        await page.goto(`/chapters/${slug}/`);
        const link = page.locator('.chapter__header a[href^="/corrections/"]');
        await expect(link).toBeVisible();
        await page.emulateMedia({ media: 'print' });
        await expect(link).toBeVisible();
        await expect(page.locator('.chapter__header .correction-line__url')).toBeVisible();
        await context.close();
      }
    });
  }
});
