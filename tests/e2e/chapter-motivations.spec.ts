/**
 * Motivations: the gap dumbbells come first (every step walked: chapterWalk.spec.ts; what each step
 * of both sequences draws: tests/unit/steps/motivations.ts).
 */
import { expect, test } from '@playwright/test';
import { STEP_EXPECTATIONS } from '../unit/steps';
import { DESKTOP_ONLY } from './helpers';

const CHAPTER = '/chapters/motivations/';
test('motivations: the gap dumbbells are the main sequence, before the timeline', DESKTOP_ONLY, async ({ page }) => {
  await page.goto(CHAPTER);
  const order = await page.locator('[data-scrolly]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-scrolly')));
  expect(order).toEqual(STEP_EXPECTATIONS.motivations!.map((sequence) => sequence.id));
});
