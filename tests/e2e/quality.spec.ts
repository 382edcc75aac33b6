/**
 * Quality gates over every built page (the "quality" project): accessibility in three viewports
 * and two colour schemes, targets big enough to hit at every width, console and network
 * isolation, valid HTML, resolving links, a strict CSP, the JavaScript budget, CSS and scripts the
 * oldest supported Safari reads, readable pages without JavaScript, and no corrected words back.
 */
import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { builtPages, DIST, fileForUrlPath, readPage } from '../quality/dist';
import { checkLinks } from '../quality/links';
import { checkChartStates } from '../quality/chartStates';
import { validateHtml } from '../quality/htmlValidity';
import { cspProblems } from '../quality/csp';
import { unmarkedChinese } from '../quality/languageOfParts';
import { chartCodeIn, JS_BUDGET_GZ, NO_CHART_BUDGET_GZ, pageHasCharts, pageScripts, totalGz } from '../quality/jsBudget';
import { axeViolations, COLOUR_RULES, watchPage } from '../quality/pageWatch';
import { findOldWords, formatOldWords } from '../quality/oldWords';
import { MIN_TARGET_PX, smallTargetsInPage } from '../quality/targetSize';
import { builtAssets, oldSafariCssProblems, oldSafariScriptProblems } from '../quality/oldSafari';
import { readCorrectionFiles } from '../../src/data/readCorrections';
import { formatProblem } from '../../src/data/validate';
import { parseCorrections } from '../../src/data/validateCorrections';
import { CHAPTER_SLUGS } from './helpers';

const pages = builtPages();
const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  tablet: { width: 820, height: 1180 },
  desktop: { width: 1280, height: 800 },
} as const;
/** The narrowest phone in common use: targets are checked here too, on the phone test's page. */
const SMALL_PHONE = { width: 360, height: 800 };

/**
 * Story pages (the cover and the chapters) are checked in every viewport; the other pages share
 * their components and are checked on a phone and on a desktop. Each test checks both schemes.
 */
const isStoryPage = (path: string) => path === '/' || path.startsWith('/chapters/');

for (const path of pages) {
  for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
    if (!isStoryPage(path) && viewportName === 'tablet') continue;
    test(`${path} (${viewportName}${viewportName === 'phone' ? ` and ${SMALL_PHONE.width} px` : ''}, light and dark): no accessibility violations, small targets, console messages or outside requests`, async ({ browser }) => {
      // Two axe runs over a long chapter take 10-15 s on a quiet 2-CPU machine (the phone test adds a
      // third, narrowed); leave room for a busy one.
      test.setTimeout(viewportName === 'phone' ? 90_000 : 60_000);
      const context = await browser.newContext({ viewport, isMobile: viewportName === 'phone', hasTouch: viewportName !== 'desktop' });
      const page = await context.newPage();
      const watcher = watchPage(page);
      await page.goto(path, { waitUntil: 'networkidle' });
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
}

test('every internal link and fragment resolves, and external links are well-formed https', () => {
  expect(checkLinks(DIST)).toEqual([]);
});

test('no words a correction removed are on the built site again (pages and downloads; the corrections log quotes them)', () => {
  const { entries, problems } = parseCorrections(readCorrectionFiles(fileURLToPath(new URL('../..', import.meta.url))));
  expect(problems.map(formatProblem)).toEqual([]);
  expect(findOldWords(DIST, entries.map(({ entry }) => entry)).map(formatOldWords)).toEqual([]);
});

test("every chart's states file is built and holds the steps its page shows, in both shapes", () => {
  expect(checkChartStates(DIST)).toEqual([]);
});

test('the built CSS and scripts hold nothing Safari 15.4 cannot read (media range syntax, color-mix() unguarded, nesting, newer script features)', () => {
  const { css, scripts } = builtAssets(DIST);
  expect(css.size).toBeGreaterThan(0);
  expect(scripts.size).toBeGreaterThan(0);
  const problems = [
    ...[...css].flatMap(([file, text]) => oldSafariCssProblems(text).map((problem) => `${file}: ${problem}`)),
    ...[...scripts].flatMap(([file, text]) => oldSafariScriptProblems(text).map((problem) => `${file}: ${problem}`)),
  ];
  expect(problems).toEqual([]);
});

test('no page embeds a frame (the accessibility check does not look inside frames)', () => {
  const framed = pages.filter((path) => /<(iframe|frame|object|embed)[\s>]/i.test(readPage(DIST, path)));
  expect(framed).toEqual([]);
});

test('every page is valid HTML (Nu HTML Checker)', () => {
  test.setTimeout(120_000);
  const files = pages.map((path) => fileForUrlPath(DIST, path)!);
  expect(validateHtml(files)).toEqual([]);
});

for (const path of pages) {
  test(`${path} carries a strict Content-Security-Policy and no inline handlers`, () => {
    expect(cspProblems(readPage(DIST, path))).toEqual([]);
  });
}

test('every page marks its Chinese text as Chinese (language of parts)', () => {
  const problems = pages.flatMap((path) => unmarkedChinese(readPage(DIST, path)).map((problem) => `${path}: ${problem}`));
  expect(problems).toEqual([]);
});

for (const path of pages) {
  const isChapter = path.startsWith('/chapters/');
  test(`${path} loads ${isChapter ? `at most ${JS_BUDGET_GZ / 1024} KB of gzipped JavaScript` : 'no JavaScript beyond what it needs'}`, () => {
    const scripts = pageScripts(DIST, path);
    const html = readPage(DIST, path);
    const hasCharts = pageHasCharts(html);
    if (isChapter || hasCharts) expect(totalGz(scripts), scripts.map((script) => `${script.file}: ${script.gz}`).join(', ')).toBeLessThanOrEqual(JS_BUDGET_GZ);
    // Pages without charts ship no chart client.
    if (!hasCharts) {
      expect(chartCodeIn(DIST, scripts)).toEqual([]);
      expect(totalGz(scripts)).toBeLessThanOrEqual(NO_CHART_BUDGET_GZ);
    }
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
