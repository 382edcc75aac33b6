/**
 * The records the chart draws, keyed by event id, and the rows and lanes it draws them in; their
 * words (short labels that fit a lane, row names) are in the dictionary under the same keys.
 * index.ts checks that every id exists, so a renamed record fails the build. (Whether a measure
 * loosens controls is a fact about it, so it lives in the dataset, as the event's `effect`.)
 */

/**
 * The answers the lanes can show: chipmakers' China-only chips, deals and results, and Beijing's
 * moves. From September 2025 Beijing's lane holds limits on Nvidia's sales as well as Washington's
 * columns do, so both governments' measures are read on the same chart. Each has a label beside
 * its marker (`exportRuleTimeline.answer.<id>.wide`) and a shorter one for the phone (`.narrow`).
 */
export const RESPONSES = [
  'nvidia-a800-china-2022-11-07',
  'nvidia-h800-launch-2023-03-21',
  'nvidia-h20-china-2023-11',
  'nvidia-h20-charge-2025-04-15',
  'h20-revenue-share-2025-08-11',
  'nvidia-no-h20-sales-2025-08-27',
  'nvidia-outlook-no-china-2026-05-20',
  'big-fund-iii-2024-05-24',
  'china-mineral-export-ban-2024-12-03',
  'cac-summons-nvidia-2025-07-31',
  'cac-rtx-pro-6000d-2025-09-17',
  'huawei-ascend-roadmap-2025-09-18',
  'china-rare-earth-controls-2025-10-09',
  'china-state-datacentres-domestic-chips-2025-11',
  'china-export-controls-suspended-2025-11-07',
  'china-customs-h200-block-2026-01-14',
  'china-h200-approvals-2026-01-28',
  'deepseek-v4-ascend-2026-04-24',
] as const;

export type ResponseId = (typeof RESPONSES)[number];

/** The matrix rows: what a rule can cover (the events' `covers` values), in reading order; named by `exportRuleTimeline.cover.<key>.*`. */
export const COVER_ROWS = [
  { key: 'chips' },
  { key: 'tools' },
  { key: 'memory' },
  { key: 'entities' },
  { key: 'countries' },
  { key: 'model-weights' },
] as const;

export type CoverKey = (typeof COVER_ROWS)[number]['key'];

/** Lanes of answers, by the acting side's country; named by `exportRuleTimeline.lane.<key>.*`. */
export const LANES = [{ key: 'US' }, { key: 'CN' }] as const;
