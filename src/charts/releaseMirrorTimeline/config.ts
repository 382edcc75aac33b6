/**
 * The chart's reading of its records: the order of the lab rows (nearest the axis last for the US,
 * first for China) and their short names (in the dictionary). The dataset's organisations are long ("Google DeepMind",
 * "Zhipu AI (Z.ai)"), and records written at different times spell some labs differently ("Alibaba
 * Cloud" and "Alibaba"), so each row lists the spellings it takes; its first is its key. Events
 * have no short title, so their labels are in the dictionary; index.ts checks the event ids exist.
 * A model whose organisation no row takes is left out of the chart: it shows leading labs only.
 */

export interface LabRow {
  /** The spellings of the lab's name in the dataset; the first is the row's key. */
  organisations: readonly string[];
  /** Its short name in the dictionary: `releaseMirrorTimeline.lab.<labelKey>`. */
  labelKey: LabLabelKey;
}

/** Lab rows, top to bottom: US labs above the axis, then Chinese labs below it. */
const ROWS = [
  { organisations: ['xAI'], labelKey: 'xai' },
  { organisations: ['Anthropic'], labelKey: 'anthropic' },
  { organisations: ['Google DeepMind', 'Google'], labelKey: 'google' },
  { organisations: ['OpenAI'], labelKey: 'openai' },
  { organisations: ['Meta'], labelKey: 'meta' },
  { organisations: ['Ai2', 'Allen Institute for AI'], labelKey: 'ai2' },
  { organisations: ['NVIDIA', 'Nvidia'], labelKey: 'nvidia' },
  { organisations: ['DeepSeek'], labelKey: 'deepseek' },
  { organisations: ['Alibaba Cloud', 'Alibaba'], labelKey: 'alibaba' },
  { organisations: ['Moonshot AI', 'Moonshot'], labelKey: 'moonshot' },
  { organisations: ['Zhipu AI (Z.ai)', 'Zhipu AI', 'Z.ai', 'Zhipu'], labelKey: 'zhipu' },
  { organisations: ['MiniMax'], labelKey: 'minimax' },
  { organisations: ['Tencent'], labelKey: 'tencent' },
  { organisations: ['Baidu'], labelKey: 'baidu' },
  { organisations: ['ByteDance'], labelKey: 'bytedance' },
  { organisations: ['01.AI'], labelKey: '01-ai' },
] as const;

export type LabLabelKey = (typeof ROWS)[number]['labelKey'];

export const LAB_ROWS: readonly LabRow[] = ROWS;

/** The row that takes a lab's name, as written in a record, or undefined. */
export function rowOf(organisation: string): LabRow | undefined {
  return LAB_ROWS.find((row) => row.organisations.includes(organisation));
}

/** Events the chart can mark across both halves; each has a short label for its line in the dictionary (`releaseMirrorTimeline.event.<id>`). */
export const MARKED_EVENTS = [
  'deepseek-moment-2025-01-27',
  'altman-wrong-side-of-history-2025-01-31',
  'baidu-open-source-reversal-2025-02-14',
  'openai-open-model-plan-2025-03-31',
  'ai-action-plan-2025-07-23',
  'atom-project-2025-08',
  'nsf-nvidia-omai-2025-08-14',
  'meta-avocado-report-2025-12-10',
] as const;

export type MarkedEventId = (typeof MARKED_EVENTS)[number];
