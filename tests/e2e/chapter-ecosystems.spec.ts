/**
 * Ecosystems, in the chapter's order: the derivative counts (its first, main sequence), the
 * model-family strips and the leaderboard (LMArena, then Epoch's capability index). Each step,
 * opened by its deep link, must show its own chart state (asserted on marks in the visible SVG);
 * wheel scrolling walks the first sequence, the derivative counts, step by step and back.
 */
import { expect, test, type Page } from '@playwright/test';
import { deepLinkTests, fromChecks, wheelWalkTest, type CheckedSequence } from './sequenceSteps';

const CHAPTER = '/chapters/ecosystems/';

const mark = (page: Page, sequence: string, key: string) => page.locator(`[data-scrolly="${sequence}"] .scrolly__svg:visible [data-key="${key}"]`);

const FAMILIES: CheckedSequence = {
  id: 'model-families',
  steps: {
    alibaba: async (page) => {
      await expect(mark(page, 'model-families', 'model-qwen-beta')).toHaveClass(/is-closed/);
      await expect(mark(page, 'model-families', 'model-qwen3')).toHaveClass(/lic-permissive/);
      await expect(mark(page, 'model-families', 'label-qwen-7b')).toHaveCount(1);
      await expect(mark(page, 'model-families', 'model-deepseek-r1')).toHaveCount(0);
      await expect(mark(page, 'model-families', 'row-name-deepseek')).toHaveClass(/is-waiting/);
      // The history steps draw only up to August 2025, on the axis that runs to 2026.
      await expect(mark(page, 'model-families', 'model-qwen3-5')).toHaveCount(0);
    },
    deepseek: async (page) => {
      await expect(mark(page, 'model-families', 'model-deepseek-r1')).toHaveClass(/is-open/);
      await expect(mark(page, 'model-families', 'row-name-deepseek')).not.toHaveClass(/is-waiting/);
      await expect(mark(page, 'model-families', 'model-ernie-4.0')).toHaveCount(0);
    },
    giants: async (page) => {
      await expect(mark(page, 'model-families', 'model-ernie-4.0')).toHaveClass(/is-closed/);
      await expect(mark(page, 'model-families', 'model-hunyuan-large')).toHaveClass(/lic-custom/);
      await expect(mark(page, 'model-families', 'model-kimi-k2')).toHaveCount(0);
    },
    startups: async (page) => {
      await expect(mark(page, 'model-families', 'model-kimi-k1.5')).toHaveClass(/is-closed/);
      await expect(mark(page, 'model-families', 'label-minimax-text-01')).toHaveCount(1);
      await expect(mark(page, 'model-families', 'period-band')).toHaveCount(0);
    },
    wave: async (page) => {
      await expect(mark(page, 'model-families', 'period-band')).toHaveCount(1);
      await expect(mark(page, 'model-families', 'arrow-caption-ernie-4.5-launch-ernie-4.5')).toContainText('closed');
      await expect(mark(page, 'model-families', 'model-ernie-4.0')).toHaveClass(/is-muted/);
      await expect(mark(page, 'model-families', 'model-kimi-k2')).not.toHaveClass(/is-muted/);
      await expect(mark(page, 'model-families', 'model-deepseek-v4')).toHaveCount(0);
    },
    'bigger-open': async (page) => {
      await expect(mark(page, 'model-families', 'period-label')).toContainText('September 2025');
      await expect(mark(page, 'model-families', 'model-deepseek-v4')).toHaveClass(/lic-permissive.*is-open/);
      await expect(mark(page, 'model-families', 'label-deepseek-v4')).toHaveCount(1);
      await expect(mark(page, 'model-families', 'model-kimi-k2')).toHaveClass(/is-muted/);
      await expect(mark(page, 'model-families', 'arrow-caption-ernie-4.5-launch-ernie-4.5')).toHaveCount(0);
    },
    'tighter-terms': async (page) => {
      await expect(mark(page, 'model-families', 'model-kimi-k3')).toHaveClass(/lic-restricted/);
      await expect(mark(page, 'model-families', 'label-kimi-k3')).toHaveCount(1);
      await expect(mark(page, 'model-families', 'model-ernie-5.0')).toHaveClass(/is-closed/);
      await expect(mark(page, 'model-families', 'label-deepseek-v4')).toHaveCount(0);
    },
  },
};

