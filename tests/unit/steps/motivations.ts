/** Motivations: the US-China gap dumbbells (the chapter's main, first sequence), then the two-lane timeline, which runs to 2026. */
import type { SequenceExpectation } from './expect';

export const SEQUENCES: SequenceExpectation[] = [
  {
    id: 'quality-gap',
    steps: {
      'gap-2023': {
        attributes: { 'before-MMLU': { opacity: '1' }, 'after-MMLU': { opacity: '0' }, 'before-arena': { opacity: '0' } },
      },
      'gap-2024': {
        attributes: { 'after-MMLU': { opacity: '1' }, 'after-value-HumanEval': { opacity: '1' }, 'before-arena': { opacity: '0' } },
      },
      'arena-gap': {
        attributes: { 'before-arena': { opacity: '1' }, 'after-arena': { opacity: '1' } },
        texts: { 'after-value-arena': /%$/ },
      },
      'what-remains': {
        classes: { 'after-MMMU': /is-highlighted/, 'after-MMLU': /is-muted/ },
        attributes: { 'after-arena-latest': { opacity: '0' } },
      },
      'gap-2026': {
        // The 2026 report's reading is a second Arena row, kept apart from the 2025 report's.
        classes: { 'after-MMLU': /is-muted/ },
        attributes: { 'before-arena-latest': { opacity: '1' }, 'after-arena-latest': { opacity: '1' } },
        texts: { 'after-value-arena-latest': /%$/, 'row-label-arena-latest': /2026/, 'row-label-arena': /2025/ },
      },
    },
  },
  {
    id: 'policy-lanes',
    steps: {
      plans: {
        present: ['item-cn-new-generation-ai-plan-2017', 'label-cn-14th-five-year-plan-2021-03-11', 'item-huawei-entity-list-2019-05-16'],
        absent: ['item-bis-rule-2022-10-07'],
      },
      'chip-rules': {
        // Zoomed in: the 2017 plan has left the window.
        present: ['label-bis-rule-2023-10-17'],
        absent: ['item-cn-new-generation-ai-plan-2017', 'item-qwen-7b'],
        classes: { 'item-bis-rule-2022-10-07': /is-highlighted/ },
      },
      'first-open': {
        present: ['link-bis-rule-2022-10-07-qwen-7b', 'label-deepseek-v2'],
        classes: { 'item-qwen-7b': /is-open/ },
      },
      'cut-off': {
        // The link runs from OpenAI's warning, not from the later cut-off, so it never points back in time.
        present: ['link-openai-api-warning-2024-06-25-cn-labs-migration-offers-2024-06', 'label-cn-labs-migration-offers-2024-06'],
        absent: ['link-openai-api-cutoff-2024-07-09-cn-labs-migration-offers-2024-06', 'link-bis-rule-2022-10-07-qwen-7b'],
        classes: { 'item-openai-api-cutoff-2024-07-09': /is-highlighted/ },
      },
      deepseek: {
        present: ['label-deepseek-r1', 'item-bis-diffusion-rule-2025-01-13'],
        noneWith: ['followed-by'],
      },
      wave: {
        present: ['label-kimi-k2'],
        absent: ['item-bis-diffusion-rescinded-2025-05-13'],
        classes: { 'item-h20-licence-2025-04-09': /is-highlighted/, 'item-deepseek-r1': /is-muted/ },
      },
      easing: {
        // The easing measures of 2025 are drawn, not only the tightening ones.
        // The story after August 2025 is not drawn yet.
        present: ['label-cn-global-ai-governance-action-plan-2025-07-26'],
        absent: ['item-cn-ai-plus-opinions-2025-08-26'],
        classes: { 'item-bis-diffusion-rescinded-2025-05-13': /is-highlighted/, 'item-h20-sales-resume-2025-07-14': /is-highlighted/ },
      },
      'new-plans': {
        // The axis has moved past August 2025: the earlier releases have left, China's new rules are labelled.
        present: ['label-cn-ai-plus-opinions-2025-08-26', 'label-cn-cybersecurity-law-ai-2025-10-28'],
        absent: ['item-kimi-k2', 'item-cn-government-work-report-2026-03-05'],
      },
      claim: {
        present: ['label-cn-government-work-report-2026-03-05', 'label-cn-ai-plus-manufacturing-2026-01-07'],
        absent: ['item-deepseek-v4'],
        classes: { 'item-cn-ai-plus-opinions-2025-08-26': /is-muted/ },
      },
      'after-2025': {
        // Both capitals on chips: Beijing's two limits are labelled beside Washington's easing.
        // The releases of 2026 come in the next step.
        present: ['label-china-state-datacentres-domestic-chips-2025-11', 'label-china-customs-h200-block-2026-01-14'],
        absent: ['label-cn-government-work-report-2026-03-05', 'item-deepseek-v4'],
        classes: { 'item-china-customs-h200-block-2026-01-14': /shape-policy/, 'item-bis-h200-case-by-case-2026-01-15': /shape-easing.*is-highlighted/ },
      },
      'releases-2026': {
        present: ['label-deepseek-v4'],
        absent: ['label-china-customs-h200-block-2026-01-14'],
        classes: { 'item-deepseek-v4': /is-open/, 'item-china-customs-h200-block-2026-01-14': /is-muted/ },
        noneWith: ['followed-by'],
      },
    },
  },
];
