import { defineChart } from '../contract';
import { column, latestAsOf, sourcesOf } from '../shared/records';
import type { DatasetEvent, Model } from '../../data/schema';
import { compareDates } from '../../data/dates';
import { layoutPolicyTimeline, type ItemShape, type PolicyTimelineData, type TimelineItem } from './layout';
import { itemTitle } from './shortLabels';
import { policyTimelineLanesState } from './state';
import { CN_EVENTS, CN_MODELS, US_ITEMS } from './items';


function eventShape(event: DatasetEvent): ItemShape {
  if (event.kind === 'export-control' || event.kind === 'entity-listing') return event.effect === 'loosens' ? 'easing' : 'rule';
  // A restriction in the US lane is a company's (OpenAI's cut-off); in China's lane every restriction
  // the timeline offers is the government's (customs told that the H200 was "not permitted"), so it
  // is drawn as a rule, not as a company's move.
  if (event.kind === 'restriction') return event.country === 'CN' ? 'policy' : 'company';
  if (event.kind === 'corporate' || event.kind === 'market' || event.kind === 'model-release') return 'company';
  return 'policy';
}

function eventItem(event: DatasetEvent, lane: 'us' | 'cn'): TimelineItem {
  return {
    id: event.id,
    lane,
    date: event.date,
    shape: eventShape(event),
    title: event.title,
    sources: event.sources,
    collection: 'events',
  };
}

function modelItem(model: Model): TimelineItem {
  // The table says which licence a release came under.
  if (!model.licence) throw new Error(`policyTimelineLanes: the open-weight model "${model.id}" names no licence`);
  return {
    id: model.id,
    lane: 'cn',
    date: model.released,
    shape: 'model',
    title: model.name,
    model: { organisation: model.organisation, name: model.name, licence: model.licence },
    sources: model.sources,
    collection: 'models',
  };
}

export default defineChart({
  name: 'policyTimelineLanes',
  form: 'row-timeline',
  stateSchema: policyTimelineLanesState,
  exampleStates: [
    {
      window: { from: '2017-01', to: '2025-09' },
      us: ['huawei-entity-list-2019-05-16', 'bis-rule-2022-10-07'],
      cn: ['cn-new-generation-ai-plan-2017', 'cn-14th-five-year-plan-2021-03-11'],
      highlight: ['cn-new-generation-ai-plan-2017', 'cn-14th-five-year-plan-2021-03-11'],
    },
    {
      window: { from: '2022-01', to: '2025-09' },
      us: ['bis-rule-2022-10-07', 'bis-rule-2023-10-17', 'openai-api-cutoff-2024-07-09', 'bis-rule-2024-12-02'],
      cn: ['qwen-7b', 'qwen-72b', 'deepseek-v2', 'cn-labs-migration-offers-2024-06', 'deepseek-v2-price-war-2024-05', 'qwen2-72b', 'deepseek-v3', 'deepseek-r1'],
      highlight: ['openai-api-cutoff-2024-07-09', 'cn-labs-migration-offers-2024-06', 'deepseek-v2-price-war-2024-05'],
      links: [{ from: 'bis-rule-2022-10-07', to: 'qwen-7b' }],
    },
    {
      window: { from: '2024-06', to: '2025-09' },
      us: ['openai-api-cutoff-2024-07-09', 'bis-diffusion-rule-2025-01-13', 'h20-licence-2025-04-09', 'bis-diffusion-rescinded-2025-05-13', 'h20-sales-resume-2025-07-14'],
      cn: ['qwen2.5', 'deepseek-r1', 'qwen3', 'kimi-k2'],
      highlight: ['h20-licence-2025-04-09', 'bis-diffusion-rescinded-2025-05-13', 'h20-sales-resume-2025-07-14', 'qwen3', 'kimi-k2'],
    },
    {
      window: { from: '2025-06', to: '2026-09' },
      us: ['bis-h200-case-by-case-2026-01-15'],
      cn: ['cn-ai-plus-opinions-2025-08-26', 'china-state-datacentres-domestic-chips-2025-11', 'china-customs-h200-block-2026-01-14', 'cn-government-work-report-2026-03-05', 'cn-fyp15-outline-approved-2026-03-12', 'kimi-k2-5', 'qwen3-5', 'deepseek-v4'],
      highlight: ['bis-h200-case-by-case-2026-01-15', 'china-state-datacentres-domestic-chips-2025-11', 'china-customs-h200-block-2026-01-14', 'deepseek-v4'],
    },
  ],

  select(dataset): PolicyTimelineData {
    const items = new Map<string, TimelineItem>();
    const events = new Map(dataset.events.map((event) => [event.id, event]));
    const models = new Map(dataset.models.map((model) => [model.id, model]));
    for (const id of US_ITEMS) {
      const event = events.get(id);
      if (!event || event.country !== 'US') throw new Error(`policyTimelineLanes: "${id}" is not a US event in the dataset`);
      items.set(id, eventItem(event, 'us'));
    }
    for (const id of CN_EVENTS) {
      const event = events.get(id);
      if (!event || event.country !== 'CN') throw new Error(`policyTimelineLanes: "${id}" is not a Chinese event in the dataset (CN_EVENTS, items.ts)`);
      items.set(id, eventItem(event, 'cn'));
    }
    for (const id of CN_MODELS) {
      const model = models.get(id);
      if (!model || model.country !== 'CN' || model.access !== 'open-weights') throw new Error(`policyTimelineLanes: "${id}" is not a Chinese open-weight model in the dataset (CN_MODELS, items.ts)`);
      items.set(id, modelItem(model));
    }
    return { items };
  },

  layout: layoutPolicyTimeline,

  table(data, words) {
    const { t } = words;
    const rows = [...data.items.values()].sort((a, b) => compareDates(a.date, b.date) || a.lane.localeCompare(b.lane));
    return {
      caption: t('policyTimelineLanes.table.caption'),
      columns: [
        column('date', t('policyTimelineLanes.table.date')), column('lane', t('policyTimelineLanes.table.lane')), column('kind', t('policyTimelineLanes.table.kind')),
        column('item', t('policyTimelineLanes.table.item')),
      ],
      rows: rows.map((item) => ({
        date: words.date(item.date),
        lane: t(`policyTimelineLanes.table.lane.${item.lane}`),
        kind: t(`policyTimelineLanes.kind.${item.shape}`),
        item: itemTitle(item, words),
      })),
    };
  },

  sources: (data) => sourcesOf(data.items.values()),
  asOf: (data) => latestAsOf([...data.items.values()].map((item) => item.date)),

  legend: (_data, { t }) => [
    { symbol: 'triangle', className: 'timeline-item country-us', label: t('policyTimelineLanes.legend.rule') },
    { symbol: 'square', className: 'timeline-item country-us', label: t('policyTimelineLanes.legend.company') },
    { symbol: 'diamond', className: 'timeline-item country-cn', label: t('policyTimelineLanes.legend.policy') },
    { symbol: 'circle', className: 'timeline-item country-cn is-open', label: t('policyTimelineLanes.legend.model') },
  ],
});
