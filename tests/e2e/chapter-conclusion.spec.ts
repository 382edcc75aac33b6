/**
 * The conclusion's closing line chart, in the desktop and phone projects: each step's deep link
 * recalls one thread (checked on the marks of the visible SVG), and wheel scrolling walks them.
 */
import { expect, test } from '@playwright/test';
import { deepLinkTests, wheelWalkTest, type SequenceExpectation } from './sequenceSteps';

const CHAPTER = '/chapters/conclusion/';

const CLOSING_THREADS: SequenceExpectation = {
  id: 'closing-threads',
  steps: {
    gaps: {
      // The AI Index's two readings: an arrow between two dots; the series computed for this site: a dashed line.
      present: ['gaps-arrow-us-cn-arena-gap-ai-index', 'gaps-arrow-open-closed-arena-gap-ai-index', 'gaps-line-lmarena-closed-open-gap-run-0', 'y-gaps-label-10'],
      absent: ['scores-line-lmarena-best-open-2024-12-31', 'gaps-line-us-cn-arena-gap-ai-index-run-0'],
      classes: { 'gaps-arrow-us-cn-arena-gap-ai-index': /gap-line--us-china/ },
    },
    models: {
      present: ['scores-line-lmarena-best-open-2024-12-31', 'scores-line-lmarena-best-closed-2025-08-04', 'key-country-us-is-closed'],
      absent: ['gaps-arrow-us-cn-arena-gap-ai-index', 'callout-deepseek-v3-ring'],
      classes: { 'scores-line-lmarena-best-open-2024-08-01': /country-us/, 'scores-line-lmarena-best-open-2024-12-31': /country-cn/, 'scores-line-lmarena-best-closed-2025-08-04': /is-closed/ },
    },
    compute: {
      present: ['callout-deepseek-v3-ring', 'callout-llama-3-1-405b-ring'],
      texts: { 'callout-deepseek-v3-0': 'DeepSeek-V3', 'callout-deepseek-v3-1': /FLOP$/ },
    },
    'us-timing': {
      present: ['scores-line-lmarena-best-us-open-run-0'],
      absent: ['callout-deepseek-v3-ring', 'marker-events-ai-action-plan-2025-07-23'],
      classes: { 'scores-line-lmarena-best-open-run-1': /is-muted/ },
    },
    'washington-turn': {
      present: ['scores-line-lmarena-best-us-open-run-0', 'marker-events-ai-action-plan-2025-07-23', 'marker-events-deepseek-moment-2025-01-27'],
      classes: { 'marker-events-ai-action-plan-2025-07-23': /event-line/ },
    },
    talent: {
      present: ['talent-line-talent-dumbbell-top-tier-working-in-china-run-0', 'talent-line-talent-dumbbell-top-tier-working-in-the-us-2022-12', 'talent-line-talent-dumbbell-top-tier-undergraduate-degree-in-china-run-0'],
      absent: ['marker-events-ai-action-plan-2025-07-23', 'scores-line-lmarena-best-us-open-run-0'],
      classes: { 'talent-line-talent-dumbbell-top-tier-working-in-china-run-0': /country-cn/ },
    },
  },
};

deepLinkTests(CHAPTER, [CLOSING_THREADS]);
wheelWalkTest(CHAPTER, CLOSING_THREADS);

test('the conclusion links to the US response and talent chapters it draws on', async ({ page }) => {
  await page.goto(CHAPTER);
  await expect(page.locator('.chapter__body a[href="/chapters/us-response/"]').first()).toBeVisible();
  await expect(page.locator('.chapter__body a[href="/chapters/talent/"]').first()).toBeAttached();
});

// The fonts lack most superscript digits: an exponent is drawn as raised digits and read as a power.
test('an exponent in the prose is drawn raised and read out as a power', async ({ page }) => {
  await page.goto(`${CHAPTER}#compute`);
  const value = page.locator('#compute .value').first();
  await expect(value).toHaveText('3.4 × 10 to the power of 24 FLOP');
  await expect(value.locator('sup')).toHaveText('24');
  await expect(value.locator('sup')).toBeVisible();
  await expect(value.locator('.visually-hidden')).toHaveCSS('position', 'absolute');
});

