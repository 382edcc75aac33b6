import { defineChart } from '../contract';
import { column, sourcesOf } from '../shared/records';
import { findSeriesPoint } from '../../data/values';
import { compareDates } from '../../data/dates';
import { approxFlop, layoutTrainingComputeDots, type TrainingComputeData } from './layout';
import { trainingComputeDotsState } from './state';

/** The series of Epoch AI's later estimates, keyed by model id (content/data/series/chips-2026.yaml). */
const LATER_ESTIMATES = 'epoch-training-compute-later';

/** DeepSeek's own account of DeepSeek-V3's training run (developer claims): the series points, and the chip it names. */
const CLAIM_POINTS = {
  gpuHours: { series: 'deepseek-v3-gpu-hours-claim', at: 'Full training run, as reported' },
  gpus: { series: 'training-gpu-counts', at: 'DeepSeek-V3 pre-training (H800)' },
  cost: { series: 'training-cost-claims', at: 'DeepSeek-V3, final training run' },
} as const;
const CLAIM_CHIP = 'nvidia-h800';

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
    const chip = dataset.chips.find((candidate) => candidate.id === CLAIM_CHIP);
    if (!chip) throw new Error(`trainingComputeDots: the dataset has no chip "${CLAIM_CHIP}"`);
    return {
      models,
      claim: {
        modelId: 'deepseek-v3',
        // The claim names the chip without its form factor: "H800", not "H800 (SXM5)".
        chip: chip.name.replace(/ \(.*\)$/, ''),
        gpuHoursMillions: value('gpuHours'),
        gpus: value('gpus'),
        costMillionsUsd: value('cost'),
        sources: [...claimSources],
      },
      estimator: epoch.publisher,
      // The latest table read: the later estimates come from a newer copy of Epoch's data.
      asOf: [epoch.published, later.asOf].sort(compareDates).at(-1)!,
    };
  },

  layout: layoutTrainingComputeDots,

  table(data, words) {
    const { t } = words;
    return {
      caption: t('trainingComputeDots.table.caption', { estimator: data.estimator }),
      columns: [
        column('model', t('charts.column.model')), column('developer', t('trainingComputeDots.table.developer')), column('country', t('charts.column.country')),
        column('released', t('charts.column.released')), column('access', t('charts.column.weights')), column('flop', t('trainingComputeDots.table.flop'), { numeric: true }),
      ],
      rows: data.models.map((model) => ({
        model: model.name,
        developer: model.organisation,
        country: t(`country.${model.country}`),
        released: words.date(model.released),
        access: t(model.access === 'open-weights' ? 'charts.weights.open' : 'charts.weights.closed'),
        flop: approxFlop(model.trainingComputeFlop!, words),
      })),
    };
  },

  sources: (data) => sourcesOf(data.models, [data.claim]),

  asOf: (data) => data.asOf,

  estimate: () => true,

  legend: (_data, { t }) => [
    { symbol: 'circle', className: 'compute-dot country-us is-open', label: t('trainingComputeDots.legend.usOpen') },
    { symbol: 'circle', className: 'compute-dot country-us is-closed', label: t('trainingComputeDots.legend.usClosed') },
    { symbol: 'circle', className: 'compute-dot country-cn is-open', label: t('trainingComputeDots.legend.cnOpen') },
    { symbol: 'circle', className: 'compute-dot country-cn is-closed', label: t('trainingComputeDots.legend.cnClosed') },
  ],
});
