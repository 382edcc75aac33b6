/**
 * Short names for timeline items, because a record's title is a sentence and a timeline label has
 * room for a few words. Wide labels may carry a little context; narrow ones must fit a phone.
 * Models use their own name (without the bracketed variant); an event without an entry here falls
 * back to its title, cut at the first comma, colon or dash.
 */
export const SHORT_LABELS: Record<string, { wide: string; narrow: string }> = {
  // United States
  'huawei-entity-list-2019-05-16': { wide: 'Huawei on the Entity List', narrow: 'Huawei listed' },
  'bis-rule-2022-10-07': { wide: 'First AI-chip export rule', narrow: 'Chip rule' },
  'bis-rule-2023-10-17': { wide: 'Chip rule tightened', narrow: 'Rule tightened' },
  'entity-list-biren-moore-threads-2023-10-17': { wide: 'Chinese GPU designers listed', narrow: 'GPU firms listed' },
  'bis-rule-2024-12-02': { wide: 'Memory and tool controls', narrow: 'Memory rule' },
  'bis-diffusion-rule-2025-01-13': { wide: '“AI diffusion” rule', narrow: 'Diffusion rule' },
  'h20-licence-2025-04-09': { wide: 'H20 needs a licence', narrow: 'H20 licence' },
  'bis-diffusion-rescinded-2025-05-13': { wide: 'Diffusion rule dropped', narrow: 'Rule dropped' },
  'bis-ascend-guidance-2025-05-13': { wide: 'Warning on Huawei’s Ascend chips', narrow: 'Ascend warning' },
  'h20-sales-resume-2025-07-14': { wide: 'H20 sales may resume', narrow: 'H20 sales resume' },
  'bis-h200-case-by-case-2026-01-15': { wide: 'H200 sales: case-by-case review', narrow: 'H200 review' },
  'openai-api-warning-2024-06-25': { wide: 'OpenAI warns API users in China', narrow: 'OpenAI warning' },
  'openai-api-cutoff-2024-07-09': { wide: 'OpenAI blocks API access from China', narrow: 'OpenAI cut-off' },
  // China
  'cn-new-generation-ai-plan-2017': { wide: 'AI plan: lead the world by 2030', narrow: 'AI plan' },
  'cn-14th-five-year-plan-2021-03-11': { wide: 'Five-Year Plan backs open source', narrow: 'Five-Year Plan' },
  'cn-digital-china-plan-2023-02-27': { wide: 'Digital China plan', narrow: 'Digital China' },
  'cn-genai-interim-measures-2023-08-15': { wide: 'Generative-AI rules in force', narrow: 'AI rules' },
  'deepseek-v2-price-war-2024-05': { wide: 'DeepSeek-V2 starts a price war', narrow: 'Price war' },
  'cn-labs-migration-offers-2024-06': { wide: 'Free tokens to switch from OpenAI', narrow: 'Switch offers' },
  'baidu-closed-source-stance-2024-04': { wide: 'Baidu: closed will keep leading', narrow: 'Baidu: closed' },
  'baidu-open-source-reversal-2025-02-14': { wide: 'Baidu says it will open ERNIE', narrow: 'Baidu opens' },
  'liang-wenfeng-not-a-follower-2024-07': { wide: '“Can’t be following forever”', narrow: '“Not a follower”' },
  'cn-global-ai-governance-action-plan-2025-07-26': { wide: 'Global AI governance plan', narrow: 'Governance plan' },
  'miit-openatom-conference-2025-07-23': { wide: 'Open source “core infrastructure”', narrow: '“Core infrastructure”' },
  'big-fund-iii-2024-05-24': { wide: 'Chip fund, phase III', narrow: 'Big Fund III' },
  'deepseek-moment-2025-01-27': { wide: 'The “DeepSeek moment”', narrow: 'DeepSeek moment' },
  'china-mineral-export-ban-2024-12-03': { wide: 'Mineral export ban', narrow: 'Mineral ban' },
  'cn-ai-plus-opinions-2025-08-26': { wide: '“AI+”: open source a foundation', narrow: '“AI+” opinions' },
  'cn-ai-labelling-measures-2025-09-01': { wide: 'Labels on AI content', narrow: 'AI labels' },
  'cn-fyp15-recommendations-2025-10-23': { wide: 'Party’s plan recommendations', narrow: 'Plan proposals' },
  'cn-cybersecurity-law-ai-2025-10-28': { wide: 'Cybersecurity Law adds AI', narrow: 'AI in the law' },
  'china-state-datacentres-domestic-chips-2025-11': { wide: 'State data centres: Chinese chips', narrow: 'Chinese chips only' },
  'china-customs-h200-block-2026-01-14': { wide: 'H200 “not permitted” at customs', narrow: 'H200 stopped' },
  'cn-ai-plus-manufacturing-2026-01-07': { wide: 'AI+ Manufacturing: open-source goal', narrow: 'AI+ Manufacturing' },
  'cn-government-work-report-2026-03-05': { wide: 'Work report: “lead” open source', narrow: 'Work report' },
  'cn-fyp15-outline-approved-2026-03-12': { wide: '15th Five-Year Plan approved', narrow: '15th plan' },
};

/** "ERNIE 4.5 (open family, 10 models)" -> "ERNIE 4.5". */
export function modelShortName(name: string): string {
  return name.replace(/\s*\(.*\)\s*$/, '');
}

export function fallbackLabel(title: string): string {
  return title.split(/[,:;–—]/)[0]!.trim();
}
