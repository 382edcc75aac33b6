/** The conclusion's closing line chart: each step recalls one thread. */
import type { SequenceExpectation } from './expect';

export const SEQUENCES: SequenceExpectation[] = [
  {
    id: 'closing-threads',
    steps: {
      gaps: {
        // The AI Index's two readings: an arrow between two dots; the series computed for this site: a dashed line.
        present: ['gaps-arrow-us-cn-arena-gap-ai-index', 'gaps-arrow-open-closed-arena-gap-ai-index', 'gaps-line-lmarena-closed-open-gap-run-0', 'y-gaps-label-10'],
        absent: ['scores-line-lmarena-best-open-2024-12-31', 'gaps-line-us-cn-arena-gap-ai-index-run-0'],
        classes: { 'gaps-arrow-us-cn-arena-gap-ai-index': /gap-line--us-china/ },
      },
      models: {
        present: ['scores-line-lmarena-best-open-2024-12-31', 'scores-line-lmarena-best-closed-2025-08-04', 'key-country-us-is-closed'],
        absent: ['gaps-arrow-us-cn-arena-gap-ai-index', 'callout-deepseek-v3-ring'],
        classes: { 'scores-line-lmarena-best-open-2024-08-01': /country-us/, 'scores-line-lmarena-best-open-2024-12-31': /country-cn/, 'scores-line-lmarena-best-closed-2025-08-04': /is-closed/ },
      },
      // No arena snapshot after August 2025: the thread goes on on Epoch's capability index, as three dashed lines this site computes.
      index: {
        present: ['index-line-epoch-eci-monthly-closed-run-0', 'index-line-epoch-eci-monthly-cn-open-run-0', 'index-line-epoch-eci-monthly-us-open-run-0'],
        absent: ['scores-line-lmarena-best-open-2024-12-31', 'scores-line-lmarena-best-closed-run-0'],
        classes: { 'index-line-epoch-eci-monthly-cn-open-run-0': /country-cn.*is-dashed/, 'index-line-epoch-eci-monthly-closed-2026-01': /is-closed/ },
        texts: { 'index-line-epoch-eci-monthly-closed-name-0': 'Best' },
      },
      compute: {
        present: ['callout-deepseek-v3-ring', 'callout-llama-3-1-405b-ring'],
        texts: { 'callout-deepseek-v3-0': 'DeepSeek-V3', 'callout-deepseek-v3-1': /FLOP$/ },
      },
      'us-timing': {
        present: ['scores-line-lmarena-best-us-open-run-0'],
        absent: ['callout-deepseek-v3-ring', 'marker-events-ai-action-plan-2025-07-23'],
        classes: { 'scores-line-lmarena-best-open-run-1': /is-muted/ },
      },
      'washington-turn': {
        present: ['scores-line-lmarena-best-us-open-run-0', 'marker-events-ai-action-plan-2025-07-23', 'marker-events-deepseek-moment-2025-01-27'],
        classes: { 'marker-events-ai-action-plan-2025-07-23': /event-line/ },
      },
      talent: {
        present: ['talent-line-talent-dumbbell-top-tier-working-in-china-run-0', 'talent-line-talent-dumbbell-top-tier-working-in-the-us-2022-12', 'talent-line-talent-dumbbell-top-tier-undergraduate-degree-in-china-run-0'],
        absent: ['marker-events-ai-action-plan-2025-07-23', 'scores-line-lmarena-best-us-open-run-0'],
        classes: { 'talent-line-talent-dumbbell-top-tier-working-in-china-run-0': /country-cn/ },
      },
    },
  },
];
