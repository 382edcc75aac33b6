/**
 * Scrolling as a reader does: with the mouse wheel, in notches, until a step's top sits just above
 * the engine's trigger line. One helper for every spec that walks a sequence by wheel.
 */
import type { Page } from '@playwright/test';
import { NARROW_QUERY, triggerOffset } from './layout';

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

/**
 * One flick of the wheel per step, where a walk has many steps to cover (the chapter walk,
 * chapterWalk.spec.ts, walks every step of every chapter): Chromium lands a single large wheel scroll in a few frames.
 * The page itself waits for the scroll to start and then hold still for three frames, and reports
 * where the step has come to: one round trip instead of one per 50 ms poll. Falls back to the
 * notched walk if a few flicks fall short.
 */
export async function flickToStep(page: Page, stepId: string): Promise<void> {
  let { line, top } = await stepPosition(page, stepId);
  for (let attempt = 0; attempt < 4; attempt++) {
    const delta = top - (line - ABOVE_LINE);
    if (Math.abs(delta) < TOLERANCE) return;
    const from = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, delta);
    const landed = await page.evaluate(
      ({ id, query, from }) =>
        new Promise<{ narrow: boolean; innerHeight: number; top: number }>((resolve) => {
          const startedAt = performance.now();
          let last = window.scrollY;
          let still = 0;
          const frame = () => {
            const started = window.scrollY !== from || performance.now() - startedAt > 500;
            still = window.scrollY === last ? still + 1 : 0;
            last = window.scrollY;
            if (!started || still < 3) return void requestAnimationFrame(frame);
            resolve({ narrow: window.matchMedia(query).matches, innerHeight: window.innerHeight, top: document.getElementById(id)!.getBoundingClientRect().top });
          };
          requestAnimationFrame(frame);
        }),
      { id: stepId, query: NARROW_QUERY, from },
    );
    line = landed.innerHeight * triggerOffset(landed.narrow);
    top = landed.top;
  }
  await wheelToStep(page, stepId);
}
