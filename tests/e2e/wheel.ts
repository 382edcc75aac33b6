/**
 * Scrolling as a reader does: with the mouse wheel, in notches, until a step's top sits just above
 * the engine's trigger line. One helper for every spec that walks a sequence by wheel.
 */
import type { Page } from '@playwright/test';
import { triggerOffset } from '../../src/scrolly/client/activeStep';
import { NARROW_QUERY } from '../../src/scrolly/client/layoutQueries';
/** How far above the trigger line the step's top should end, and how close counts as there. */
const ABOVE_LINE = 40;
const TOLERANCE = 25;
/** The largest single wheel notch, so a long way is travelled in several events, as a hand does. */
const NOTCH = 350;

async function stepPosition(page: Page, stepId: string) {
  const { narrow, innerHeight, top } = await page.evaluate(
    ({ id, query }) => ({
      narrow: window.matchMedia(query).matches,
      innerHeight: window.innerHeight,
      top: document.getElementById(id)!.getBoundingClientRect().top,
    }),
    { id: stepId, query: NARROW_QUERY },
  );
  return { line: innerHeight * triggerOffset(narrow), top };
}

/**
 * Waits until the page stops moving after a wheel event. Chromium applies wheel scrolls
 * asynchronously; measuring before they land (as a fixed short wait did on a loaded CI machine)
 * sends a second notch on stale numbers and overshoots.
 */
export async function settleScroll(page: Page): Promise<void> {
  let last = await page.evaluate(() => window.scrollY);
  for (let check = 0; check < 40; check++) {
    await page.waitForTimeout(50);
    const now = await page.evaluate(() => window.scrollY);
    if (now === last) return;
    last = now;
  }
}

export async function wheelToStep(page: Page, stepId: string): Promise<void> {
  for (let attempt = 0; attempt < 80; attempt++) {
    const { line, top } = await stepPosition(page, stepId);
    const delta = top - (line - ABOVE_LINE);
    if (Math.abs(delta) < TOLERANCE) return;
    await page.mouse.wheel(0, Math.sign(delta) * Math.min(Math.abs(delta), NOTCH));
    await settleScroll(page);
  }
  const { line, top } = await stepPosition(page, stepId);
  throw new Error(`Could not wheel #${stepId} to the trigger line: its top is at ${Math.round(top)} px, the line at ${Math.round(line)} px`);
}
