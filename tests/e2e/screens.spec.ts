/**
 * Small, rotated and zoomed screens (issue 19): on every step of every chapter, reached by its link
 * and by scrolling, the active card never hides a mark of the chart it talks about, the chart's
 * text is drawn at 11 px or more, a card of up to 70 words shows whole on common phones, and no
 * page scrolls sideways. Runs in the "quality" project: each test sets its own screen.
 */
import { expect, test, type Browser } from '@playwright/test';
import { CHAPTER_SLUGS } from './helpers';
import { KEY_FOLDED_QUERY, matchesQuery, triggerShare } from './layout';
import { measureSteps, type Arrival, type StepFit } from './screenFit';
import { chapterSteps } from './sequenceSteps';

interface Screen {
  name: string;
  width: number;
  height: number;
  /** A phone or tablet (touch, and the page may be zoomed out to fit). */
  touch: boolean;
  /** Chart text must be drawn at 11 px or more (not at 200% or 400% zoom, where a CSS px is already 2 or 4 screen px). */
  readableText: boolean;
  /** A card of up to 70 words must show whole, below the chart, when its step is reached by its link. */
  longCardsFit: boolean;
  /**
   * How steps are reached. Every screen follows links; scrolling is walked where the cards move
   * across the chart's screen (the phone layouts), since a card at rest beside the chart is the
   * same however it got there.
   */
  arrivals: Arrival[];
}

const SCREENS: Screen[] = [
  { name: 'small phone', width: 360, height: 640, touch: true, readableText: true, longCardsFit: false, arrivals: ['link', 'scroll'] },
  { name: 'phone', width: 390, height: 844, touch: true, readableText: true, longCardsFit: true, arrivals: ['link', 'scroll'] },
  { name: 'large phone', width: 412, height: 915, touch: true, readableText: true, longCardsFit: true, arrivals: ['link'] },
  { name: 'phone turned sideways', width: 844, height: 390, touch: true, readableText: true, longCardsFit: false, arrivals: ['link', 'scroll'] },
  { name: 'small phone turned sideways', width: 740, height: 360, touch: true, readableText: true, longCardsFit: false, arrivals: ['link'] },
  { name: 'small laptop', width: 1024, height: 600, touch: false, readableText: true, longCardsFit: false, arrivals: ['link'] },
  { name: 'laptop at 200% zoom', width: 640, height: 400, touch: false, readableText: false, longCardsFit: false, arrivals: ['link'] },
  { name: 'laptop at 400% zoom', width: 320, height: 200, touch: false, readableText: false, longCardsFit: false, arrivals: ['link'] },
];

const LONG_CARD_WORDS = 70;
const SMALLEST_TEXT_PX = 11;

/** One page load per chapter and screen: the arrivals walk the steps one after the other. */
async function measureChapter(browser: Browser, screen: Screen, slug: string): Promise<StepFit[]> {
  const context = await browser.newContext({
    viewport: { width: screen.width, height: screen.height },
    isMobile: screen.touch && screen.width < screen.height,
    hasTouch: screen.touch,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.goto(`/chapters/${slug}/`, { waitUntil: 'domcontentloaded' });
  const stepIds = chapterSteps(slug).map((step) => step.id);
  const share = await triggerShare(page);
  const fits: StepFit[] = [];
  for (const arrival of screen.arrivals) fits.push(...(await page.evaluate(measureSteps, { stepIds, arrival, triggerShare: share })));
  await context.close();
  return fits;
}

for (const screen of SCREENS) {
  test.describe(`${screen.name} (${screen.width} x ${screen.height})`, () => {
    for (const slug of CHAPTER_SLUGS) {
      test(`${slug}: every step, reached by ${screen.arrivals.join(' and by ')}, leaves its chart's marks uncovered and readable`, async ({ browser }) => {
        test.setTimeout(90_000);
        const problems: string[] = [];
        for (const fit of await measureChapter(browser, screen, slug)) {
          const at = `${fit.step} (${fit.at})`;
          if (fit.covered.length > 0) problems.push(`${at}: the card covers ${fit.covered.length} marks (${fit.covered.slice(0, 4).join(', ')}...)`);
          if (fit.overflow > 0) problems.push(`${at}: the page is ${fit.overflow} px wider than the screen`);
          if (screen.readableText && fit.smallestText < SMALLEST_TEXT_PX) problems.push(`${at}: chart text drawn at ${fit.smallestText} px`);
          if (fit.at === 'link' && screen.longCardsFit && fit.words <= LONG_CARD_WORDS && fit.cardShown < 0.99) {
            problems.push(`${at}: a ${fit.words}-word card shows only ${Math.round(fit.cardShown * 100)}%`);
          }
        }
        expect(problems).toEqual([]);
      });
    }
  });
}

test.describe('the chart key on small screens', () => {
  for (const screen of SCREENS.filter((each) => ['phone', 'phone turned sideways', 'small laptop'].includes(each.name))) {
    test(`${screen.name}: folded behind its button where the screen is small, open beside the chart elsewhere`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: screen.width, height: screen.height }, hasTouch: screen.touch });
      const page = await context.newPage();
      await page.goto('/chapters/chips/#oct-2022');
      const sequence = page.locator('#chip-thresholds');
      await expect(sequence).toHaveAttribute('data-active-step', 'oct-2022');
      const key = sequence.locator('details[data-scrolly-key]');
      const legend = key.locator('.chart-legend');
      const folded = await matchesQuery(page, KEY_FOLDED_QUERY);
      if (!folded) {
        await expect(legend).toBeVisible();
        await expect(key.locator('summary')).toBeHidden();
        await context.close();
        return;
      }
      await expect(legend).toBeHidden();
      const drawing = sequence.locator('.scrolly__svg:visible svg');
      const before = await drawing.boundingBox();
      await key.locator('summary').click();
      await expect(legend).toBeVisible();
      // Opened, it lies over the drawing: nothing moves.
      expect(await drawing.boundingBox()).toEqual(before);
      await key.locator('summary').click();
      await expect(legend).toBeHidden();
      await context.close();
    });
  }
});
