/**
 * The Introduction's sequence: each step, opened by its deep link, must show its own chart state
 * (asserted on the marks in the visible SVG), and real wheel scrolling walks through every step.
 */
import { expect, test, type Page } from '@playwright/test';
import { watchPage } from './helpers';

const CHAPTER = '/chapters/introduction/';
const SEQUENCE = '[data-scrolly="notable-models"]';
const STEPS = ['all-models', 'open-part', 'open-only', 'share-2024', 'early-2025'];

const mark = (page: Page, key: string) => page.locator(`${SEQUENCE} .scrolly__svg:visible [data-key="${key}"]`);

/** What the chart must show at each step. */
const CHECKS: Record<string, (page: Page) => Promise<void>> = {
  'all-models': async (page) => {
    await expect(mark(page, 'bar-rest-us-2023')).toHaveClass(/is-total/);
    await expect(mark(page, 'bar-rest-cn-2024')).toHaveClass(/is-total/);
    await expect(mark(page, 'bar-open-us-2025')).toHaveCount(0);
    await expect(page.locator(`${SEQUENCE} .scrolly__svg:visible .bar-value`)).toHaveCount(0);
  },
  'open-part': async (page) => {
    await expect(mark(page, 'bar-open-us-2019')).toHaveClass(/is-open/);
    await expect(mark(page, 'bar-rest-us-2019')).toHaveClass(/is-closed/);
    await expect(mark(page, 'bar-rest-cn-2024')).not.toHaveClass(/is-total/);
  },
  'open-only': async (page) => {
    await expect(mark(page, 'bar-rest-us-2023')).toHaveAttribute('opacity', '0');
    await expect(mark(page, 'value-us-2023')).toHaveText(/^\d+$/);
    await expect(mark(page, 'value-cn-2024')).toHaveText(/^\d+$/);
    await expect(mark(page, 'bar-open-us-2019')).toHaveClass(/is-muted/);
    await expect(mark(page, 'y-title')).toContainText(/open/i);
  },
  'share-2024': async (page) => {
    await expect(mark(page, 'value-cn-2024')).toHaveText(/^\d+%$/);
    await expect(mark(page, 'value-us-2023')).toHaveCount(0);
    await expect(mark(page, 'bar-rest-us-2023')).toHaveAttribute('opacity', '1');
    await expect(mark(page, 'y-label-1')).toHaveText('100%');
    await expect(mark(page, 'bar-open-cn-2025')).toHaveCount(0);
  },
  'early-2025': async (page) => {
    await expect(mark(page, 'bar-open-cn-2025')).toHaveClass(/is-partial/);
    await expect(mark(page, 'value-cn-2025')).toHaveText(/^\d+%$/);
    await expect(mark(page, 'x-label-2025')).toContainText('*');
    await expect(mark(page, 'x-title')).toContainText('May');
  },
};

async function expectStep(page: Page, stepId: string) {
  await expect(page.locator(SEQUENCE)).toHaveAttribute('data-active-step', stepId);
  await expect(page.locator(`${SEQUENCE} [data-graphic]`)).toHaveAttribute('data-state', stepId);
  await CHECKS[stepId]!(page);
}

/** Where the engine's trigger line is, and each step's top, read from the live layout. */
function stepTops(page: Page) {
  return page.evaluate((steps) => {
    const narrow = window.matchMedia('(max-width: 767.98px)').matches;
    return { line: window.innerHeight * (narrow ? 0.75 : 0.55), tops: steps.map((id) => document.getElementById(id)!.getBoundingClientRect().top) };
  }, STEPS);
}

/** Waits until a wheel scroll has finished moving the page, so the next measurement is not stale. */
async function settle(page: Page) {
  let last = await page.evaluate(() => window.scrollY);
  for (let check = 0; check < 20; check++) {
    await page.waitForTimeout(50);
    const now = await page.evaluate(() => window.scrollY);
    if (now === last) return;
    last = now;
  }
}

async function wheelToStep(page: Page, stepId: string) {
  for (let attempt = 0; attempt < 80; attempt++) {
    const { line, tops } = await stepTops(page);
    const delta = tops[STEPS.indexOf(stepId)]! - (line - 40);
    if (Math.abs(delta) < 25) break;
    await page.mouse.wheel(0, Math.sign(delta) * Math.min(Math.abs(delta), 350));
    await settle(page);
  }
}

test.describe('introduction: notable-models sequence', () => {
  for (const stepId of STEPS) {
    test(`the deep link #${stepId} shows that step's chart`, async ({ page }) => {
      const watcher = watchPage(page);
      await page.goto(`${CHAPTER}#${stepId}`);
      await expectStep(page, stepId);
      watcher.assertClean();
    });
  }

  test('scrolling with the wheel walks through every step, and back', async ({ page }) => {
    const watcher = watchPage(page);
    await page.goto(CHAPTER);
    await page.mouse.move(200, 300);
    for (const stepId of STEPS) {
      await wheelToStep(page, stepId);
      await expectStep(page, stepId);
    }
    for (const stepId of [...STEPS].reverse().slice(1)) {
      await wheelToStep(page, stepId);
      await expectStep(page, stepId);
    }
    watcher.assertClean();
  });

  test('every chapter of the story is linked from the introduction', async ({ page }) => {
    await page.goto(CHAPTER);
    for (const slug of ['motivations', 'ecosystems', 'chips', 'us-response', 'talent', 'conclusion']) {
      // At least once: the closing handover links the first chapter a second time.
      await expect(page.locator(`.chapter__body a[href="/chapters/${slug}/"]`).first()).toBeAttached();
    }
  });
});
