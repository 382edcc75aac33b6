/**
 * The Introduction's sequence: each step, opened by its deep link, must show its own chart state
 * (asserted on the marks in the visible SVG), and real wheel scrolling walks through every step.
 */
import { expect, test } from '@playwright/test';
import { deepLinkTests, wheelWalkTest, type SequenceExpectation } from './sequenceSteps';

const CHAPTER = '/chapters/introduction/';

const NOTABLE_MODELS: SequenceExpectation = {
  id: 'notable-models',
  steps: {
    'all-models': {
      classes: { 'bar-rest-us-2023': /is-total/, 'bar-rest-cn-2024': /is-total/ },
      absent: ['bar-open-us-2025'],
      check: async (page) => {
        await expect(page.locator('[data-scrolly="notable-models"] .scrolly__svg:visible .bar-value')).toHaveCount(0);
      },
    },
    'open-part': {
      classes: { 'bar-open-us-2019': /is-open/, 'bar-rest-us-2019': /is-closed/ },
      notClasses: { 'bar-rest-cn-2024': /is-total/ },
    },
    'open-only': {
      attributes: { 'bar-rest-us-2023': { opacity: '0' } },
      texts: { 'value-us-2023': /^\d+$/, 'value-cn-2024': /^\d+$/, 'y-title': /open/i },
      classes: { 'bar-open-us-2019': /is-muted/ },
    },
    'share-2024': {
      texts: { 'value-cn-2024': /^\d+%$/, 'y-label-1': /^100%$/ },
      absent: ['value-us-2023', 'bar-open-cn-2025'],
      attributes: { 'bar-rest-us-2023': { opacity: '1' } },
    },
    'early-2025': {
      classes: { 'bar-open-cn-2025': /is-partial/ },
      texts: { 'value-cn-2025': /^\d+%$/, 'x-label-2025': '*', 'x-title': 'May' },
    },
  },
};

test.describe('introduction', () => {
  deepLinkTests(CHAPTER, [NOTABLE_MODELS]);
  wheelWalkTest(CHAPTER, NOTABLE_MODELS);

  test('every chapter of the story is linked from the introduction', async ({ page }) => {
    await page.goto(CHAPTER);
    for (const slug of ['motivations', 'ecosystems', 'chips', 'us-response', 'talent', 'conclusion']) {
      // At least once: the closing handover links the first chapter a second time.
      await expect(page.locator(`.chapter__body a[href="/chapters/${slug}/"]`).first()).toBeAttached();
    }
  });
});
