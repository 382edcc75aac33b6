/**
 * The Introduction: real wheel scrolling walks its sequence in both layouts (what each step draws:
 * tests/unit/steps/introduction.ts), and it links every chapter.
 */
import { expect, test } from '@playwright/test';
import { DESKTOP_ONLY } from './helpers';
import { wheelWalkTest } from './sequenceSteps';

const CHAPTER = '/chapters/introduction/';

test.describe('introduction', () => {
  wheelWalkTest(CHAPTER, 'notable-models');

  test('every chapter of the story is linked from the introduction', DESKTOP_ONLY, async ({ page }) => {
    await page.goto(CHAPTER);
    for (const slug of ['motivations', 'ecosystems', 'chips', 'us-response', 'talent', 'conclusion']) {
      // At least once: the closing handover links the first chapter a second time.
      await expect(page.locator(`.chapter__body a[href="/chapters/${slug}/"]`).first()).toBeAttached();
    }
  });
});
