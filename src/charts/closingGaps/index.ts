import { defineChart } from '../contract';
import { compareDates } from '../../data/dates';
import type { CategorySeries, Series } from '../../data/schema';
import { formatDate } from '../../i18n/format';
import { layoutClosingGaps, type ClosingGapsData, type MarkerRecord } from './layout';
import { closingGapsState } from './state';

/**
 * What the closing chart recalls: a deliberate selection of records the other chapters tell, so its
 * source line lists exactly what it can draw.
 */
const RECALLED = {
  series: [
    'lmarena-best-closed',
    'lmarena-best-open',
    'lmarena-best-chinese',
    'lmarena-best-us-open',
    'lmarena-closed-open-gap',
    'open-closed-arena-gap-ai-index',
    'us-cn-arena-gap-ai-index',
    'us-cn-arena-gap-ai-index-2026',
    'epoch-eci-monthly',
    'talent-dumbbell-top-tier',
  ],
  gpus: { series: 'training-gpu-counts', categories: ['Llama 3.1 405B pre-training (H100)', 'DeepSeek-V3 pre-training (H800)'] },
  models: ['llama-3-1-405b', 'deepseek-v3'],
  // Only the dates a step marks: the data table lists these as "dates marked", so none may be unused.
  markers: ['events:deepseek-moment-2025-01-27', 'events:ai-action-plan-2025-07-23'],
} as const;

const UNIT_NAMES: Partial<Record<Series['unit'], string>> = { 'arena-score': 'arena score', percent: '%', 'index-points': 'index points' };
const INDEX_GROUP_NAMES: Record<string, string> = { closed: 'best closed', 'cn-open': 'best Chinese open', 'us-open': 'best US open' };

const SCORES = [
  { series: 'lmarena-best-closed', label: 'Best closed' },
  { series: 'lmarena-best-open', label: 'Best open' },
];

