/**
 * The chart's reading of its records: which lane each event belongs to and a short label that fits
 * beside its dot. The dataset's events carry neither, so both live here, keyed by event id;
 * index.ts checks that every id exists, so a renamed record fails the build.
 */
export const LANES = [
  { key: 'warnings', label: ['Security', 'warnings'], short: ['Risks'] },
  { key: 'bans', label: ['Bans and', 'blocks'], short: ['Bans'] },
  { key: 'laws', label: ['Laws, bills', 'and plans'], short: ['Laws', '& plans'] },
  { key: 'built-on', label: ['Built on', 'Chinese', 'models'], short: ['Built', 'on'] },
] as const;

export type LaneKey = (typeof LANES)[number]['key'];

export interface BarrierEntry {
  id: string;
  lane: LaneKey;
  label: string;
  short: string;
}

export const BARRIERS: readonly BarrierEntry[] = [
  { id: 'ntia-open-weights-report-2024-07-30', lane: 'warnings', label: 'NTIA report', short: 'NTIA' },
  { id: 'cisco-deepseek-jailbreak-2025-02', lane: 'warnings', label: 'Jailbreak test', short: 'Jailbreak test' },
  { id: 'house-select-committee-deepseek-2025-04-16', lane: 'warnings', label: 'House committee report', short: 'House report' },
  { id: 'caisi-deepseek-evaluation-2025-09-30', lane: 'warnings', label: 'CAISI tests DeepSeek', short: 'CAISI' },
  { id: 'anthropic-distillation-claims-2026-02-23', lane: 'warnings', label: 'Anthropic: distillation', short: 'Anthropic' },
  { id: 'caisi-deepseek-v4-evaluation-2026-05-01', lane: 'warnings', label: 'CAISI tests V4', short: 'CAISI V4' },
  { id: 'navy-deepseek-2025-01-24', lane: 'bans', label: 'US Navy', short: 'Navy' },
  { id: 'italy-garante-deepseek-2025-01-30', lane: 'bans', label: 'Italy', short: 'Italy' },
  { id: 'texas-deepseek-ban-2025-01-31', lane: 'bans', label: 'Texas', short: 'Texas' },
  { id: 'taiwan-deepseek-ban-2025-02-03', lane: 'bans', label: 'Taiwan', short: 'Taiwan' },
  { id: 'australia-deepseek-ban-2025-02-04', lane: 'bans', label: 'Australia', short: 'Australia' },
  { id: 'new-york-deepseek-ban-2025-02-10', lane: 'bans', label: 'New York', short: 'NY' },
  { id: 'virginia-deepseek-ban-2025-02-11', lane: 'bans', label: 'Virginia', short: 'VA' },
  { id: 'south-korea-deepseek-suspension-2025-02-17', lane: 'bans', label: 'South Korea', short: 'S. Korea' },
  { id: 'iowa-deepseek-ban-2025-02-19', lane: 'bans', label: 'Iowa', short: 'Iowa' },
  { id: 'deepseek-state-bans-2025-11-09', lane: 'bans', label: 'Tally of state bans', short: 'States' },
  { id: 'eu-ai-act-in-force-2024-08-01', lane: 'laws', label: 'EU AI Act in force', short: 'EU AI Act' },
  { id: 'hawley-ai-decoupling-bill-2025-01-29', lane: 'laws', label: 'Hawley bill', short: 'Hawley bill' },
  { id: 'ai-action-plan-2025-07-23', lane: 'laws', label: 'US AI Action Plan', short: 'Action Plan' },
  { id: 'eu-ai-act-gpai-obligations-2025-08-02', lane: 'laws', label: 'EU model duties apply', short: 'EU duties' },
  { id: 'eu-digital-omnibus-proposal-2025-11-19', lane: 'laws', label: 'EU omnibus proposed', short: 'Omnibus' },
  { id: 'hfac-model-theft-bill-2026-04-22', lane: 'laws', label: 'House model-theft bill', short: 'Theft bill' },
  { id: 'ostp-distillation-memo-2026-04-23', lane: 'laws', label: 'White House memo', short: 'Memo' },
  { id: 'china-rejects-distillation-claims-2026-04-24', lane: 'laws', label: "China: claims 'unfounded'", short: 'China replies' },
  { id: 'eu-omnibus-agreement-2026-05-07', lane: 'laws', label: 'EU omnibus deal', short: 'EU deal' },
  { id: 'eu-gpai-enforcement-2026-08-02', lane: 'laws', label: 'EU enforcement begins', short: 'EU enforces' },
  { id: 'athene-v2-best-us-open-2024-12-23', lane: 'built-on', label: 'Athene-V2 on Qwen', short: 'Athene-V2' },
  { id: 's1-on-qwen-2025-01-31', lane: 'built-on', label: 's1 on Qwen', short: 's1' },
  { id: 'perplexity-r1-1776-2025-02-18', lane: 'built-on', label: 'R1 retrained by Perplexity', short: 'R1 retrain' },
  { id: 'casado-chinese-open-models-2025-08', lane: 'built-on', label: 'Investor: start-ups on Chinese models', short: 'Investor' },
  { id: 'meta-avocado-report-2025-12-10', lane: 'built-on', label: "Report: Avocado trained with Qwen's help", short: 'Avocado (report)' },
  { id: 'hf-us-models-on-chinese-bases-2026-08', lane: 'built-on', label: 'Some big US open models on Chinese bases', short: 'Inkling' },
];
