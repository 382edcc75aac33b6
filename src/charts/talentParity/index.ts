import { defineChart } from '../contract';
import { column, latestAsOf, sourcesOf } from '../shared/records';
import type { CategorySeries } from '../../data/schema';
import { describeState, figureText, layoutTalentParity, ratioText, resolveRow, rowLabel, ROWS, type ResolvedRow, type TalentParityData } from './layout';
import type { RowId } from './rows';
import { talentParityState } from './state';

export default defineChart({
  name: 'talentParity',
  form: 'dot-plot',
  stateSchema: talentParityState,
  exampleStates: [
    { rows: ['tracker-2019', 'tracker-2022'], highlight: ['tracker-2022'] },
    { rows: ['tracker-2019', 'tracker-2022', 'cited-2021', 'cited-2024'], highlight: ['cited-2021', 'cited-2024'] },
    { rows: ['tracker-2019', 'tracker-2022', 'cited-2021', 'cited-2024', 'neurips-2025', 'iclr-2026'], highlight: ['iclr-2026'] },
    { rows: ['tracker-2019', 'tracker-2022', 'cited-2021', 'cited-2024', 'neurips-2025', 'iclr-2026'] },
  ],

  select(dataset): TalentParityData {
    const rows = new Map<RowId, ResolvedRow>();
    for (const row of ROWS) {
      const series = dataset.series.find((record) => record.id === row.series);
      if (!series || series.kind !== 'category') throw new Error(`talentParity: the dataset needs the category series "${row.series}"`);
      rows.set(row.id, resolveRow(row, series as CategorySeries));
    }
    return { rows };
  },

  layout: layoutTalentParity,

  table(data, words) {
    const { t } = words;
    return {
      caption: t('talentParity.table.caption'),
      columns: [
        column('measure', t('talentParity.table.measure')), column('asOf', t('talentParity.table.asOf')), column('us', t('country.US'), { numeric: true }),
        column('cn', t('country.CN'), { numeric: true }), column('ratio', t('talentParity.table.ratio'), { numeric: true }), column('how', t('talentParity.table.how')),
      ],
      rows: [...data.rows.values()].map((row) => ({
        measure: rowLabel(row, words),
        asOf: row.row.group ?? row.series.asOf,
        us: figureText(row.series, row.us, words),
        cn: figureText(row.series, row.cn, words),
        ratio: ratioText(row, words),
        how: row.series.confidence,
      })),
    };
  },

  sources: (data) => sourcesOf([...data.rows.values()].map((row) => ({ sources: row.series.sources, points: [row.us, row.cn] }))),
  asOf: (data) => latestAsOf([...data.rows.values()].map((row) => row.series.asOf)),

  estimate: (data) => [...data.rows.values()].some((row) => row.ratioApprox || row.ratioFloor),

  legend: (_data, { t }) => [
    { symbol: 'line', className: 'parity-us country-us', label: t('talentParity.legend.us') },
    { symbol: 'circle', className: 'parity-dot country-cn', label: t('talentParity.legend.cn') },
    { symbol: 'circle', className: 'parity-dot country-cn is-approx', label: t('talentParity.legend.approx') },
  ],
});

export { describeState };
