/**
 * The chart's labels for the records it draws: short names that fit a lane, keyed by event id;
 * index.ts checks that every id exists, so a renamed record fails the build. (Whether a measure
 * loosens controls is a fact about it, so it lives in the dataset, as the event's `effect`.)
 */

export interface ResponseEntry {
  id: string;
  /** Short label beside the marker (wide chart). */
  label: string;
  /** Shorter label for the phone chart. */
  short: string;
}

/**
 * The answers the lanes can show: chipmakers' China-only chips, deals and results, and Beijing's
 * moves. From September 2025 Beijing's lane holds limits on Nvidia's sales as well as Washington's
 * columns do, so both governments' measures are read on the same chart.
 */
export const RESPONSES: readonly ResponseEntry[] = [
  { id: 'nvidia-a800-china-2022-11-07', label: 'A800', short: 'A800' },
  { id: 'nvidia-h800-launch-2023-03-21', label: 'H800', short: 'H800' },
  { id: 'nvidia-h20-china-2023-11', label: 'H20', short: 'H20' },
  { id: 'nvidia-h20-charge-2025-04-15', label: 'H20 write-down', short: 'Write-down' },
  { id: 'h20-revenue-share-2025-08-11', label: 'Revenue-share deal', short: 'Revenue share' },
  { id: 'nvidia-no-h20-sales-2025-08-27', label: 'No H20 sales in China', short: 'No H20 sales' },
  { id: 'nvidia-outlook-no-china-2026-05-20', label: 'Outlook: no China revenue', short: 'No China revenue' },
  { id: 'big-fund-iii-2024-05-24', label: 'Big Fund III', short: 'Big Fund III' },
  { id: 'china-mineral-export-ban-2024-12-03', label: 'Minerals ban', short: 'Minerals ban' },
  { id: 'cac-summons-nvidia-2025-07-31', label: 'Nvidia summoned', short: 'Summons' },
  { id: 'cac-rtx-pro-6000d-2025-09-17', label: 'Nvidia orders stopped', short: 'Orders stopped' },
  { id: 'huawei-ascend-roadmap-2025-09-18', label: 'Ascend roadmap', short: 'Ascend plan' },
  { id: 'china-rare-earth-controls-2025-10-09', label: 'Rare-earth controls', short: 'Rare earths' },
  { id: 'china-state-datacentres-domestic-chips-2025-11', label: 'Domestic chips only', short: 'Domestic only' },
  { id: 'china-export-controls-suspended-2025-11-07', label: 'Controls paused', short: 'Paused' },
  { id: 'china-customs-h200-block-2026-01-14', label: 'H200 stopped at customs', short: 'Customs' },
  { id: 'china-h200-approvals-2026-01-28', label: 'H200s allowed, with conditions', short: 'Approvals' },
  { id: 'deepseek-v4-ascend-2026-04-24', label: 'DeepSeek-V4 on Ascend', short: 'V4 on Ascend' },
];

/** The matrix rows: what a rule can cover (the events' `covers` values), in reading order. */
export const COVER_ROWS = [
  { key: 'chips', label: 'AI chips', short: 'Chips', words: 'AI chips' },
  { key: 'tools', label: 'Chipmaking tools', short: 'Tools', words: 'chipmaking tools' },
  { key: 'memory', label: 'AI memory (HBM)', short: 'HBM', words: 'AI memory' },
  { key: 'entities', label: 'Firms listed', short: 'Firms', words: 'listed firms' },
  { key: 'countries', label: 'Places covered', short: 'Places', words: 'places covered' },
  { key: 'model-weights', label: 'Model weights', short: 'Weights', words: 'model weights' },
] as const;

export type CoverKey = (typeof COVER_ROWS)[number]['key'];

/** Lanes of answers, by the acting side's country. */
export const LANES = [
  { key: 'US', label: 'Chipmakers', short: ['Chip-', 'makers'] },
  { key: 'CN', label: 'China', short: ['China'] },
] as const;
