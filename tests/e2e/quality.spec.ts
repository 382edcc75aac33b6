/**
 * Quality gates that need a browser (the "quality" project): accessibility in three viewports and
 * two colour schemes, targets big enough to hit at every width, console and network isolation, and
 * readable pages without JavaScript. Facts of the built files (valid HTML, links, CSP, the
 * JavaScript budget, language of parts...) are checked without a browser in tests/dist.
 *
 * Axe runs once per template per width: pages of one template share their components, so
 * `npm test` visits a sample (AXE_SAMPLE below) and `npm run test:gates` (E2E_AXE=all) every page.
 */
import { expect, test } from '@playwright/test';
import { builtPages } from '../quality/dist';
import { axeViolations, COLOUR_RULES, watchPage } from '../quality/pageWatch';
import { MIN_TARGET_PX, smallTargetsInPage } from '../quality/targetSize';
import { CHAPTER_SLUGS } from './helpers';

const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  tablet: { width: 820, height: 1180 },
  desktop: { width: 1280, height: 800 },
} as const;
type ViewportName = keyof typeof VIEWPORTS;
/** The narrowest phone in common use: targets are checked here too, on the phone test's page. */
const SMALL_PHONE = { width: 360, height: 800 };

/**
 * Every page in every viewport it is checked in: story pages (the cover and the chapters) in all
 * three, the other pages on a phone and on a desktop.
 */
const isStoryPage = (path: string) => path === '/' || path.startsWith('/chapters/');
const FULL_MATRIX = builtPages().flatMap((path) => (Object.keys(VIEWPORTS) as ViewportName[]).filter((name) => isStoryPage(path) || name !== 'tablet').map((name) => [path, name] as const));

/**
 * One of each template at each width it has: the cover and every chapter on a phone and a desktop
 * (their charts and text differ), the cover and one chapter on a tablet, one embed and one teacher
 * guide on a phone and a desktop, and the other pages, one of a kind each, on a desktop.
 */
const SAMPLE_CHAPTER = '/chapters/chips/';
function inSample(path: string, viewport: ViewportName): boolean {
  if (viewport === 'tablet') return path === '/' || path === SAMPLE_CHAPTER;
  if (isStoryPage(path)) return true;
  if (path.startsWith('/embed/')) return path === '/embed/chip-thresholds/';
  if (/^\/teach\/[^/]+\/$/.test(path)) return path === '/teach/chips/';
  return viewport === 'desktop';
}
const AXE_VISITS = process.env.E2E_AXE === 'all' ? FULL_MATRIX : FULL_MATRIX.filter(([path, viewport]) => inSample(path, viewport));

for (const [path, viewportName] of AXE_VISITS) {
  const viewport = VIEWPORTS[viewportName];
  test(`${path} (${viewportName}${viewportName === 'phone' ? ` and ${SMALL_PHONE.width} px` : ''}, light and dark): no accessibility violations, small targets, console messages or outside requests`, async ({ browser }) => {
    // Two axe runs over a long chapter take 10-15 s on a quiet 2-CPU machine (the phone test adds a
    // third, narrowed); leave room for a busy one.
    test.setTimeout(viewportName === 'phone' ? 90_000 : 60_000);
    const context = await browser.newContext({ viewport, isMobile: viewportName === 'phone', hasTouch: viewportName !== 'desktop' });
    const page = await context.newPage();
    const watcher = watchPage(page);
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await axeViolations(page), 'light scheme').toEqual([]);
    // axe leaves out targets inline in text (a citation number, a glossary button): they are measured too.
    expect(await page.evaluate(smallTargetsInPage, MIN_TARGET_PX), 'targets').toEqual([]);
    // The dark scheme only recolours: the rules that depend on colour, again.
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, { rules: COLOUR_RULES }), 'dark scheme').toEqual([]);
    if (viewportName === 'phone') {
      // Targets again on the narrowest phone, where lines wrap most: the same page, narrowed.
      await page.setViewportSize(SMALL_PHONE);
      expect(await axeViolations(page, { rules: ['target-size'] }), `${SMALL_PHONE.width} px`).toEqual([]);
      expect(await page.evaluate(smallTargetsInPage, MIN_TARGET_PX), `targets at ${SMALL_PHONE.width} px`).toEqual([]);
    }
    watcher.assertClean();
    await context.close();
  });
}

for (const slug of CHAPTER_SLUGS) {
  test(`/chapters/${slug}/ without JavaScript shows its full text and its static charts`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.desktop });
    const page = await context.newPage();
    await page.goto(`/chapters/${slug}/`);
    const paragraphs = page.locator('.chapter__body p');
    const count = await paragraphs.count();
    expect(count).toBeGreaterThan(0);
    for (let index = 0; index < count; index++) {
      const paragraph = paragraphs.nth(index);
      if (await paragraph.evaluate((element) => element.closest('.term__popover, .visually-hidden') !== null)) continue;
      await expect(paragraph).toBeVisible();
    }
    const sequences = page.locator('[data-scrolly]');
    for (let index = 0; index < (await sequences.count()); index++) {
      const sequence = sequences.nth(index);
      await expect(sequence.locator('.scrolly__svg:visible svg')).toHaveCount(1);
      expect(await sequence.locator('.scrolly__svg:visible svg [data-key]').count()).toBeGreaterThan(3);
      const steps = sequence.locator('[data-step]');
      for (let step = 0; step < (await steps.count()); step++) await expect(steps.nth(step).locator('.scrolly-step__note')).toBeVisible();
      await expect(sequence.locator('table')).toHaveCount(1);
    }
    await context.close();
  });
}
