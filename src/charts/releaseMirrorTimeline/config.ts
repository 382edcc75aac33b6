/**
 * The chart's reading of its records: the order of the lab rows (nearest the axis last for the US,
 * first for China) and short labels. The dataset's organisations are long ("Google DeepMind",
 * "Zhipu AI (Z.ai)") and its events have no short title, so both live here, keyed by the records'
 * own values; index.ts checks the event ids exist.
 */

/** Lab rows, top to bottom: US labs above the axis, then Chinese labs below it. */
export const LAB_ROWS: readonly { organisation: string; label: string }[] = [
  { organisation: 'xAI', label: 'xAI' },
  { organisation: 'Anthropic', label: 'Anthropic' },
  { organisation: 'Google DeepMind', label: 'Google' },
  { organisation: 'OpenAI', label: 'OpenAI' },
  { organisation: 'Meta', label: 'Meta' },
  { organisation: 'DeepSeek', label: 'DeepSeek' },
  { organisation: 'Alibaba Cloud', label: 'Alibaba' },
  { organisation: 'Moonshot AI', label: 'Moonshot' },
  { organisation: 'Zhipu AI (Z.ai)', label: 'Zhipu' },
  { organisation: 'MiniMax', label: 'MiniMax' },
  { organisation: 'Tencent', label: 'Tencent' },
  { organisation: 'Baidu', label: 'Baidu' },
  { organisation: 'ByteDance', label: 'ByteDance' },
  { organisation: '01.AI', label: '01.AI' },
];

/** Events the chart can mark across both halves, with a short label for the line. */
export const MARKED_EVENTS: readonly { id: string; label: string }[] = [
  { id: 'deepseek-moment-2025-01-27', label: 'DeepSeek moment' },
  { id: 'altman-wrong-side-of-history-2025-01-31', label: 'Altman: “wrong side of history”' },
  { id: 'baidu-open-source-reversal-2025-02-14', label: 'Baidu turns open' },
  { id: 'openai-open-model-plan-2025-03-31', label: 'OpenAI: open model coming' },
  { id: 'ai-action-plan-2025-07-23', label: 'AI Action Plan' },
  { id: 'atom-project-2025-08', label: 'ATOM Project' },
];
