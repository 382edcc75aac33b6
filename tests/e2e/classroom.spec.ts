/** The classroom kit: print handouts and presentation mode (guides and quizzes: see chapter specs). */
import { expect, test } from '@playwright/test';

const CHAPTER = '/chapters/chips/';
const SEQUENCE = '[data-scrolly="chip-thresholds"]';

test.describe('print', () => {
  test('printing a chapter hides navigation and controls and shows one figure per step', async ({ page }) => {
    await page.goto(CHAPTER);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.chapter-pagination', '.scrolly__controls', 'button[data-print]']) {
      await expect(page.locator(selector).first(), selector).toBeHidden();
    }
    const steps = page.locator(`${SEQUENCE} [data-step]`);
    const count = await steps.count();
    for (let index = 0; index < count; index++) {
      const step = steps.nth(index);
      const id = await step.getAttribute('data-step');
      await expect(step.locator('.scrolly-step__figure svg'), `figure for ${id}`).toBeVisible();
      await expect(step.locator('.scrolly-step__figure svg [data-key]').first()).toBeAttached();
      await expect(step.locator('p').first()).toBeVisible();
    }
    // The figures show each step's own state, not the live chart's.
    await expect(page.locator(`${SEQUENCE} [data-step-figure="oct-2022"] [data-key="rule-line-bis-rule-2022-10-07"]`)).toHaveCount(1);
    await expect(page.locator(`${SEQUENCE} [data-step-figure="before-rules"] [data-key="rule-line-bis-rule-2022-10-07"]`)).toHaveCount(0);
    await expect(page.locator(`${SEQUENCE} .scrolly__svg`).first()).toBeHidden();
    // Sources are printed with their addresses.
    await expect(page.locator('.chapter-sources .source-citation__url').first()).toBeVisible();
  });

  test('the print button opens the print dialog', async ({ page }) => {
    await page.goto(CHAPTER);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await page.locator('button[data-print]').click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });

  test('a printed chapter is a real PDF of several pages', async ({ page, browserName }, testInfo) => {
    test.skip(browserName !== 'chromium' || testInfo.project.name !== 'desktop');
    await page.goto(CHAPTER);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(2);
  });
});

test.describe('presentation mode', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('keys step forward and back, the URL follows, and Escape leaves at the same step', async ({ page }) => {
    await page.goto(CHAPTER);
    await page.locator('button[data-present-start]').click();
    await expect(page.locator('html')).toHaveClass(/is-presenting/);
    await expect(page.locator(SEQUENCE)).toHaveClass(/is-presented/);
    await expect(page).toHaveURL(/\?present#before-rules$/);
    for (const [key, step] of [
      ['ArrowRight', 'oct-2022'],
      ['PageDown', 'a800-h800'],
      [' ', 'oct-2023'],
      ['ArrowLeft', 'a800-h800'],
      ['PageUp', 'oct-2022'],
    ] as const) {
      await page.keyboard.press(key);
      await expect(page).toHaveURL(new RegExp(`\\?present#${step}$`));
      await expect(page.locator(`${SEQUENCE} [data-graphic]`)).toHaveAttribute('data-state', step);
    }
    // The step's text is the caption, in large type, and a counter shows where the class is.
    await expect(page.locator(`${SEQUENCE} [data-present-caption]`)).toContainText('the US Commerce Department set its first test');
    await expect(page.locator(`${SEQUENCE} [data-step-counter]`)).toHaveText('Step 2 of 7');
    const captionSize = await page.locator(`${SEQUENCE} [data-present-caption]`).evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(captionSize).toBeGreaterThanOrEqual(24);
    await page.keyboard.press('Escape');
    await expect(page.locator('html')).not.toHaveClass(/is-presenting/);
    await expect(page).toHaveURL(/\/chapters\/chips\/#oct-2022$/);
    await expect(page.locator('#oct-2022')).toBeInViewport();
  });

  test('?present in the URL restores presentation at that step', async ({ page }) => {
    await page.goto(`${CHAPTER}?present#h20`);
    await expect(page.locator('html')).toHaveClass(/is-presenting/);
    await expect(page.locator(`${SEQUENCE} [data-graphic]`)).toHaveAttribute('data-state', 'h20');
    await expect(page.locator(`${SEQUENCE} [data-present-caption]`)).toContainText('H20');
    await expect(page.locator(`${SEQUENCE} .scrolly__svg:visible [data-key="chip-nvidia-h20"]`)).toHaveClass(/is-allowed/);
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(`${SEQUENCE} .scrolly__svg:visible [data-key="chip-nvidia-h20"]`)).toHaveClass(/is-controlled/);
  });
});
