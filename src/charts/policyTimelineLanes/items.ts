/**
 * The records this timeline offers, by id: the US restrictions and the Chinese plans, rules, market
 * moves and open-weight releases that the cause-and-response story turns on. A curated list rather
 * than every event of a kind, so that the chart's table and source line stay about this story (the
 * dataset also holds chip launches, court cases and later events that belong to other charts).
 * Adding an item here makes it available to steps; the chart checks that each id exists.
 */
/** US restrictions and statements: each has a short label in the dictionary (shortLabels.ts). */
export const US_ITEMS = [
  'huawei-entity-list-2019-05-16',
  'bis-rule-2022-10-07',
  'bis-rule-2023-10-17',
  'entity-list-biren-moore-threads-2023-10-17',
  'openai-api-warning-2024-06-25',
  'openai-api-cutoff-2024-07-09',
  'bis-rule-2024-12-02',
  'bis-diffusion-rule-2025-01-13',
  'h20-licence-2025-04-09',
  'bis-diffusion-rescinded-2025-05-13',
  'bis-ascend-guidance-2025-05-13',
  'h20-sales-resume-2025-07-14',
  // after August 2025
  'bis-h200-case-by-case-2026-01-15',
] as const;

/** Chinese plans, rules, statements and market moves: each has a short label in the dictionary (shortLabels.ts). */
export const CN_EVENTS = [
  // plans, rules and statements
  'cn-new-generation-ai-plan-2017',
  'cn-14th-five-year-plan-2021-03-11',
  'cn-digital-china-plan-2023-02-27',
  'cn-genai-interim-measures-2023-08-15',
  'baidu-closed-source-stance-2024-04',
  'liang-wenfeng-not-a-follower-2024-07',
  'baidu-open-source-reversal-2025-02-14',
  'miit-openatom-conference-2025-07-23',
  'cn-global-ai-governance-action-plan-2025-07-26',
  // plans, rules and statements after August 2025
  'cn-ai-plus-opinions-2025-08-26',
  'cn-ai-labelling-measures-2025-09-01',
  'cn-fyp15-recommendations-2025-10-23',
  'cn-cybersecurity-law-ai-2025-10-28',
  'china-state-datacentres-domestic-chips-2025-11',
  'china-customs-h200-block-2026-01-14',
  'cn-ai-plus-manufacturing-2026-01-07',
  'cn-government-work-report-2026-03-05',
  'cn-fyp15-outline-approved-2026-03-12',
  // market moves
  'deepseek-v2-price-war-2024-05',
  'cn-labs-migration-offers-2024-06',
  'deepseek-moment-2025-01-27',
] as const;

/** Chinese open-weight releases: a model's label is its own name (shortLabels.ts). */
export const CN_MODELS = [
  'glm-130b',
  'qwen-7b',
  'qwen-72b',
  'deepseek-llm-67b',
  'qwen1.5-72b',
  'deepseek-v2',
  'qwen2-72b',
  'qwen2.5',
  'hunyuan-large',
  'deepseek-v3',
  'deepseek-r1',
  'qwq-32b',
  'qwen3',
  'minimax-m1',
  'hunyuan-a13b',
  'ernie-4.5',
  'kimi-k2',
  'glm-4.5',
  // open-weight releases after August 2025 (content/data/models/releases-2026.yaml)
  'minimax-m2',
  'kimi-k2-thinking',
  'kimi-k2-5',
  'qwen3-5',
  'deepseek-v4',
] as const;
