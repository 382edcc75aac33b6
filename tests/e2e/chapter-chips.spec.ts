/**
 * The Chips chapter: the charts' captions, sources and tables are there, and the training-compute
 * table says its figures are estimates (every step walked: chapterWalk.spec.ts; what each step
 * draws: tests/unit/steps/chips.ts; the chip thresholds' engine: scrolly.spec.ts).
 */
import { expect, test } from '@playwright/test';
import { STEP_EXPECTATIONS } from '../unit/steps';
import { DESKTOP_ONLY } from './helpers';

const CHAPTER = '/chapters/chips/';
test('every chart of the chapter has a caption, a source line and a data table', DESKTOP_ONLY, async ({ page }) => {
  await page.goto(CHAPTER);
  for (const { id } of STEP_EXPECTATIONS.chips!) {
    const section = page.locator(`[data-scrolly="${id}"]`);
    await expect(section.locator('.scrolly__caption')).not.toBeEmpty();
    await expect(section.locator('.chart-footer__source')).toContainText('Source');
    await section.locator('.chart-footer__table summary').click();
    expect(await section.locator('table tbody tr').count()).toBeGreaterThan(3);
  }
});

test("the training-compute table marks every figure as an estimate and names DeepSeek's claim as a source", DESKTOP_ONLY, async ({ page }) => {
  await page.goto(CHAPTER);
  const section = page.locator('[data-scrolly="training-compute"]');
  await section.locator('.chart-footer__table summary').click();
  for (const cell of await section.locator('table tbody td:last-child').allTextContents()) expect(cell.trim().startsWith('≈')).toBe(true);
  await expect(section.locator('.chart-footer__source')).toContainText('DeepSeek');
});
