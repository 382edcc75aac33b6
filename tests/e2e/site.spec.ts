/**
 * The site as a whole, in the browser: an unknown address gets the 404 page, chapters chain in
 * order, the cover's chart works without JavaScript, and a citation mark and its note lead to each
 * other. Each page's parts, citations and characters are checked in the built files
 * (tests/dist/pages.test.ts, links.test.ts); console errors on the axe visits (quality.spec.ts).
 */
import { expect, test } from '@playwright/test';
import { CHAPTER_SLUGS } from './helpers';

test('an unknown address gets the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
});

test('the chapter links lead through all seven chapters in order', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /Start reading/ }).click();
  const visited: string[] = [];
  let left = '/';
  for (;;) {
    // The new page, parsed to its end (the link to the next chapter comes last), before counting links.
    await page.waitForURL((url) => url.pathname !== left);
    await page.waitForLoadState('domcontentloaded');
    left = new URL(page.url()).pathname;
    visited.push(left);
    const next = page.locator('a[rel="next"]');
    if ((await next.count()) === 0) break;
    // By the keyboard, as a reader tabbing to the link does: a click aims at where the link is, and
    // on a loaded machine the notes above it, drawn as the page scrolled there, moved it first
    // (one CI run in many missed the link and waited out the test).
    await next.focus();
    await page.keyboard.press('Enter');
  }
  expect(visited).toEqual(CHAPTER_SLUGS.map((slug) => `/chapters/${slug}/`));
  // And back again from the last one.
  await page.locator('a[rel="prev"]').click();
  await expect(page).toHaveURL(/\/chapters\/talent\/$/);
});

// The cover's picture is a step of a chapter's chart, drawn at build time (content/cover.mdx).
test("the cover's chart is drawn without JavaScript, and leads to its step and to its data table", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto('/');
  const figure = page.locator('.cover-figure');
  const chart = figure.locator('.scrolly__svg:visible svg[role="img"]');
  await expect(chart).toHaveCount(1);
  await expect(chart.locator('rect').first()).toBeAttached();
  // Named by its title and described by the state it shows.
  expect(await chart.evaluate((svg) => svg.getAttribute('aria-labelledby')!.split(' ').map((id) => document.getElementById(id)?.textContent?.trim() ?? ''))).toEqual([
    expect.stringMatching(/\w/),
    expect.stringMatching(/\w.{20}/),
  ]);
  const [stepLink, tableLink] = await figure.locator('.cover-figure__links a').all();
  const step = new URL((await stepLink!.getAttribute('href'))!, page.url()).hash.slice(1);
  await stepLink!.click();
  await expect(page.locator(`[id="${step}"][data-step]`)).toBeAttached();
  await page.goBack();
  await tableLink!.click();
  const table = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`table[id="${table}"] tbody tr`).first()).toBeAttached();
  await context.close();
});

test('a citation mark jumps to its note and the note leads back to the text', async ({ page }) => {
  await page.goto('/chapters/chips/');
  const first = page.locator('sup.cite a').first();
  const href = await first.getAttribute('href');
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator(`${href}`)).toBeInViewport();
  await page.locator(`${href} a.chapter-sources__back`).click();
  await expect(page.locator('sup.cite a').first()).toBeInViewport();
});
