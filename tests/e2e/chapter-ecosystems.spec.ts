/**
 * Ecosystems: the leaderboard says which day it describes, and the page says where its sources end
 * (every step walked: chapterWalk.spec.ts; what each step draws: tests/unit/steps/ecosystems.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { DESKTOP_ONLY } from './helpers';

const CHAPTER = '/chapters/ecosystems/';

const mark = (page: Page, sequence: string, key: string) => page.locator(`[data-scrolly="${sequence}"] .scrolly__svg:visible [data-key="${key}"]`);
test('ecosystems: the leaderboard chart says which day its ranking describes, and when its index data end', DESKTOP_ONLY, async ({ page }) => {
  await page.goto(`${CHAPTER}#top-twelve`);
  await expect(mark(page, 'arena', 'ranking-title')).toContainText(/Aug(ust)? 2025/);
  await expect(page.locator('[data-scrolly="arena"] .chart-footer__source')).toContainText('2026');
});

test('ecosystems: the page says why the chapter stops in August 2026', DESKTOP_ONLY, async ({ page }) => {
  await page.goto(CHAPTER);
  await expect(page.locator('main')).toContainText(/This chapter.s sources run to August 2026/);
});
