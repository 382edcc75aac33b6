/**
 * The Talent chapter: every chart has a table (every step walked: chapterWalk.spec.ts; what each
 * step of its four sequences draws: tests/unit/steps/talent.ts).
 */
import { expect, test } from '@playwright/test';
import { STEP_EXPECTATIONS } from '../unit/steps';
import { DESKTOP_ONLY } from './helpers';

const CHAPTER = '/chapters/talent/';
test('every chart of the chapter offers its data as a table', DESKTOP_ONLY, async ({ page }) => {
  await page.goto(CHAPTER);
  for (const { id: sequence } of STEP_EXPECTATIONS.talent!) {
    const scrolly = page.locator(`[data-scrolly="${sequence}"]`);
    await scrolly.locator('summary', { hasText: 'Show the data as a table' }).click();
    expect(await scrolly.locator('table tbody tr').count(), sequence).toBeGreaterThan(4);
  }
});
