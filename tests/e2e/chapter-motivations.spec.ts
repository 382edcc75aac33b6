/**
 * Motivations: the US-China gap dumbbells (the chapter's main, first sequence, with the AI Index
 * 2026's Arena reading as a second row) and the two-lane timeline after them, which runs to 2026. Each step, opened by its deep link, must show its own chart state (asserted
 * on marks in the visible SVG); wheel scrolling walks the timeline step by step and back.
 */
import { expect, test, type Page } from '@playwright/test';
import { deepLinkTests, fromChecks, wheelWalkTest, type CheckedSequence } from './sequenceSteps';

const CHAPTER = '/chapters/motivations/';

const mark = (page: Page, sequence: string, key: string) => page.locator(`[data-scrolly="${sequence}"] .scrolly__svg:visible [data-key="${key}"]`);

const LANES: CheckedSequence = {
  id: 'policy-lanes',
  steps: {
    plans: async (page) => {
      await expect(mark(page, 'policy-lanes', 'item-cn-new-generation-ai-plan-2017')).toHaveCount(1);
      await expect(mark(page, 'policy-lanes', 'label-cn-14th-five-year-plan-2021-03-11')).toHaveCount(1);
      await expect(mark(page, 'policy-lanes', 'item-huawei-entity-list-2019-05-16')).toHaveCount(1);
      await expect(mark(page, 'policy-lanes', 'item-bis-rule-2022-10-07')).toHaveCount(0);
    },
    'chip-rules': async (page) => {
      await expect(mark(page, 'policy-lanes', 'item-bis-rule-2022-10-07')).toHaveClass(/is-highlighted/);
      await expect(mark(page, 'policy-lanes', 'label-bis-rule-2023-10-17')).toHaveCount(1);
      // Zoomed in: the 2017 plan has left the window.
      await expect(mark(page, 'policy-lanes', 'item-cn-new-generation-ai-plan-2017')).toHaveCount(0);
      await expect(mark(page, 'policy-lanes', 'item-qwen-7b')).toHaveCount(0);
    },
    'first-open': async (page) => {
      await expect(mark(page, 'policy-lanes', 'item-qwen-7b')).toHaveClass(/is-open/);
      await expect(mark(page, 'policy-lanes', 'link-bis-rule-2022-10-07-qwen-7b')).toHaveCount(1);
      await expect(mark(page, 'policy-lanes', 'label-deepseek-v2')).toHaveCount(1);
    },
    'cut-off': async (page) => {
      await expect(mark(page, 'policy-lanes', 'item-openai-api-cutoff-2024-07-09')).toHaveClass(/is-highlighted/);
      // The link runs from OpenAI's warning, not from the later cut-off, so it never points back in time.
      await expect(mark(page, 'policy-lanes', 'link-openai-api-warning-2024-06-25-cn-labs-migration-offers-2024-06')).toHaveCount(1);
      await expect(mark(page, 'policy-lanes', 'link-openai-api-cutoff-2024-07-09-cn-labs-migration-offers-2024-06')).toHaveCount(0);
      await expect(mark(page, 'policy-lanes', 'link-bis-rule-2022-10-07-qwen-7b')).toHaveCount(0);
      await expect(mark(page, 'policy-lanes', 'label-cn-labs-migration-offers-2024-06')).toHaveCount(1);
    },
    deepseek: async (page) => {
      await expect(mark(page, 'policy-lanes', 'label-deepseek-r1')).toHaveCount(1);
      await expect(mark(page, 'policy-lanes', 'item-bis-diffusion-rule-2025-01-13')).toHaveCount(1);
      await expect(page.locator('[data-scrolly="policy-lanes"] .scrolly__svg:visible .followed-by')).toHaveCount(0);
    },
    wave: async (page) => {
      await expect(mark(page, 'policy-lanes', 'label-kimi-k2')).toHaveCount(1);
      await expect(mark(page, 'policy-lanes', 'item-h20-licence-2025-04-09')).toHaveClass(/is-highlighted/);
      await expect(mark(page, 'policy-lanes', 'item-deepseek-r1')).toHaveClass(/is-muted/);
      await expect(mark(page, 'policy-lanes', 'item-bis-diffusion-rescinded-2025-05-13')).toHaveCount(0);
    },
    easing: async (page) => {
      // The easing measures of 2025 are drawn, not only the tightening ones.
      await expect(mark(page, 'policy-lanes', 'item-bis-diffusion-rescinded-2025-05-13')).toHaveClass(/is-highlighted/);
      await expect(mark(page, 'policy-lanes', 'item-h20-sales-resume-2025-07-14')).toHaveClass(/is-highlighted/);
      await expect(mark(page, 'policy-lanes', 'label-cn-global-ai-governance-action-plan-2025-07-26')).toHaveCount(1);
      // The story after August 2025 is not drawn yet.
      await expect(mark(page, 'policy-lanes', 'item-cn-ai-plus-opinions-2025-08-26')).toHaveCount(0);
    },
    'new-plans': async (page) => {
      // The axis has moved past August 2025: the earlier releases have left, China's new rules are labelled.
      await expect(mark(page, 'policy-lanes', 'item-kimi-k2')).toHaveCount(0);
      await expect(mark(page, 'policy-lanes', 'label-cn-ai-plus-opinions-2025-08-26')).toHaveCount(1);
      await expect(mark(page, 'policy-lanes', 'label-cn-cybersecurity-law-ai-2025-10-28')).toHaveCount(1);
      await expect(mark(page, 'policy-lanes', 'item-cn-government-work-report-2026-03-05')).toHaveCount(0);
    },
    claim: async (page) => {
      await expect(mark(page, 'policy-lanes', 'label-cn-government-work-report-2026-03-05')).toHaveCount(1);
      await expect(mark(page, 'policy-lanes', 'label-cn-ai-plus-manufacturing-2026-01-07')).toHaveCount(1);
      await expect(mark(page, 'policy-lanes', 'item-cn-ai-plus-opinions-2025-08-26')).toHaveClass(/is-muted/);
      await expect(mark(page, 'policy-lanes', 'item-deepseek-v4')).toHaveCount(0);
    },
    'after-2025': async (page) => {
      // Both capitals on chips: Beijing's two limits are labelled beside Washington's easing.
      await expect(mark(page, 'policy-lanes', 'label-china-state-datacentres-domestic-chips-2025-11')).toHaveCount(1);
      await expect(mark(page, 'policy-lanes', 'label-china-customs-h200-block-2026-01-14')).toHaveCount(1);
      await expect(mark(page, 'policy-lanes', 'item-china-customs-h200-block-2026-01-14')).toHaveClass(/shape-policy/);
      await expect(mark(page, 'policy-lanes', 'item-bis-h200-case-by-case-2026-01-15')).toHaveClass(/shape-easing/);
      await expect(mark(page, 'policy-lanes', 'item-bis-h200-case-by-case-2026-01-15')).toHaveClass(/is-highlighted/);
      await expect(mark(page, 'policy-lanes', 'label-cn-government-work-report-2026-03-05')).toHaveCount(0);
      // The releases of 2026 come in the next step.
      await expect(mark(page, 'policy-lanes', 'item-deepseek-v4')).toHaveCount(0);
    },
    'releases-2026': async (page) => {
      await expect(mark(page, 'policy-lanes', 'item-deepseek-v4')).toHaveClass(/is-open/);
      await expect(mark(page, 'policy-lanes', 'label-deepseek-v4')).toHaveCount(1);
      await expect(mark(page, 'policy-lanes', 'item-china-customs-h200-block-2026-01-14')).toHaveClass(/is-muted/);
      await expect(mark(page, 'policy-lanes', 'label-china-customs-h200-block-2026-01-14')).toHaveCount(0);
      await expect(page.locator('[data-scrolly="policy-lanes"] .scrolly__svg:visible .followed-by')).toHaveCount(0);
    },
  },
};

