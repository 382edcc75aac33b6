/**
 * The Chips chapter's sequences, in the desktop and phone projects: every step's deep link shows
 * that step's chart (asserted on the marks in the visible SVG), real wheel scrolling walks the
 * rules timeline, and nothing logs an error. The chip-threshold sequence's engine behaviour is
 * covered in scrolly.spec.ts; here only its marks per step are checked.
 */
import { expect, test } from '@playwright/test';
import { deepLinkTests, wheelWalkTest, type SequenceExpectation } from './sequenceSteps';

const CHAPTER = '/chapters/chips/';

const SEQUENCES: SequenceExpectation[] = [
  {
    id: 'chip-thresholds',
    steps: {
      'before-rules': { present: ['chip-nvidia-a100', 'chip-huawei-ascend-910'], absent: ['rule-zone'] },
      'oct-2022': { present: ['rule-line-bis-rule-2022-10-07'], classes: { 'chip-nvidia-h100': /is-controlled/ } },
      'a800-h800': { present: ['chip-nvidia-a800', 'chip-nvidia-h800'], classes: { 'chip-nvidia-a800': /is-allowed/ } },
      'oct-2023': { present: ['rule-line-bis-rule-2023-10-17'], classes: { 'chip-nvidia-h800': /is-controlled/ } },
      h20: { present: ['chip-nvidia-h20'], classes: { 'chip-nvidia-h20': /is-allowed/ } },
      'apr-2025': { classes: { 'chip-nvidia-h20': /is-controlled/ }, absent: ['chip-huawei-ascend-910c'] },
      ascend: { present: ['chip-huawei-ascend-910b', 'chip-huawei-ascend-910c'], classes: { 'chip-huawei-ascend-910c': /is-estimate/ } },
    },
  },
  {
    id: 'export-rules',
    steps: {
      'first-rule': {
        present: ['rule-col-bis-rule-2022-10-07', 'rule-dot-bis-rule-2022-10-07-chips', 'rule-dot-bis-rule-2022-10-07-tools'],
        absent: ['rule-col-bis-macau-extension-2023-01-18', 'answer-nvidia-a800-china-2022-11-07'],
        texts: { 'callout-0': '7 Oct 2022' },
      },
      'made-to-measure': {
        present: ['rule-col-bis-macau-extension-2023-01-18', 'answer-nvidia-a800-china-2022-11-07', 'answer-nvidia-h800-launch-2023-03-21'],
        absent: ['rule-col-bis-rule-2023-10-17'],
        texts: { 'answer-label-nvidia-a800-china-2022-11-07': 'A800' },
      },
      'second-rule': {
        present: ['rule-dot-bis-rule-2023-10-17-entities', 'answer-nvidia-h20-china-2023-11'],
        absent: ['rule-dot-bis-rule-2024-12-02-memory'],
        texts: { 'callout-0': 'Oct 2023' },
      },
      'memory-and-minerals': {
        present: ['rule-dot-bis-rule-2024-12-02-memory', 'answer-big-fund-iii-2024-05-24', 'answer-china-mineral-export-ban-2024-12-03'],
        absent: ['rule-col-bis-diffusion-rule-2025-01-13'],
        classes: { 'answer-china-mineral-export-ban-2024-12-03': /country-cn/ },
      },
      'weights-rule': {
        present: ['rule-col-bis-diffusion-rescinded-2025-05-13', 'answer-nvidia-h20-charge-2025-04-15'],
        absent: ['rule-col-h20-sales-resume-2025-07-14'],
        classes: {
          'rule-dot-bis-diffusion-rule-2025-01-13-model-weights': /is-tightening/,
          'rule-dot-bis-diffusion-rescinded-2025-05-13-model-weights': /is-eased/,
        },
      },
      'h20-reversal': {
        present: ['answer-h20-revenue-share-2025-08-11', 'answer-cac-summons-nvidia-2025-07-31'],
        absent: ['rule-col-bis-h200-case-by-case-2026-01-15', 'time-label-2026'],
        classes: { 'rule-dot-h20-sales-resume-2025-07-14-chips': /is-eased/ },
      },
      'after-the-story': {
        present: ['rule-col-bis-h200-case-by-case-2026-01-15', 'answer-huawei-ascend-roadmap-2025-09-18', 'time-label-2026'],
        classes: { 'answer-huawei-ascend-roadmap-2025-09-18': /is-later/ },
        texts: { 'callout-0': 'after this story' },
      },
    },
  },
  {
    id: 'training-compute',
    steps: {
      'us-scale': {
        present: ['dot-gpt-4', 'dot-llama-3-1-405b'],
        absent: ['dot-deepseek-v3', 'group-CN'],
        classes: { 'dot-llama-3-1-405b': /is-open/, 'dot-gpt-4o': /is-closed/ },
      },
      'china-scale': {
        present: ['dot-deepseek-v3', 'group-CN', 'value-deepseek-v3'],
        absent: ['claim-box'],
        classes: { 'dot-deepseek-v3': /is-highlighted/ },
        // The exponent is drawn with the font's digits, raised (src/i18n/exponents.ts).
        texts: { 'value-deepseek-v3': '≈3.4 × 1024' },
        check: async (page) => {
          const exponent = page.locator('[data-scrolly="training-compute"] .scrolly__svg:visible [data-key="value-deepseek-v3"] tspan').first();
          await expect(exponent).toHaveText('24');
          await expect(exponent).toHaveAttribute('font-size', '70%');
        },
      },
      'the-claim': {
        present: ['claim-box', 'claim-outline'],
        texts: { 'claim-line-0': 'DeepSeek', 'claim-line-1': 'H800 GPU-hours' },
      },
      'frontier-moves': {
        present: ['dot-grok-3', 'dot-gpt-4-5', 'dot-deepseek-r1'],
        absent: ['claim-box'],
        classes: { 'dot-grok-3': /is-highlighted/ },
      },
    },
  },
];

deepLinkTests(CHAPTER, SEQUENCES);

for (const sequenceId of ['export-rules', 'training-compute']) wheelWalkTest(CHAPTER, SEQUENCES.find((candidate) => candidate.id === sequenceId)!);

test('every chart of the chapter has a caption, a source line and a data table', async ({ page }) => {
  await page.goto(CHAPTER);
  for (const sequence of SEQUENCES) {
    const section = page.locator(`[data-scrolly="${sequence.id}"]`);
    await expect(section.locator('.scrolly__caption')).not.toBeEmpty();
    await expect(section.locator('.chart-footer__source')).toContainText('Source');
    await section.locator('.chart-footer__table summary').click();
    expect(await section.locator('table tbody tr').count()).toBeGreaterThan(3);
  }
});

test("the training-compute table marks every figure as an estimate and names DeepSeek's claim as a source", async ({ page }) => {
  await page.goto(CHAPTER);
  const section = page.locator('[data-scrolly="training-compute"]');
  await section.locator('.chart-footer__table summary').click();
  for (const cell of await section.locator('table tbody td:last-child').allTextContents()) expect(cell.trim().startsWith('≈')).toBe(true);
  await expect(section.locator('.chart-footer__source')).toContainText('DeepSeek');
});
