import { defineChart } from '../contract';
import { column, latestAsOf, sourcesOf } from '../shared/records';
import type { CategorySeries } from '../../data/schema';
import { describeState, figureText, layoutTalentParity, ratioText, resolveRow, ROWS, type ResolvedRow, type TalentParityData } from './layout';
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

  table(data) {
    return {
      caption: "For every 100 counted for the United States, how many for China: researchers by workplace and AI papers, from several sources (the ratio is computed by this site)",
      columns: [
        column('measure', 'Measure'), column('asOf', 'As of'), column('us', 'United States', { numeric: true }), column('cn', 'China', { numeric: true }),
        column('ratio', 'China per 100 for the US (computed)', { numeric: true }), column('how', 'How checked'),
      ],
      rows: [...data.rows.values()].map((row) => ({
        measure: row.row.label,
        asOf: row.row.group ?? row.series.asOf,
        us: figureText(row.series, row.us),
        cn: figureText(row.series, row.cn),
        ratio: ratioText(row),
        how: row.series.confidence,
      })),
    };
  },

  sources: (data) => sourcesOf([...data.rows.values()].map((row) => ({ sources: row.series.sources, points: [row.us, row.cn] }))),
  asOf: (data) => latestAsOf([...data.rows.values()].map((row) => row.series.asOf)),

  estimate: (data) => [...data.rows.values()].some((row) => row.ratioApprox || row.ratioFloor),

  legend: () => [
    { symbol: 'line', className: 'parity-us country-us', label: 'United States: always 100' },
    { symbol: 'circle', className: 'parity-dot country-cn', label: "China: its count for every 100 of the US's" },
    { symbol: 'circle', className: 'parity-dot country-cn is-approx', label: 'Hollow, ≈ or "over": from rounded or bounded figures' },
  ],
});

export { describeState };
