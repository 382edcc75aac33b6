import { defineChart } from '../contract';
import { column, sourcesOf } from '../shared/records';
import { findSeriesPoint } from '../../data/values';
import { compareDates } from '../../data/dates';
import { formatDate } from '../../i18n/format';
import { approxFlop, layoutTrainingComputeDots, type TrainingComputeData } from './layout';
import { trainingComputeDotsState } from './state';

/** The series that hold DeepSeek's own account of DeepSeek-V3's training run (developer claims). */
/** The series of Epoch AI's later estimates, keyed by model id (content/data/series/chips-2026.yaml). */
const LATER_ESTIMATES = 'epoch-training-compute-later';

const CLAIM_POINTS = {
  gpuHours: { series: 'deepseek-v3-gpu-hours-claim', at: 'Full training run, as reported' },
  gpus: { series: 'training-gpu-counts', at: 'DeepSeek-V3 pre-training (H800)' },
  cost: { series: 'training-cost-claims', at: 'DeepSeek-V3, final training run' },
} as const;

export default defineChart({
  name: 'trainingComputeDots',
  form: 'dot-plot',
  stateSchema: trainingComputeDotsState,
  exampleStates: [
    { models: ['gpt-4', 'gemini-1-ultra', 'gpt-4o', 'llama-3-1-405b'] },
    { models: ['gpt-4', 'gemini-1-ultra', 'gpt-4o', 'llama-3-1-405b', 'qwen-72b', 'glm-4-plus', 'hunyuan-large', 'deepseek-v3'], highlight: ['deepseek-v3', 'llama-3-1-405b'], claim: true },
    { models: 'all', highlight: ['deepseek-r1', 'grok-3'] },
  ],

  select(dataset): TrainingComputeData {
    // Epoch's later estimates for models whose records carry no compute figure (the shared records of
    // 2025-26 releases): a series whose categories are model ids, whose labels name the version.
    const later = dataset.series.find((series) => series.id === LATER_ESTIMATES);
    if (!later || later.kind !== 'category') throw new Error(`trainingComputeDots: the dataset has no category series "${LATER_ESTIMATES}"`);
    const laterById = new Map(later.points.map((point) => [point.category, point]));
    for (const id of laterById.keys()) {
      const model = dataset.models.find((candidate) => candidate.id === id);
      if (!model) throw new Error(`trainingComputeDots: "${LATER_ESTIMATES}" names "${id}", which is not a model in the dataset`);
      if (model.trainingComputeFlop !== undefined) throw new Error(`trainingComputeDots: "${id}" has its own compute figure; drop it from "${LATER_ESTIMATES}"`);
    }
    const models = dataset.models
      .map((model) => {
        const point = laterById.get(model.id);
        if (!point) return model;
        return { ...model, name: point.label ?? model.name, trainingComputeFlop: point.value, sources: [...(point.sources ?? later.sources)] };
      })
      .filter((model) => model.trainingComputeFlop !== undefined && (model.country === 'US' || model.country === 'CN'))
      .sort((a, b) => compareDates(a.released, b.released));
    const claimSources = new Set<string>();
    const value = (key: keyof typeof CLAIM_POINTS) => {
      const { series, point } = findSeriesPoint(dataset, CLAIM_POINTS[key].series, CLAIM_POINTS[key].at);
      (point.sources ?? series.sources).forEach((id) => claimSources.add(id));
      return point.value;
    };
    const epoch = dataset.sources.find((source) => source.id === 'epoch-notable-models');
    if (!epoch) throw new Error('trainingComputeDots: the dataset has no source "epoch-notable-models"');
    return {
      models,
      claim: { modelId: 'deepseek-v3', gpuHoursMillions: value('gpuHours'), gpus: value('gpus'), costMillionsUsd: value('cost'), sources: [...claimSources] },
      // The latest table read: the later estimates come from a newer copy of Epoch's data.
      asOf: [epoch.published, later.asOf].sort(compareDates).at(-1)!,
    };
  },

  layout: layoutTrainingComputeDots,

  table(data) {
    return {
      caption: 'Training compute of notable US and Chinese models, as estimated by Epoch AI',
      columns: [
        column('model', 'Model'), column('developer', 'Developer'), column('country', 'Country'), column('released', 'Released'),
        column('access', 'Weights'), column('flop', 'Training compute (FLOP, estimate)', { numeric: true }),
      ],
      rows: data.models.map((model) => ({
        model: model.name,
        developer: model.organisation,
        country: model.country === 'US' ? 'United States' : 'China',
        released: formatDate(model.released),
        access: model.access === 'open-weights' ? 'open' : 'closed',
        flop: approxFlop(model.trainingComputeFlop!),
      })),
    };
  },

  sources: (data) => sourcesOf(data.models, [data.claim]),

  asOf: (data) => data.asOf,

  estimate: () => true,

  legend: () => [
    { symbol: 'circle', className: 'compute-dot country-us is-open', label: 'US developer, open weights' },
    { symbol: 'circle', className: 'compute-dot country-us is-closed', label: 'US developer, closed' },
    { symbol: 'circle', className: 'compute-dot country-cn is-open', label: 'Chinese developer, open weights' },
    { symbol: 'circle', className: 'compute-dot country-cn is-closed', label: 'Chinese developer, closed' },
  ],
});
