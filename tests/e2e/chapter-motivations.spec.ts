/**
 * Motivations: wheel scrolling walks the two-lane timeline step by step and back in both layouts
 * (what each step of both sequences draws: tests/unit/steps/motivations.ts), and the gap dumbbells
 * come first.
 */
import { expect, test } from '@playwright/test';
import { STEP_EXPECTATIONS } from '../unit/steps';
import { DESKTOP_ONLY } from './helpers';
import { wheelWalkTest } from './sequenceSteps';

const CHAPTER = '/chapters/motivations/';

wheelWalkTest(CHAPTER, 'policy-lanes');

test('motivations: the gap dumbbells are the main sequence, before the timeline', DESKTOP_ONLY, async ({ page }) => {
  await page.goto(CHAPTER);
  const order = await page.locator('[data-scrolly]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-scrolly')));
  expect(order).toEqual(STEP_EXPECTATIONS.motivations!.map((sequence) => sequence.id));
});
