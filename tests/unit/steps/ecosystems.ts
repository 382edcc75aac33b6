/** Ecosystems, in the chapter's order: the derivative counts, the model-family strips and the leaderboard (LMArena, then Epoch's capability index). */
import type { SequenceExpectation } from './expect';

export const SEQUENCES: SequenceExpectation[] = [
  {
    id: 'derivatives',
    steps: {
      claims: {
        absent: ['quoted-line', 'figure-count-qwen'],
        someWith: ['kind-claim'],
      },
      'hundred-thousand': {
        present: ['quoted-line', 'crossing-band'],
        someWith: ['kind-press'],
      },
      'hf-count': {
        absent: ['crossing-band'],
        classes: { 'figure-count-qwen': /is-measured/, 'figure-count-llama': /country-us/ },
        noneWith: ['is-later'],
      },
      'later-counts': {
        absent: ['figure-count-2026-qwen'],
        classes: { 'figure-claim-2026-01-13-180000': /kind-claim/ },
      },
      'hf-2026': {
        present: ['span-count-2026-qwen', 'figure-claim-2026-01-13-180000'],
        classes: { 'figure-count-2026-qwen': /is-measured/, 'figure-count-2026-google': /country-us/ },
      },
    },
  },
  {
    id: 'model-families',
    steps: {
      alibaba: {
        // The history steps draw only up to August 2025, on the axis that runs to 2026.
        present: ['label-qwen-7b'],
        absent: ['model-deepseek-r1', 'model-qwen3-5'],
        classes: { 'model-qwen-beta': /is-closed/, 'model-qwen3': /lic-permissive/, 'row-name-deepseek': /is-waiting/ },
      },
      deepseek: {
        absent: ['model-ernie-4.0'],
        classes: { 'model-deepseek-r1': /is-open/ },
        notClasses: { 'row-name-deepseek': /is-waiting/ },
      },
      giants: {
        absent: ['model-kimi-k2'],
        classes: { 'model-ernie-4.0': /is-closed/, 'model-hunyuan-large': /lic-custom/ },
      },
      startups: {
        present: ['label-minimax-text-01'],
        absent: ['period-band'],
        classes: { 'model-kimi-k1.5': /is-closed/ },
      },
      wave: {
        present: ['period-band'],
        absent: ['model-deepseek-v4'],
        classes: { 'model-ernie-4.0': /is-muted/ },
        notClasses: { 'model-kimi-k2': /is-muted/ },
        texts: { 'arrow-caption-ernie-4.5-launch-ernie-4.5': 'closed' },
      },
      'bigger-open': {
        present: ['label-deepseek-v4'],
        absent: ['arrow-caption-ernie-4.5-launch-ernie-4.5'],
        classes: { 'model-deepseek-v4': /lic-permissive.*is-open/, 'model-kimi-k2': /is-muted/ },
        texts: { 'period-label': 'September 2025' },
      },
      'tighter-terms': {
        present: ['label-kimi-k3'],
        absent: ['label-deepseek-v4'],
        classes: { 'model-kimi-k3': /lic-restricted/, 'model-ernie-5.0': /is-closed/ },
      },
    },
  },
  {
    id: 'arena',
    steps: {
      'closed-lead': {
        absent: ['point-open-2025-01-24', 'line-us-open-lmsys-export'],
        classes: { 'point-closed-2024-07-07': /is-closed/ },
      },
      'china-open-lead': {
        present: ['line-us-open-lmsys-export'],
        absent: ['change-line'],
        classes: { 'point-open-2025-01-24': /country-cn/ },
      },
      'scoring-change': {
        present: ['change-line', 'line-open-text-export'],
        classes: { 'point-open-2025-08-04': /country-cn/ },
      },
      'top-twelve': {
        absent: ['rank-dot-23', 'change-line'],
        classes: { 'rank-dot-3': /country-cn/, 'rank-dot-1': /is-closed/ },
      },
      'lower-down': {
        present: ['rank-dot-46', 'rank-gap'],
        classes: { 'rank-dot-23': /is-open/ },
      },
      'new-yardstick': {
        present: ['eci-line-cn-open'],
        absent: ['rank-dot-1', 'lag-band-window-2026'],
        classes: { 'eci-point-cn-open-2026-01': /country-cn.*is-open/ },
        texts: { 'arena-end-label': 'LMArena' },
      },
      'months-behind': {
        present: ['lag-band-window-2026', 'lag-bar-earlier'],
        texts: { 'lag-label-earlier': '3.5' },
      },
    },
  },
];
