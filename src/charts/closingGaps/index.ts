import { defineChart } from '../contract';
import type { CategorySeries, Series } from '../../data/schema';
import { column, latestAsOf, sourcesOf } from '../shared/records';
import { layoutClosingGaps } from './layout';
import { pointEncoding, type ClosingGapsData, type GapKind, type MarkerRecord } from './lines';
import { closingGapsState, INDEX_GROUPS } from './state';

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
  /** What each gap series measures the lead of: one country over the other, or closed over open models. */
  gaps: {
    'lmarena-closed-open-gap': 'open-closed',
    'open-closed-arena-gap-ai-index': 'open-closed',
    'us-cn-arena-gap-ai-index': 'us-china',
    'us-cn-arena-gap-ai-index-2026': 'us-china',
  } satisfies Record<string, GapKind>,
  /** The leaderboard series whose points are drawn as models, by country and access. */
  leaderboards: ['lmarena-best-closed', 'lmarena-best-open', 'lmarena-best-chinese', 'lmarena-best-us-open'],
  models: ['llama-3-1-405b', 'deepseek-v3'],
  // Only the dates a step marks: the data table lists these as "dates marked", so none may be unused.
  markers: ['events:deepseek-moment-2025-01-27', 'events:ai-action-plan-2025-07-23'],
} as const;

/** The units and index groups the table names in words (`closingGaps.table.unit.*`, `closingGaps.table.group.*`); others are written as recorded. */
const NAMED_UNITS = ['arena-score', 'percent', 'index-points'] as const;
const isNamedUnit = (unit: Series['unit']): unit is (typeof NAMED_UNITS)[number] => (NAMED_UNITS as readonly string[]).includes(unit);
const isIndexGroup = (group: string): group is (typeof INDEX_GROUPS)[number] => (INDEX_GROUPS as readonly string[]).includes(group);

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
      encodings: new Map(
        RECALLED.leaderboards.flatMap((id) => {
          const found = byId.get(id);
          return found?.kind === 'time' ? [[id, found.points.map((point) => pointEncoding(id, point.note))] as const] : [];
        }),
      ),
      gapKinds: new Map(Object.entries(RECALLED.gaps)),
      models: new Map(dataset.models.filter((model) => (RECALLED.models as readonly string[]).includes(model.id)).map((model) => [model.id, model])),
      // Only the training runs the chart can call out, so the source line names only their sources.
      gpus: gpus?.kind === 'category' ? { ...(gpus as CategorySeries), points: (gpus as CategorySeries).points.filter((point) => (RECALLED.gpus.categories as readonly string[]).includes(point.category)) } : undefined,
      markers,
    };
  },

  layout: layoutClosingGaps,

  table(data, words) {
    const { t } = words;
    const rows: Record<string, string | number>[] = [];
    for (const series of data.series.values()) {
      const unit = isNamedUnit(series.unit) ? t(`closingGaps.table.unit.${series.unit}`) : series.unit;
      for (const point of series.points) {
        const when = 'date' in point ? words.date(point.date) : 'group' in point && point.group ? t('closingGaps.table.edition', { group: point.group }) : '';
        const group = series.id === 'epoch-eci-monthly' && 'group' in point && point.group ? point.group : undefined;
        const what =
          'category' in point
            ? t('closingGaps.table.seriesCategory', { series: series.label, category: point.category })
            : group
              ? t('closingGaps.table.seriesGroup', { series: series.label, group: isIndexGroup(group) ? t(`closingGaps.table.group.${group}`) : group })
              : series.label;
        rows.push({ what, when, value: point.value, unit, detail: point.label ?? point.note ?? '', status: series.confidence });
      }
    }
    for (const model of data.models.values()) {
      const what = t('closingGaps.table.trainingCompute', { model: model.name });
      rows.push({ what, when: words.date(model.released), value: model.trainingComputeFlop ?? '', unit: t('closingGaps.table.flopUnit'), detail: model.organisation, status: model.confidence });
    }
    for (const point of data.gpus?.points ?? []) {
      rows.push({ what: t('closingGaps.table.gpusUsed', { run: point.category }), when: '', value: point.value, unit: t('closingGaps.table.gpusUnit'), detail: point.note ?? '', status: data.gpus!.confidence });
    }
    for (const [key, record] of data.markers) {
      const detail = t(key.startsWith('models:') ? 'closingGaps.table.modelRelease' : 'closingGaps.table.event');
      rows.push({ what: record.title, when: words.date(record.date), value: '', unit: '', detail, status: '' });
    }
    return {
      caption: t('closingGaps.table.caption'),
      columns: [
        column('what', t('closingGaps.table.what')), column('when', t('closingGaps.table.when')), column('value', t('closingGaps.table.value'), { numeric: true }),
        column('unit', t('closingGaps.table.unit')), column('detail', t('closingGaps.table.detail')), column('status', t('closingGaps.table.status')),
      ],
      rows,
    };
  },

  // The GPU series cites each run's own source; its series-level list covers runs not drawn here.
  sources: (data) => sourcesOf(data.series.values(), (data.gpus?.points ?? []).map((point) => ({ sources: point.sources ?? data.gpus!.sources })), data.models.values()),

  asOf: (data) => latestAsOf([...data.series.values()].map((series) => series.asOf)),

  estimate: () => true,

  // No legend under the chart: its four views share no encoding. Each view keys its own marks in
  // the chart instead: the scores and index views draw a key to closed, open and country; the gaps view
  // names each line (a computed one "(computed)"); the talent view names its panels and lines.
});
