/**
 * Timeline labels are short, because a record's title is a sentence and a label has room for a few
 * words. The events listed here have short names of their own in the dictionary
 * (`policyTimelineLanes.item.<id>.wide|narrow`); models use their own name (without the bracketed
 * variant); any other event falls back to its title, cut at the first comma, colon or dash.
 */
import type { Variant } from '../contract';
import type { Words } from '../../i18n/words';
import type { TimelineItem } from './layout';

const SHORT_LABELLED = [
  'huawei-entity-list-2019-05-16',
  'bis-rule-2022-10-07',
  'bis-rule-2023-10-17',
  'entity-list-biren-moore-threads-2023-10-17',
  'bis-rule-2024-12-02',
  'bis-diffusion-rule-2025-01-13',
  'h20-licence-2025-04-09',
  'bis-diffusion-rescinded-2025-05-13',
  'bis-ascend-guidance-2025-05-13',
  'h20-sales-resume-2025-07-14',
  'bis-h200-case-by-case-2026-01-15',
  'openai-api-warning-2024-06-25',
  'openai-api-cutoff-2024-07-09',
  'cn-new-generation-ai-plan-2017',
  'cn-14th-five-year-plan-2021-03-11',
  'cn-digital-china-plan-2023-02-27',
  'cn-genai-interim-measures-2023-08-15',
  'deepseek-v2-price-war-2024-05',
  'cn-labs-migration-offers-2024-06',
  'baidu-closed-source-stance-2024-04',
  'baidu-open-source-reversal-2025-02-14',
  'liang-wenfeng-not-a-follower-2024-07',
  'cn-global-ai-governance-action-plan-2025-07-26',
  'miit-openatom-conference-2025-07-23',
  'deepseek-moment-2025-01-27',
  'cn-ai-plus-opinions-2025-08-26',
  'cn-ai-labelling-measures-2025-09-01',
  'cn-fyp15-recommendations-2025-10-23',
  'cn-cybersecurity-law-ai-2025-10-28',
  'china-state-datacentres-domestic-chips-2025-11',
  'china-customs-h200-block-2026-01-14',
  'cn-ai-plus-manufacturing-2026-01-07',
  'cn-government-work-report-2026-03-05',
  'cn-fyp15-outline-approved-2026-03-12',
] as const;

const hasShortLabel = (id: string): id is (typeof SHORT_LABELLED)[number] => (SHORT_LABELLED as readonly string[]).includes(id);

/** "ERNIE 4.5 (open family, 10 models)" -> "ERNIE 4.5". */
export function modelShortName(name: string): string {
  return name.replace(/\s*\(.*\)\s*$/, '');
}

export function fallbackLabel(title: string): string {
  return title.split(/[,:;–—]/)[0]!.trim();
}

/** An item's label on the timeline, for the wide drawing or a phone's. */
export function itemLabel(item: TimelineItem, variant: Variant, words: Words): string {
  if (item.model) {
    const name = modelShortName(item.model.name);
    return variant === 'wide' ? words.t('policyTimelineLanes.model.label.wide', { model: name }) : name;
  }
  return hasShortLabel(item.id) ? words.t(`policyTimelineLanes.item.${item.id}.${variant}`) : fallbackLabel(item.title);
}

/** An item's full title, for the table: an event's own, or a model's release in words. */
export function itemTitle(item: TimelineItem, words: Words): string {
  if (!item.model) return item.title;
  const { organisation, name, licence } = item.model;
  return words.t('policyTimelineLanes.model.title', { organisation, model: name, licence });
}
