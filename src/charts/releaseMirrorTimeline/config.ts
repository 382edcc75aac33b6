/**
 * The chart's reading of its records: the order of the lab rows (nearest the axis last for the US,
 * first for China) and short labels. The dataset's organisations are long ("Google DeepMind",
 * "Zhipu AI (Z.ai)"), and records written at different times spell some labs differently ("Alibaba
 * Cloud" and "Alibaba"), so each row lists the spellings it takes; its first is its key. Events
 * have no short title, so their labels live here too; index.ts checks the event ids exist.
 * A model whose organisation no row takes is left out of the chart: it shows leading labs only.
 */

export interface LabRow {
  /** The spellings of the lab's name in the dataset; the first is the row's key. */
  organisations: readonly string[];
  label: string;
}

/** Lab rows, top to bottom: US labs above the axis, then Chinese labs below it. */
export const LAB_ROWS: readonly LabRow[] = [
  { organisations: ['xAI'], label: 'xAI' },
  { organisations: ['Anthropic'], label: 'Anthropic' },
  { organisations: ['Google DeepMind', 'Google'], label: 'Google' },
  { organisations: ['OpenAI'], label: 'OpenAI' },
  { organisations: ['Meta'], label: 'Meta' },
  { organisations: ['Ai2', 'Allen Institute for AI'], label: 'Ai2' },
  { organisations: ['NVIDIA', 'Nvidia'], label: 'Nvidia' },
  { organisations: ['DeepSeek'], label: 'DeepSeek' },
  { organisations: ['Alibaba Cloud', 'Alibaba'], label: 'Alibaba' },
  { organisations: ['Moonshot AI', 'Moonshot'], label: 'Moonshot' },
  { organisations: ['Zhipu AI (Z.ai)', 'Zhipu AI', 'Z.ai', 'Zhipu'], label: 'Zhipu' },
  { organisations: ['MiniMax'], label: 'MiniMax' },
  { organisations: ['Tencent'], label: 'Tencent' },
  { organisations: ['Baidu'], label: 'Baidu' },
  { organisations: ['ByteDance'], label: 'ByteDance' },
  { organisations: ['01.AI'], label: '01.AI' },
];

/** The row that takes a lab's name, as written in a record, or undefined. */
export function rowOf(organisation: string): LabRow | undefined {
  return LAB_ROWS.find((row) => row.organisations.includes(organisation));
}

/** Events the chart can mark across both halves, with a short label for the line. */
export const MARKED_EVENTS: readonly { id: string; label: string }[] = [
  { id: 'deepseek-moment-2025-01-27', label: 'DeepSeek moment' },
  { id: 'altman-wrong-side-of-history-2025-01-31', label: 'Altman: “wrong side of history”' },
  { id: 'baidu-open-source-reversal-2025-02-14', label: 'Baidu turns open' },
  { id: 'openai-open-model-plan-2025-03-31', label: 'OpenAI: open model coming' },
  { id: 'ai-action-plan-2025-07-23', label: 'AI Action Plan' },
  { id: 'atom-project-2025-08', label: 'ATOM Project' },
  { id: 'nsf-nvidia-omai-2025-08-14', label: 'NSF and Nvidia fund Ai2' },
  { id: 'meta-avocado-report-2025-12-10', label: 'Report: Meta to go closed' },
];
