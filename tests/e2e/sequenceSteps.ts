/**
 * Walking a chapter's steps in the browser, for every spec that visits them (chartText, drawingPath,
 * screens, the wheel walks): the steps in reading order, a step reached by its link, and the check
 * that the page shows a step. Every mark of every step is checked without a browser
 * (tests/unit/stepScenes.test.ts); here a mark or two the step names proves the page drew that step.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { sequenceExpectation, type StepExpectation } from '../unit/steps';
import { DIST, watchPage } from './helpers';
import { wheelToStep } from './wheel';

export interface Step {
  sequence: string;
  id: string;
}

/** A chapter's steps in reading order, from the built page (so a test can be declared for each, or open at any). */
export function chapterSteps(slug: string): Step[] {
  const html = readFileSync(join(DIST, 'chapters', slug, 'index.html'), 'utf8');
  const steps: Step[] = [];
  let sequence = '';
  for (const [, scrolly, step] of html.matchAll(/data-scrolly="([^"]+)"|data-step="([^"]+)"/g)) {
    if (scrolly) sequence = scrolly;
    else steps.push({ sequence, id: step! });
  }
  return steps;
}

const visibleMark = (page: Page, sequence: string, key: string) => page.locator(`[data-scrolly="${sequence}"] .scrolly__svg:visible [data-key="${key}"]`);

/** Two facts of the step's expectation, in the order present, absent, class, attribute, text: enough to tell its drawing from its neighbours'. */
function sampledChecks(page: Page, sequence: string, stepId: string, expected: StepExpectation): (() => Promise<void>)[] {
  const at = (key: string) => visibleMark(page, sequence, key);
  const message = (key: string) => `${key} at ${stepId}`;
  return [
    ...(expected.present ?? []).map((key) => () => expect(at(key), message(key)).toHaveCount(1)),
    ...(expected.absent ?? []).map((key) => () => expect(at(key), message(key)).toHaveCount(0)),
    ...Object.entries(expected.classes ?? {}).map(([key, pattern]) => () => expect(at(key), message(key)).toHaveClass(pattern)),
    ...Object.entries(expected.attributes ?? {}).flatMap(([key, attributes]) => Object.entries(attributes).map(([name, value]) => () => expect(at(key), message(key)).toHaveAttribute(name, value))),
    ...Object.entries(expected.texts ?? {}).map(([key, text]) => () => (typeof text === 'string' ? expect(at(key), message(key)).toContainText(text) : expect(at(key), message(key)).toHaveText(text))),
  ].slice(0, 2);
}

/** The sequence's chart shows the step: its state, and two of the marks the step's expectation names. */
export async function expectChartAt(page: Page, sequence: string, stepId: string): Promise<void> {
  await expect(page.locator(`[data-scrolly="${sequence}"] [data-graphic]`)).toHaveAttribute('data-shown-step', stepId);
  const expected = sequenceExpectation(sequence).steps[stepId];
  if (!expected) throw new Error(`No expectation for step "${stepId}" of ${sequence} (tests/unit/steps/)`);
  for (const check of sampledChecks(page, sequence, stepId, expected)) await check();
}

/** The step is the reader's: the sequence says so, its card alone is marked current, and the chart shows it. */
export async function expectActive(page: Page, sequence: string, stepId: string): Promise<void> {
  await expect(page.locator(`[data-scrolly="${sequence}"]`)).toHaveAttribute('data-active-step', stepId);
  await expect(page.locator(`#${stepId}`)).toHaveAttribute('aria-current', 'step');
  await expect(page.locator(`[data-scrolly="${sequence}"] [aria-current="step"]`)).toHaveCount(1);
  await expectChartAt(page, sequence, stepId);
}

/** Follows the step's link within the page, as a reader or a shared address does, and waits for its chart to show it. */
export async function linkToStep(page: Page, step: Step): Promise<void> {
  await page.evaluate((id) => (window.location.hash = id), step.id);
  await expectChartAt(page, step.sequence, step.id);
}

/** From the first step, the wheel walks every step down, then back up, each changing the chart. */
export function wheelWalkTest(chapter: string, sequence: string): void {
  test(`scrolling with the wheel walks the ${sequence} sequence step by step`, async ({ page }) => {
    // Notch by notch, down and back up: a dozen steps took over 30 s on a loaded two-core machine.
    test.setTimeout(90_000);
    const steps = Object.keys(sequenceExpectation(sequence).steps);
    const watcher = watchPage(page);
    await page.goto(`${chapter}#${steps[0]}`);
    await expectActive(page, sequence, steps[0]!);
    await page.mouse.move(200, 300);
    for (const stepId of steps.slice(1)) {
      await wheelToStep(page, stepId);
      await expectActive(page, sequence, stepId);
    }
    for (const stepId of [...steps].reverse().slice(1)) {
      await wheelToStep(page, stepId);
      await expectActive(page, sequence, stepId);
    }
    watcher.assertClean();
  });
}
