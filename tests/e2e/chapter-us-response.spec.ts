/**
 * The US response chapter: every chart has its caption, source and table, and the release table
 * holds both countries (every step walked: chapterWalk.spec.ts; what each step draws:
 * tests/unit/steps/us-response.ts).
 */
import { expect, test } from '@playwright/test';
import { STEP_EXPECTATIONS } from '../unit/steps';
import { DESKTOP_ONLY } from './helpers';

const CHAPTER = '/chapters/us-response/';

test('every chart of the chapter has a caption, a source line and a data table', DESKTOP_ONLY, async ({ page }) => {
  await page.goto(CHAPTER);
  for (const { id } of STEP_EXPECTATIONS['us-response']!) {
    const section = page.locator(`[data-scrolly="${id}"]`);
    await expect(section.locator('.scrolly__caption')).not.toBeEmpty();
    await expect(section.locator('.chart-footer__source')).toContainText('Source');
    await section.locator('.chart-footer__table summary').click();
    expect(await section.locator('table tbody tr').count()).toBeGreaterThan(10);
  }
});

test('the release table lists both countries, open and closed', DESKTOP_ONLY, async ({ page }) => {
  await page.goto(CHAPTER);
  const section = page.locator('[data-scrolly="release-mirror"]');
  await section.locator('.chart-footer__table summary').click();
  const text = await section.locator('table tbody').innerText();
  for (const expected of ['gpt-oss-120b', 'DeepSeek-R1', 'United States', 'China', 'open', 'closed', 'Muse Spark', 'Nemotron 3 Ultra', 'DeepSeek-V4']) expect(text).toContain(expected);
});
