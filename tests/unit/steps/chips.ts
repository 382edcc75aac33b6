/** What each step of the Chips chapter's sequences draws (the chip thresholds' engine behaviour: tests/e2e/scrolly.spec.ts). */
import type { SequenceExpectation } from './expect';

export const SEQUENCES: SequenceExpectation[] = [
  {
    id: 'chip-thresholds',
    steps: {
      'before-rules': {
        present: ['chip-nvidia-a100', 'chip-nvidia-h100', 'chip-huawei-ascend-910'],
        absent: ['rule-zone', 'chip-nvidia-a800', 'rule-line-bis-rule-2022-10-07'],
        classes: { 'chip-nvidia-a100': /is-allowed/, 'chip-nvidia-h100': /is-allowed/ },
      },
      'oct-2022': {
        present: ['rule-line-bis-rule-2022-10-07', 'rule-zone'],
        absent: ['chip-nvidia-a800'],
        classes: { 'chip-nvidia-a100': /is-controlled/, 'chip-nvidia-h100': /is-controlled/ },
      },
      'a800-h800': {
        present: ['chip-nvidia-a800', 'chip-nvidia-h800'],
        classes: { 'chip-nvidia-a800': /is-allowed/, 'chip-nvidia-h800': /is-allowed/, 'chip-nvidia-a100': /is-controlled/ },
      },
      'oct-2023': {
        present: ['rule-line-bis-rule-2023-10-17'],
        absent: ['chip-nvidia-h20'],
        classes: { 'chip-nvidia-a800': /is-controlled/, 'chip-nvidia-h800': /is-controlled/ },
      },
      h20: { present: ['chip-nvidia-h20'], classes: { 'chip-nvidia-h20': /is-allowed/ } },
      'apr-2025': { absent: ['chip-huawei-ascend-910c', 'chip-huawei-ascend-910b'], classes: { 'chip-nvidia-h20': /is-controlled/ } },
      ascend: { present: ['chip-huawei-ascend-910b', 'chip-huawei-ascend-910c'], absent: ['review-box'], classes: { 'chip-huawei-ascend-910c': /is-estimate/ } },
      // January 2026: a box of case-by-case review, the H200 inside it and still licensed.
      'h200-box': {
        present: ['review-box', 'review-box-label', 'chip-nvidia-h200', 'chip-nvidia-b200'],
        absent: ['chip-huawei-ascend-910c', 'chip-huawei-ascend-910b'],
        classes: { 'chip-nvidia-h200': /is-controlled/, 'chip-nvidia-b200': /is-controlled.*is-highlighted/ },
        texts: { 'review-box-label': 'Case' },
      },
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
        absent: ['rule-col-bis-h200-case-by-case-2026-01-15', 'time-label-2026', 'answer-cac-rtx-pro-6000d-2025-09-17'],
        classes: { 'rule-dot-h20-sales-resume-2025-07-14-chips': /is-eased/ },
      },
      // From here the axis zooms in on June 2025 to July 2026, with quarter ticks.
      'beijing-limits': {
        present: ['answer-nvidia-no-h20-sales-2025-08-27', 'answer-cac-rtx-pro-6000d-2025-09-17', 'answer-china-state-datacentres-domestic-chips-2025-11', 'time-qlabel-2025-10'],
        absent: ['rule-col-bis-rule-2022-10-07', 'answer-china-rare-earth-controls-2025-10-09'],
        classes: { 'answer-cac-rtx-pro-6000d-2025-09-17': /country-cn/, 'answer-nvidia-no-h20-sales-2025-08-27': /country-us/ },
        texts: { 'callout-0': 'Sep' },
      },
      // Both governments' measures of autumn 2025, and their suspension after the Busan meeting.
      'reach-further': {
        present: ['rule-col-bis-affiliates-rule-2025-09-29', 'rule-dot-bis-affiliates-rule-2025-09-29-entities', 'answer-china-rare-earth-controls-2025-10-09'],
        absent: ['rule-col-bis-affiliates-rule-suspended-2025-11-10', 'answer-china-export-controls-suspended-2025-11-07'],
        classes: { 'rule-dot-bis-affiliates-rule-2025-09-29-entities': /is-tightening/, 'answer-china-rare-earth-controls-2025-10-09': /is-highlighted/ },
        texts: { 'callout-0': '29 Sept 2025' },
        callout: 'firms that listed companies own',
      },
      'minerals-truce': {
        present: ['answer-china-rare-earth-controls-2025-10-09', 'answer-china-export-controls-suspended-2025-11-07', 'rule-col-bis-affiliates-rule-suspended-2025-11-10'],
        absent: ['rule-col-bis-h200-case-by-case-2026-01-15'],
        classes: { 'answer-china-export-controls-suspended-2025-11-07': /is-highlighted/, 'rule-dot-bis-affiliates-rule-suspended-2025-11-10-entities': /is-eased/ },
      },
      'h200-rule': {
        present: ['rule-col-bis-h200-case-by-case-2026-01-15', 'time-label-2026'],
        absent: ['answer-china-customs-h200-block-2026-01-14'],
        classes: { 'rule-dot-bis-h200-case-by-case-2026-01-15-chips': /is-eased/ },
        texts: { 'callout-0': '15 Jan 2026' },
      },
      'beijing-rations': {
        present: ['answer-china-customs-h200-block-2026-01-14', 'answer-china-h200-approvals-2026-01-28', 'answer-nvidia-outlook-no-china-2026-05-20'],
        absent: ['answer-china-rare-earth-controls-2025-10-09'],
        classes: { 'answer-china-customs-h200-block-2026-01-14': /is-highlighted/ },
      },
      // The whole span again, 2022 to mid-2026: both governments' limits on one chart.
      'both-sides': {
        present: ['rule-col-bis-rule-2022-10-07', 'rule-col-bis-affiliates-rule-2025-09-29', 'rule-col-bis-h200-case-by-case-2026-01-15', 'answer-china-customs-h200-block-2026-01-14', 'time-label-2023'],
        absent: ['time-qlabel-2025-10', 'callout-0'],
        classes: { 'answer-cac-rtx-pro-6000d-2025-09-17': /is-highlighted/ },
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
        raised: { 'value-deepseek-v3': '24' },
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
      // Epoch's estimates for models of August 2025 to April 2026.
      'still-lean': {
        present: ['dot-gpt-5', 'dot-deepseek-v4', 'dot-kimi-k2-5', 'dot-gpt-oss'],
        absent: ['dot-gpt-4', 'claim-box'],
        classes: { 'dot-deepseek-v4': /is-open/, 'dot-gpt-5': /is-closed/ },
        texts: { 'name-deepseek-v4': 'DeepSeek-V4-Pro' },
      },
    },
  },
];
