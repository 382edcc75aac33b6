/**
 * The Talent chapter: wheel scrolling walks the flow diagram step by step in both layouts (what
 * each step of its four sequences draws: tests/unit/steps/talent.ts), and every chart has a table.
 */
import { expect, test } from '@playwright/test';
import { STEP_EXPECTATIONS } from '../unit/steps';
import { DESKTOP_ONLY } from './helpers';
import { wheelWalkTest } from './sequenceSteps';

const CHAPTER = '/chapters/talent/';

wheelWalkTest(CHAPTER, 'talent-flows');

test('every chart of the chapter offers its data as a table', DESKTOP_ONLY, async ({ page }) => {
  await page.goto(CHAPTER);
  for (const { id: sequence } of STEP_EXPECTATIONS.talent!) {
    const scrolly = page.locator(`[data-scrolly="${sequence}"]`);
    await scrolly.locator('summary', { hasText: 'Show the data as a table' }).click();
    expect(await scrolly.locator('table tbody tr').count(), sequence).toBeGreaterThan(4);
  }
});
