/**
 * Linking and sharing in the browser: step links copy a URL that restores the step (or show it to
 * copy by hand), and ?step= opens an embed at that step. What the built files hold (preview tags,
 * sitemap, embed pages and codes, downloads, "Cite this chapter") is checked in tests/dist.
 */
import { expect, test } from '@playwright/test';

test('"Link to this step" copies a URL that restores the step', async ({ page, context, browserName }) => {
  test.skip(browserName !== 'chromium');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/chapters/chips/#oct-2023');
  const link = page.locator('#oct-2023 a[data-copy-link]');
  await link.click();
  await expect(page.locator('#oct-2023 [data-copy-status]')).toHaveText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\/chapters\/chips\/#oct-2023$/);
  const fresh = await context.newPage();
  await fresh.goto(new URL(copied).pathname + new URL(copied).hash);
  await expect(fresh.locator('[data-scrolly="chip-thresholds"]')).toHaveAttribute('data-active-step', 'oct-2023');
  await expect(fresh.locator('[data-scrolly="chip-thresholds"] [data-graphic]')).toHaveAttribute('data-shown-step', 'oct-2023');
});

test('where copying is refused, the step link shows its URL selected to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
  });
  await page.goto('/chapters/chips/#h20');
  await page.locator('#h20 a[data-copy-link]').click();
  const field = page.locator('#h20 input[data-copy-fallback]');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(/\/chapters\/chips\/#h20$/);
});

test.describe('embeds', () => {
  test('?step= opens an embed at that step', async ({ page }) => {
    await page.goto('/embed/chip-thresholds/?step=apr-2025');
    await expect(page.locator('figure[data-embed]')).toHaveAttribute('data-shown-step', 'apr-2025');
    await expect(page.locator('figure[data-embed] .scrolly__svg:visible [data-key="chip-nvidia-h20"]')).toHaveClass(/is-controlled/);
  });
});
