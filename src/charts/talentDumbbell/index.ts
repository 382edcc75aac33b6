import { defineChart } from '../contract';
import { column, latestAsOf, sourcesOf } from '../shared/records';
import type { CategorySeries } from '../../data/schema';
import { EDITIONS, isComputed, layoutTalentDumbbell, type TalentDumbbellData } from './layout';
import { talentDumbbellState } from './state';

export default defineChart({
  name: 'talentDumbbell',
  form: 'dumbbell',
  stateSchema: talentDumbbellState,
  exampleStates: [
    {
      sets: [
        { series: 'talent-dumbbell-top-tier', categories: ['Undergraduate degree in China', 'Undergraduate degree in the US'] },
        { series: 'talent-dumbbell-origin-other', prefix: 'Undergraduate degree in ' },
      ],
      highlight: ['Undergraduate degree in China'],
    },
    { sets: [{ series: 'talent-dumbbell-top-tier', categories: ['Working in the US', 'Working in China'] }, { series: 'talent-dumbbell-mobility' }] },
    { sets: [{ series: 'talent-dumbbell-us-institutions' }] },
    { sets: [{ series: 'talent-dumbbell-elite-origin', prefix: 'Studied in ' }, { series: 'talent-dumbbell-elite-work', prefix: 'Works in ', categories: ['United States', 'China'] }] },
  ],

  select(dataset): TalentDumbbellData {
    const series = dataset.series.filter((record): record is CategorySeries => record.kind === 'category' && (record.tags ?? []).includes('dumbbell'));
    return { series: new Map(series.map((record) => [record.id, record])) };
  },

  layout: layoutTalentDumbbell,

  table(data) {
    const rows: Record<string, string | number>[] = [];
    for (const series of data.series.values()) {
      const categories = [...new Set(series.points.map((point) => point.category))];
      for (const category of categories) {
        const cell = (edition: (typeof EDITIONS)[number]) => {
          const point = series.points.find((candidate) => candidate.category === category && candidate.group === edition);
          if (!point) return 'not published';
          return isComputed(series, point) ? `≈${point.value} (computed)` : point.value;
        };
        rows.push({ measure: category, group: series.label.replace(/,\s*2019 vs 2022$/, ''), y2019: cell('2019'), y2022: cell('2022'), confidence: series.confidence });
      }
    }
    return {
      caption: 'MacroPolo Global AI Talent Tracker: shares (%) in the 2019 edition (NeurIPS 2019) and the 2022 edition (NeurIPS 2022)',
      columns: [
        column('measure', 'Measure'), column('group', 'Share of'), column('y2019', '2019 (%)', { numeric: true }),
        column('y2022', '2022 (%)', { numeric: true }), column('confidence', 'How checked'),
      ],
      rows,
    };
  },

  sources: (data) => sourcesOf(data.series.values()),
  asOf: (data) => latestAsOf([...data.series.values()].map((series) => series.asOf)),

  legend: () => [
    { symbol: 'circle', className: 'dumbbell-dot dumbbell-dot--2019', label: '2019 edition' },
    { symbol: 'circle', className: 'dumbbell-dot dumbbell-dot--2022 country-cn', label: '2022 edition: China' },
    { symbol: 'circle', className: 'dumbbell-dot dumbbell-dot--2022 country-us', label: '2022 edition: United States' },
    { symbol: 'circle', className: 'dumbbell-dot dumbbell-dot--2022 country-other', label: '2022 edition: other' },
    { symbol: 'circle', className: 'dumbbell-dot dumbbell-dot--2022 country-other is-computed', label: 'Dashed, ≈: computed from other published figures' },
  ],
});