const DERIVATIVES: CheckedSequence = {
  id: 'derivatives',
  steps: {
    claims: async (page) => {
      await expect(page.locator('[data-scrolly="derivatives"] .scrolly__svg:visible .kind-claim')).not.toHaveCount(0);
      await expect(mark(page, 'derivatives', 'quoted-line')).toHaveCount(0);
      await expect(mark(page, 'derivatives', 'figure-count-qwen')).toHaveCount(0);
    },
    'hundred-thousand': async (page) => {
      await expect(mark(page, 'derivatives', 'quoted-line')).toHaveCount(1);
      await expect(mark(page, 'derivatives', 'crossing-band')).toHaveCount(1);
      await expect(page.locator('[data-scrolly="derivatives"] .scrolly__svg:visible .kind-press')).not.toHaveCount(0);
    },
    'hf-count': async (page) => {
      await expect(mark(page, 'derivatives', 'figure-count-qwen')).toHaveClass(/is-measured/);
      await expect(mark(page, 'derivatives', 'figure-count-llama')).toHaveClass(/country-us/);
      await expect(mark(page, 'derivatives', 'crossing-band')).toHaveCount(0);
      await expect(page.locator('[data-scrolly="derivatives"] .scrolly__svg:visible .is-later')).toHaveCount(0);
    },
    'later-counts': async (page) => {
      await expect(mark(page, 'derivatives', 'figure-claim-2026-01-13-180000')).toHaveClass(/kind-claim/);
      await expect(mark(page, 'derivatives', 'figure-count-2026-qwen')).toHaveCount(0);
    },
    'hf-2026': async (page) => {
      await expect(mark(page, 'derivatives', 'figure-count-2026-qwen')).toHaveClass(/is-measured/);
      await expect(mark(page, 'derivatives', 'figure-count-2026-google')).toHaveClass(/country-us/);
      await expect(mark(page, 'derivatives', 'span-count-2026-qwen')).toHaveCount(1);
      await expect(mark(page, 'derivatives', 'figure-claim-2026-01-13-180000')).toHaveCount(1);
    },
  },
};

const ARENA: CheckedSequence = {
  id: 'arena',
  steps: {
    'closed-lead': async (page) => {
      await expect(mark(page, 'arena', 'point-closed-2024-07-07')).toHaveClass(/is-closed/);
      await expect(mark(page, 'arena', 'point-open-2025-01-24')).toHaveCount(0);
      await expect(mark(page, 'arena', 'line-us-open-lmsys-export')).toHaveCount(0);
    },
    'china-open-lead': async (page) => {
      await expect(mark(page, 'arena', 'point-open-2025-01-24')).toHaveClass(/country-cn/);
      await expect(mark(page, 'arena', 'line-us-open-lmsys-export')).toHaveCount(1);
      await expect(mark(page, 'arena', 'change-line')).toHaveCount(0);
    },
    'scoring-change': async (page) => {
      await expect(mark(page, 'arena', 'change-line')).toHaveCount(1);
      await expect(mark(page, 'arena', 'point-open-2025-08-04')).toHaveClass(/country-cn/);
      await expect(mark(page, 'arena', 'line-open-text-export')).toHaveCount(1);
    },
    'top-twelve': async (page) => {
      await expect(mark(page, 'arena', 'rank-dot-3')).toHaveClass(/country-cn/);
      await expect(mark(page, 'arena', 'rank-dot-1')).toHaveClass(/is-closed/);
      await expect(mark(page, 'arena', 'rank-dot-23')).toHaveCount(0);
      await expect(mark(page, 'arena', 'change-line')).toHaveCount(0);
    },
    'lower-down': async (page) => {
      await expect(mark(page, 'arena', 'rank-dot-23')).toHaveClass(/is-open/);
      await expect(mark(page, 'arena', 'rank-dot-46')).toHaveCount(1);
      await expect(mark(page, 'arena', 'rank-gap')).toHaveCount(1);
    },
    'new-yardstick': async (page) => {
      await expect(mark(page, 'arena', 'eci-line-cn-open')).toHaveCount(1);
      await expect(mark(page, 'arena', 'eci-point-cn-open-2026-01')).toHaveClass(/country-cn.*is-open/);
      await expect(mark(page, 'arena', 'arena-end-label')).toContainText('LMArena');
      await expect(mark(page, 'arena', 'rank-dot-1')).toHaveCount(0);
      await expect(mark(page, 'arena', 'lag-band-window-2026')).toHaveCount(0);
    },
    'months-behind': async (page) => {
      await expect(mark(page, 'arena', 'lag-band-window-2026')).toHaveCount(1);
      await expect(mark(page, 'arena', 'lag-bar-earlier')).toHaveCount(1);
      await expect(mark(page, 'arena', 'lag-label-earlier')).toContainText('3.5');
    },
  },
};

deepLinkTests(CHAPTER, [DERIVATIVES, FAMILIES, ARENA].map(fromChecks));
wheelWalkTest(CHAPTER, fromChecks(DERIVATIVES));

test('ecosystems: the leaderboard chart says which day its ranking describes, and when its index data end', async ({ page }) => {
  await page.goto(`${CHAPTER}#top-twelve`);
  await expect(mark(page, 'arena', 'ranking-title')).toContainText(/Aug(ust)? 2025/);
  await expect(page.locator('[data-scrolly="arena"] .chart-footer__source')).toContainText('2026');
});

test('ecosystems: the page says why the chapter stops in August 2026', async ({ page }) => {
  await page.goto(CHAPTER);
  await expect(page.locator('main')).toContainText(/This chapter.s sources run to August 2026/);
});