const GAPS: CheckedSequence = {
  id: 'quality-gap',
  steps: {
    'gap-2023': async (page) => {
      await expect(mark(page, 'quality-gap', 'before-MMLU')).toHaveAttribute('opacity', '1');
      await expect(mark(page, 'quality-gap', 'after-MMLU')).toHaveAttribute('opacity', '0');
      await expect(mark(page, 'quality-gap', 'before-arena')).toHaveAttribute('opacity', '0');
    },
    'gap-2024': async (page) => {
      await expect(mark(page, 'quality-gap', 'after-MMLU')).toHaveAttribute('opacity', '1');
      await expect(mark(page, 'quality-gap', 'after-value-HumanEval')).toHaveAttribute('opacity', '1');
      await expect(mark(page, 'quality-gap', 'before-arena')).toHaveAttribute('opacity', '0');
    },
    'arena-gap': async (page) => {
      await expect(mark(page, 'quality-gap', 'before-arena')).toHaveAttribute('opacity', '1');
      await expect(mark(page, 'quality-gap', 'after-arena')).toHaveAttribute('opacity', '1');
      await expect(mark(page, 'quality-gap', 'after-value-arena')).toHaveText(/%$/);
    },
    'what-remains': async (page) => {
      await expect(mark(page, 'quality-gap', 'after-MMMU')).toHaveClass(/is-highlighted/);
      await expect(mark(page, 'quality-gap', 'after-MMLU')).toHaveClass(/is-muted/);
      await expect(mark(page, 'quality-gap', 'after-arena-latest')).toHaveAttribute('opacity', '0');
    },
    'gap-2026': async (page) => {
      // The 2026 report's reading is a second Arena row, kept apart from the 2025 report's.
      await expect(mark(page, 'quality-gap', 'before-arena-latest')).toHaveAttribute('opacity', '1');
      await expect(mark(page, 'quality-gap', 'after-arena-latest')).toHaveAttribute('opacity', '1');
      await expect(mark(page, 'quality-gap', 'after-value-arena-latest')).toHaveText(/%$/);
      await expect(mark(page, 'quality-gap', 'row-label-arena-latest')).toHaveText(/2026/);
      await expect(mark(page, 'quality-gap', 'row-label-arena')).toHaveText(/2025/);
      await expect(mark(page, 'quality-gap', 'after-MMLU')).toHaveClass(/is-muted/);
    },
  },
};

deepLinkTests(CHAPTER, [GAPS, LANES].map(fromChecks));
wheelWalkTest(CHAPTER, fromChecks(LANES));

test('motivations: the gap dumbbells are the main sequence, before the timeline', async ({ page }) => {
  await page.goto(CHAPTER);
  const order = await page.locator('[data-scrolly]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-scrolly')));
  expect(order).toEqual([GAPS.id, LANES.id]);
});
