import { defineChart } from '../contract';
import { column, latestAsOf, sourcesOf } from '../shared/records';
import { compareDates } from '../../data/dates';
import { layoutModelStrips, licenceClass, licenceName, rowWords, type ModelFamilyData, type StripModel } from './layout';
import { ORGANISATIONS } from './organisations';
import { modelFamilyStripsState } from './state';

/** The chapter runs to August 2026 (Hugging Face's summer 2026 report is its last broad source). */
const AXIS_END = '2026-09';

export default defineChart({
  name: 'modelFamilyStrips',
  form: 'row-timeline',
  stateSchema: modelFamilyStripsState,
  exampleStates: [
    { rows: ['alibaba'], until: '2025-08-31', labels: ['qwen-7b', 'qwen3'] },
    { rows: ['alibaba', 'deepseek', 'baidu', 'tencent'], labels: ['ernie-4.0', 'hunyuan-large'] },
    {
      rows: ['alibaba', 'deepseek', 'baidu', 'tencent', 'moonshot', 'minimax', 'zhipu'],
      period: { from: '2025-01', to: '2025-08-31', label: 'The 2025 wave' },
      labels: ['kimi-k2', 'glm-4.5'],
      arrows: [{ from: 'ernie-4.5-launch', to: 'ernie-4.5', caption: 'Baidu: closed, then open' }],
    },
    {
      rows: ['alibaba', 'deepseek', 'baidu', 'tencent', 'bytedance', 'moonshot', 'minimax', 'zhipu'],
      period: { from: '2025-09', to: '2026-08-31', label: 'Since September 2025' },
      labels: ['kimi-k3', 'qwen3.8-2.4t', 'ernie-5.0'],
    },
  ],

  select(dataset): ModelFamilyData {
    const rowOfFamily = new Map<string, (typeof ORGANISATIONS)[number]['key']>(ORGANISATIONS.flatMap((org) => org.families.map((family) => [family, org.key] as const)));
    const models: StripModel[] = dataset.models
      .filter((model) => model.country === 'CN' && rowOfFamily.has(model.family) && compareDates(model.released, AXIS_END) <= 0)
      .map((model) => ({
        id: model.id,
        name: model.name,
        row: rowOfFamily.get(model.family)!,
        released: model.released,
        licence: licenceClass(model),
        licenceName: model.access === 'closed' ? undefined : model.licence,
        sources: model.sources,
      }));
    const first = models.map((model) => model.released).sort(compareDates)[0]!;
    // Start the axis on 1 January of the first release's year, so that year is labelled too.
    const from = `${first.slice(0, 4)}-01-01`;
    return { models, from, to: AXIS_END };
  },

  layout: layoutModelStrips,

  table(data, words) {
    const { t } = words;
    const order = new Map(ORGANISATIONS.map((org, index) => [org.key, index]));
    return {
      caption: t('modelFamilyStrips.table.caption'),
      columns: [
        column('organisation', t('modelFamilyStrips.table.organisation')), column('model', t('charts.column.model')), column('released', t('charts.column.released')),
        column('access', t('modelFamilyStrips.table.access')), column('licence', t('charts.column.licence')),
      ],
      rows: [...data.models]
        .sort((a, b) => order.get(a.row)! - order.get(b.row)! || compareDates(a.released, b.released))
        .map((model) => ({
          organisation: rowWords(model.row, 'name', words),
          model: model.name,
          released: words.date(model.released),
          access: licenceName(model.licence, words),
          // A closed model has no licence: say how it is offered instead.
          licence: model.licence === 'closed' ? t('modelFamilyStrips.table.closed') : (model.licenceName ?? ''),
        })),
    };
  },

  sources: (data) => sourcesOf(data.models),
  asOf: (data) => latestAsOf(data.models.map((model) => model.released)),

  legend: (_data, { t }) => [
    { symbol: 'circle', className: 'model-mark country-cn is-open', label: t('modelFamilyStrips.legend.permissive') },
    { symbol: 'diamond', className: 'model-mark country-cn is-open', label: t('modelFamilyStrips.legend.custom') },
    { symbol: 'triangle', className: 'model-mark country-cn is-open', label: t('modelFamilyStrips.legend.restricted') },
    { symbol: 'square', className: 'model-mark country-cn is-closed', label: t('modelFamilyStrips.legend.closed') },
  ],
});
