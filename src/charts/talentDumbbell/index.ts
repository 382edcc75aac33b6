import { defineChart } from '../contract';
import { column, latestAsOf, sourcesOf } from '../shared/records';
import type { CategorySeries } from '../../data/schema';
import { defaultHeading, EDITIONS, isComputed, layoutTalentDumbbell, type TalentDumbbellData } from './layout';
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

  table(data, words) {
    const { t } = words;
    const rows: Record<string, string | number>[] = [];
    for (const series of data.series.values()) {
      const categories = [...new Set(series.points.map((point) => point.category))];
      for (const category of categories) {
        const cell = (edition: (typeof EDITIONS)[number]) => {
          const point = series.points.find((candidate) => candidate.category === category && candidate.group === edition);
          if (!point) return t('talentDumbbell.table.notPublished');
          return isComputed(series, point) ? t('talentDumbbell.table.computed', { value: words.number(point.value) }) : point.value;
        };
        rows.push({ measure: category, group: defaultHeading(series), y2019: cell('2019'), y2022: cell('2022'), confidence: series.confidence });
      }
    }
    const [first, second] = EDITIONS;
    return {
      caption: t('talentDumbbell.table.caption', { first, second }),
      columns: [
        column('measure', t('talentDumbbell.table.measure')), column('group', t('talentDumbbell.table.group')),
        column('y2019', t('talentDumbbell.table.edition', { edition: first }), { numeric: true }),
        column('y2022', t('talentDumbbell.table.edition', { edition: second }), { numeric: true }), column('confidence', t('talentDumbbell.table.confidence')),
      ],
      rows,
    };
  },

  sources: (data) => sourcesOf(data.series.values()),
  asOf: (data) => latestAsOf([...data.series.values()].map((series) => series.asOf)),

  legend: (_data, { t }) => {
    const [first, second] = EDITIONS;
    return [
      { symbol: 'circle', className: 'dumbbell-dot dumbbell-dot--2019', label: t('talentDumbbell.legend.edition', { edition: first }) },
      { symbol: 'circle', className: 'dumbbell-dot dumbbell-dot--2022 country-cn', label: t('talentDumbbell.legend.editionIn', { edition: second, country: t('country.CN') }) },
      { symbol: 'circle', className: 'dumbbell-dot dumbbell-dot--2022 country-us', label: t('talentDumbbell.legend.editionIn', { edition: second, country: t('country.US') }) },
      { symbol: 'circle', className: 'dumbbell-dot dumbbell-dot--2022 country-other', label: t('talentDumbbell.legend.editionOther', { edition: second }) },
      { symbol: 'circle', className: 'dumbbell-dot dumbbell-dot--2022 country-other is-computed', label: t('talentDumbbell.legend.computed') },
    ];
  },
});
