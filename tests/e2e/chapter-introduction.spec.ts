/**
 * The Introduction links every chapter (every step walked: chapterWalk.spec.ts; what each step
 * draws: tests/unit/steps/introduction.ts).
 */
import { expect, test } from '@playwright/test';
import { DESKTOP_ONLY } from './helpers';

const CHAPTER = '/chapters/introduction/';

test.describe('introduction', () => {
  test('every chapter of the story is linked from the introduction', DESKTOP_ONLY, async ({ page }) => {
    await page.goto(CHAPTER);
    for (const slug of ['motivations', 'ecosystems', 'chips', 'us-response', 'talent', 'conclusion']) {
      // At least once: the closing handover links the first chapter a second time.
      await expect(page.locator(`.chapter__body a[href="/chapters/${slug}/"]`).first()).toBeAttached();
    }
  });
});
