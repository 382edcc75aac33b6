/**
 * Ecosystems, in the chapter's order: the derivative counts (its first, main sequence), the
 * model-family strips and the LMArena standings. Each step, opened by its deep link, must show its
 * own chart state (asserted on marks in the visible SVG); wheel scrolling walks the first
 * sequence, the derivative counts, step by step and back.
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
      await expect(page.locator('[data-scrolly="derivatives"] .scrolly__svg:visible .count-mark.is-later')).toHaveCount(1);
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
  },
};

deepLinkTests(CHAPTER, [DERIVATIVES, FAMILIES, ARENA].map(fromChecks));
wheelWalkTest(CHAPTER, fromChecks(DERIVATIVES));

test('ecosystems: the LMArena chart says which day its ranking describes', async ({ page }) => {
  await page.goto(`${CHAPTER}#top-twelve`);
  await expect(mark(page, 'arena', 'ranking-title')).toContainText(/Aug(ust)? 2025/);
  await expect(page.locator('[data-scrolly="arena"] .chart-footer__source')).toContainText('2025');
});
