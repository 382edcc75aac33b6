/**
 * Walking a chapter's steps in the browser, for every spec that visits them (chapterWalk, screens,
 * scrolly): the steps in reading order, and the check that the page shows a step. Every mark of
 * every step is checked without a browser (tests/unit/stepScenes.test.ts); here a mark or two the
 * step names proves the page drew that step.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { sequenceExpectation, type StepExpectation } from '../unit/steps';
import { DIST } from './helpers';

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