export default defineChart({
  name: 'closingGaps',
  form: 'lines',
  stateSchema: closingGapsState,
  exampleStates: [
    { view: 'scores', lines: SCORES },
    {
      view: 'scores',
      lines: SCORES,
      callouts: [
        { line: 'lmarena-best-open', at: '2024-08-01', model: 'llama-3-1-405b', gpus: 'Llama 3.1 405B pre-training (H100)' },
        { line: 'lmarena-best-open', at: '2024-12-31', model: 'deepseek-v3', gpus: 'DeepSeek-V3 pre-training (H800)' },
      ],
    },
    {
      view: 'scores',
      lines: [...SCORES, { series: 'lmarena-best-us-open', label: 'Best US open' }],
      markers: [
        { record: 'events:deepseek-moment-2025-01-27', label: 'DeepSeek moment' },
        { record: 'events:ai-action-plan-2025-07-23', label: 'US AI Action Plan' },
      ],
      highlight: ['lmarena-best-us-open'],
    },
    {
      view: 'gaps',
      lines: [
        { series: 'us-cn-arena-gap-ai-index', label: 'AI Index, US over China', labelAt: 'start' },
        { series: 'open-closed-arena-gap-ai-index', label: 'AI Index, closed over open', labelAt: 'start' },
        { series: 'lmarena-closed-open-gap', label: 'LMArena snapshots, closed over open' },
      ],
    },
    {
      view: 'index',
      lines: [
        { series: 'epoch-eci-monthly', group: 'closed', label: 'Best closed' },
        { series: 'epoch-eci-monthly', group: 'cn-open', label: 'Best Chinese open' },
        { series: 'epoch-eci-monthly', group: 'us-open', label: 'Best US open' },
      ],
    },
    {
      view: 'talent',
      lines: [
        { series: 'talent-dumbbell-top-tier', category: 'Undergraduate degree in China', label: 'China' },
        { series: 'talent-dumbbell-top-tier', category: 'Undergraduate degree in the US', label: 'US' },
        { series: 'talent-dumbbell-top-tier', category: 'Working in the US', label: 'US' },
        { series: 'talent-dumbbell-top-tier', category: 'Working in China', label: 'China' },
      ],
    },
  ],

  select(dataset): ClosingGapsData {
    const byId = new Map(dataset.series.map((series) => [series.id, series]));
    const series = new Map<string, Series>(
      RECALLED.series.map((id) => {
        const found = byId.get(id);
        if (!found) throw new Error(`closingGaps: the dataset no longer holds the series "${id}" this chart recalls`);
        return [id, found];
      }),
    );
    const gpus = byId.get(RECALLED.gpus.series);
    const markers = new Map<string, MarkerRecord>();
    for (const key of RECALLED.markers) {
      const [collection, id] = key.split(':') as ['events' | 'models', string];
      const record = collection === 'events' ? dataset.events.find((event) => event.id === id) : dataset.models.find((model) => model.id === id);
      if (!record) throw new Error(`closingGaps: the dataset no longer holds "${key}"`);
      markers.set(key, 'date' in record ? { date: record.date, title: record.title } : { date: record.released, title: record.name });
    }
    return {
      series,
      models: new Map(dataset.models.filter((model) => (RECALLED.models as readonly string[]).includes(model.id)).map((model) => [model.id, model])),
      // Only the training runs the chart can call out, so the source line names only their sources.
      gpus: gpus?.kind === 'category' ? { ...(gpus as CategorySeries), points: (gpus as CategorySeries).points.filter((point) => (RECALLED.gpus.categories as readonly string[]).includes(point.category)) } : undefined,
      markers,
    };
  },

  layout: layoutClosingGaps,

  table(data) {
    const rows: Record<string, string | number>[] = [];
    for (const series of data.series.values()) {
      for (const point of series.points) {
        const when = 'date' in point ? formatDate(point.date) : 'group' in point && point.group ? `${point.group} edition` : '';
        const group = series.id === 'epoch-eci-monthly' && 'group' in point && point.group ? ` (${INDEX_GROUP_NAMES[point.group] ?? point.group})` : '';
        const what = 'category' in point ? `${series.label}: ${point.category}` : `${series.label}${group}`;
        rows.push({ what, when, value: point.value, unit: UNIT_NAMES[series.unit] ?? series.unit, detail: point.label ?? point.note ?? '', status: series.confidence });
      }
    }
    for (const model of data.models.values()) {
      rows.push({ what: `${model.name}: training compute`, when: formatDate(model.released), value: model.trainingComputeFlop ?? '', unit: 'FLOP (estimate)', detail: model.organisation, status: model.confidence });
    }
    for (const point of data.gpus?.points ?? []) {
      rows.push({ what: `GPUs used: ${point.category}`, when: '', value: point.value, unit: 'GPUs (as reported)', detail: point.note ?? '', status: data.gpus!.confidence });
    }
    for (const [key, record] of data.markers) rows.push({ what: record.title, when: formatDate(record.date), value: '', unit: '', detail: key.startsWith('models:') ? 'model release' : 'event', status: '' });
    return {
      caption: 'The closing chart: leaderboard scores, the capability index, the gaps between leaders, the talent tracker, training compute and the dates marked',
      columns: [
        { key: 'what', label: 'Measure or record' },
        { key: 'when', label: 'Date' },
        { key: 'value', label: 'Value', numeric: true },
        { key: 'unit', label: 'Unit' },
        { key: 'detail', label: 'Model or note' },
        { key: 'status', label: 'How checked' },
      ],
      rows,
    };
  },

  sources(data) {
    const ids = new Set<string>();
    for (const series of data.series.values()) {
      series.sources.forEach((id) => ids.add(id));
      for (const point of series.points) point.sources?.forEach((id) => ids.add(id));
    }
    // The GPU series cites each run's own source; its series-level list covers runs not drawn here.
    for (const point of data.gpus?.points ?? []) (point.sources ?? data.gpus!.sources).forEach((id) => ids.add(id));
    for (const model of data.models.values()) model.sources.forEach((id) => ids.add(id));
    return [...ids];
  },

  asOf: (data) => [...data.series.values()].map((series) => series.asOf).sort(compareDates).at(-1)!,

  estimate: () => true,

  // No legend under the chart: its four views share no encoding. Each view keys its own marks in
  // the chart instead: the scores and index views draw a key to closed, open and country; the gaps view
  // names each line (a computed one "(computed)"); the talent view names its panels and lines.
});
