/**
 * The chart's reading of its records: which lane each event belongs to. The dataset's events carry
 * no lane, so it lives here, keyed by event id; index.ts checks that every id exists, so a renamed
 * record fails the build. The lanes' names and each event's short label, which fits beside its dot,
 * are in the dictionary (`barrierTimeline.lane.<key>.*`, `barrierTimeline.event.<id>.*`).
 */
export const LANES = [
  { key: 'warnings' },
  { key: 'bans' },
  { key: 'laws' },
  { key: 'built-on' },
] as const;

export type LaneKey = (typeof LANES)[number]['key'];

export const BARRIERS = [
  { id: 'ntia-open-weights-report-2024-07-30', lane: 'warnings' },
  { id: 'cisco-deepseek-jailbreak-2025-02', lane: 'warnings' },
  { id: 'house-select-committee-deepseek-2025-04-16', lane: 'warnings' },
  { id: 'caisi-deepseek-evaluation-2025-09-30', lane: 'warnings' },
  { id: 'anthropic-distillation-claims-2026-02-23', lane: 'warnings' },
  { id: 'caisi-deepseek-v4-evaluation-2026-05-01', lane: 'warnings' },
  { id: 'navy-deepseek-2025-01-24', lane: 'bans' },
  { id: 'italy-garante-deepseek-2025-01-30', lane: 'bans' },
  { id: 'texas-deepseek-ban-2025-01-31', lane: 'bans' },
  { id: 'taiwan-deepseek-ban-2025-02-03', lane: 'bans' },
  { id: 'australia-deepseek-ban-2025-02-04', lane: 'bans' },
  { id: 'new-york-deepseek-ban-2025-02-10', lane: 'bans' },
  { id: 'virginia-deepseek-ban-2025-02-11', lane: 'bans' },
  { id: 'south-korea-deepseek-suspension-2025-02-17', lane: 'bans' },
  { id: 'iowa-deepseek-ban-2025-02-19', lane: 'bans' },
  { id: 'deepseek-state-bans-2025-11-09', lane: 'bans' },
  { id: 'eu-ai-act-in-force-2024-08-01', lane: 'laws' },
  { id: 'hawley-ai-decoupling-bill-2025-01-29', lane: 'laws' },
  { id: 'ai-action-plan-2025-07-23', lane: 'laws' },
  { id: 'eu-ai-act-gpai-obligations-2025-08-02', lane: 'laws' },
  { id: 'eu-digital-omnibus-proposal-2025-11-19', lane: 'laws' },
  { id: 'hfac-model-theft-bill-2026-04-22', lane: 'laws' },
  { id: 'ostp-distillation-memo-2026-04-23', lane: 'laws' },
  { id: 'china-rejects-distillation-claims-2026-04-24', lane: 'laws' },
  { id: 'eu-omnibus-agreement-2026-05-07', lane: 'laws' },
  { id: 'eu-gpai-enforcement-2026-08-02', lane: 'laws' },
  { id: 'athene-v2-best-us-open-2024-12-23', lane: 'built-on' },
  { id: 's1-on-qwen-2025-01-31', lane: 'built-on' },
  { id: 'perplexity-r1-1776-2025-02-18', lane: 'built-on' },
  { id: 'casado-chinese-open-models-2025-08', lane: 'built-on' },
  { id: 'meta-avocado-report-2025-12-10', lane: 'built-on' },
  { id: 'hf-us-models-on-chinese-bases-2026-08', lane: 'built-on' },
] as const satisfies readonly { id: string; lane: LaneKey }[];

export type BarrierEntry = (typeof BARRIERS)[number];
