/**
 * What a chapter spec expects of each step of a sequence, and the checks and tests that follow
 * from it: every step's deep link shows that step's chart (asserted on the marks of the visible
 * SVG), and real wheel scrolling walks a sequence down and back up.
 */
import { expect, test, type Page } from '@playwright/test';
import { watchPage } from './helpers';
import { wheelToStep } from './wheel';

export interface StepExpectation {
  present?: string[];
  absent?: string[];
  /** Mark key -> a class it must carry. */
  classes?: Record<string, RegExp>;
  /** Mark key -> a class it must not carry. */
  notClasses?: Record<string, RegExp>;
  /** Mark key -> attribute -> value. */
  attributes?: Record<string, Record<string, string>>;
  /** Mark key -> text it must contain (a string), or match whole (a pattern). */
  texts?: Record<string, string | RegExp>;
  /** Text the callout above the chart must contain (its lines joined, as they wrap differently on a phone). */
  callout?: string;
  /** Anything else the step must show that is not about one mark. */
  check?: (page: Page) => Promise<void>;
}

export interface SequenceExpectation {
  id: string;
  steps: Record<string, StepExpectation>;
}

/** A sequence whose steps are checked by functions of the page (when the checks go beyond marks). */
export interface CheckedSequence {
  id: string;
  steps: Record<string, (page: Page) => Promise<void>>;
}

export function fromChecks(sequence: CheckedSequence): SequenceExpectation {
  return { id: sequence.id, steps: Object.fromEntries(Object.entries(sequence.steps).map(([stepId, check]) => [stepId, { check }])) };
}

const visibleMark = (page: Page, sequence: string, key: string) => page.locator(`[data-scrolly="${sequence}"] .scrolly__svg:visible [data-key="${key}"]`);

export async function expectChartAt(page: Page, sequence: SequenceExpectation, stepId: string): Promise<void> {
  await expect(page.locator(`[data-scrolly="${sequence.id}"] [data-graphic]`)).toHaveAttribute('data-state', stepId);
  const expected = sequence.steps[stepId]!;
  for (const key of expected.present ?? []) await expect(visibleMark(page, sequence.id, key), `${key} at ${stepId}`).toHaveCount(1);
  for (const key of expected.absent ?? []) await expect(visibleMark(page, sequence.id, key), `${key} absent at ${stepId}`).toHaveCount(0);
  for (const [key, className] of Object.entries(expected.classes ?? {})) await expect(visibleMark(page, sequence.id, key), `${key} class at ${stepId}`).toHaveClass(className);
  for (const [key, className] of Object.entries(expected.notClasses ?? {})) await expect(visibleMark(page, sequence.id, key), `${key} class at ${stepId}`).not.toHaveClass(className);
  for (const [key, attributes] of Object.entries(expected.attributes ?? {})) {
    for (const [name, value] of Object.entries(attributes)) await expect(visibleMark(page, sequence.id, key), `${key} ${name} at ${stepId}`).toHaveAttribute(name, value);
  }
  for (const [key, text] of Object.entries(expected.texts ?? {})) {
    const mark = visibleMark(page, sequence.id, key);
    if (typeof text === 'string') await expect(mark, `${key} text at ${stepId}`).toContainText(text);
    else await expect(mark, `${key} text at ${stepId}`).toHaveText(text);
  }
  if (expected.callout) {
    const callout = page.locator(`[data-scrolly="${sequence.id}"] .scrolly__svg:visible [data-layer="callout"] text`);
    await expect.poll(async () => (await callout.allTextContents()).join(' '), { message: `callout at ${stepId}` }).toContain(expected.callout);
  }
  await expected.check?.(page);
}

export async function expectActive(page: Page, sequence: SequenceExpectation, stepId: string): Promise<void> {
  await expect(page.locator(`[data-scrolly="${sequence.id}"]`)).toHaveAttribute('data-active-step', stepId);
  await expect(page.locator(`#${stepId}`)).toHaveAttribute('aria-current', 'step');
  await expectChartAt(page, sequence, stepId);
}

/** One test per step: opening the chapter at `#step` shows that step active with its chart. */
export function deepLinkTests(chapter: string, sequences: SequenceExpectation[]): void {
  for (const sequence of sequences) {
    test.describe(`${sequence.id} sequence`, () => {
      for (const stepId of Object.keys(sequence.steps)) {
        test(`the deep link #${stepId} shows that step's chart`, async ({ page }) => {
          const watcher = watchPage(page);
          await page.goto(`${chapter}#${stepId}`);
          await expectActive(page, sequence, stepId);
          watcher.assertClean();
        });
      }
    });
  }
}

/** From the first step, the wheel walks every step down, then back up, each changing the chart. */
export function wheelWalkTest(chapter: string, sequence: SequenceExpectation): void {
  test(`scrolling with the wheel walks the ${sequence.id} sequence step by step`, async ({ page }) => {
    const steps = Object.keys(sequence.steps);
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
