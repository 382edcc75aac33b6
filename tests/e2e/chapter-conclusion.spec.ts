/**
 * The conclusion: the text links the chapters it draws on and reads its exponents (every step
 * walked: chapterWalk.spec.ts; what each step draws: tests/unit/steps/conclusion.ts).
 */
import { expect, test } from '@playwright/test';
import { DESKTOP_ONLY } from './helpers';

const CHAPTER = '/chapters/conclusion/';
test('the conclusion links to the US response and talent chapters it draws on', DESKTOP_ONLY, async ({ page }) => {
  await page.goto(CHAPTER);
  await expect(page.locator('.chapter__body a[href="/chapters/us-response/"]').first()).toBeVisible();
  await expect(page.locator('.chapter__body a[href="/chapters/talent/"]').first()).toBeAttached();
});

// The fonts lack most superscript digits: an exponent is drawn as raised digits and read as a power.
test('an exponent in the prose is drawn raised and read out as a power', DESKTOP_ONLY, async ({ page }) => {
  await page.goto(`${CHAPTER}#compute`);
  const value = page.locator('#compute .value').first();
  await expect(value).toHaveText('3.4 × 10 to the power of 24 FLOP');
  await expect(value.locator('sup')).toHaveText('24');
  await expect(value.locator('sup')).toBeVisible();
  await expect(value.locator('.visually-hidden')).toHaveCSS('position', 'absolute');
});
