import { defineChart } from '../contract';
import { column } from '../shared/records';
import type { Dataset, TimeSeries } from '../../data/schema';
import { COUNTRIES, countryName, layoutOpenModels, type CountryKey, type OpenModelsData, type YearCount } from './layout';
import { openModelsByCountryState } from './state';

const TOTALS = 'notable-models-by-country-epoch';
const OPEN = 'notable-open-models-by-country-epoch';

function timeSeries(dataset: Dataset, id: string): TimeSeries {
  const series = dataset.series.find((entry) => entry.id === id);
  if (!series || series.kind !== 'time') throw new Error(`openModelsByCountry: needs the time series "${id}"`);
  return series;
}

/**
 * The chart starts in 2018: Epoch's table marks only one notable model of 2017, from anywhere, as
 * having open weights, too few for a year-on-year comparison of open shares.
 */
export const FIRST_YEAR = '2018';

/** A point whose note says "... only" covers part of its year (Epoch's copy stops mid-year). */
const isPartial = (note: string | undefined) => note !== undefined && /\bonly\b/.test(note);

export default defineChart({
  name: 'openModelsByCountry',
  form: 'bars',
  stateSchema: openModelsByCountryState,
  exampleStates: [
    { view: 'totals' },
    { view: 'split', highlight: ['2023'] },
    { view: 'open', highlight: ['2023', '2024'] },
    { view: 'share', partialYear: true, highlight: ['2024', '2025'] },
  ],

  select(dataset): OpenModelsData {
    const totals = timeSeries(dataset, TOTALS);
    const open = timeSeries(dataset, OPEN);
    const rows: YearCount[] = [];
    for (const point of totals.points) {
      if (point.group !== 'us' && point.group !== 'cn') continue;
      if (point.date < FIRST_YEAR) continue;
      const country = point.group as CountryKey;
      const openPoint = open.points.find((entry) => entry.date === point.date && entry.group === country);
      if (!openPoint) throw new Error(`openModelsByCountry: "${OPEN}" has no ${country} point for ${point.date}`);
      rows.push({ year: point.date, country, total: point.value, open: openPoint.value, partial: isPartial(point.note), note: point.note });
    }
    const years = [...new Set(rows.map((row) => row.year))].sort();
    const partialNote = rows.find((row) => row.partial)?.note;
    const source = dataset.sources.find((candidate) => candidate.id === totals.sources[0]);
    if (!source) throw new Error(`openModelsByCountry: "${TOTALS}" cites no known source`);
    return { rows, years, partialNote, publisher: source.publisher, asOf: totals.asOf, sources: [...new Set([...totals.sources, ...open.sources])] };
  },

  layout: layoutOpenModels,

  table(data, words) {
    const { t } = words;
    return {
      caption: t('openModelsByCountry.table.caption', { first: words.date(data.years[0]!), publisher: data.publisher, copy: words.date(data.asOf) }),
      columns: [
        column('year', t('openModelsByCountry.table.year')), column('country', t('charts.column.country')), column('total', t('openModelsByCountry.table.total'), { numeric: true }),
        column('open', t('openModelsByCountry.table.open'), { numeric: true }), column('share', t('openModelsByCountry.table.share'), { numeric: true }),
        column('note', t('openModelsByCountry.table.note')),
      ],
      rows: data.years.flatMap((year) =>
        COUNTRIES.map((country) => {
          const row = data.rows.find((entry) => entry.year === year && entry.country === country)!;
          return {
            year,
            country: countryName(country, words),
            total: row.total,
            open: row.open,
            share: row.total ? Math.round((row.open / row.total) * 100) : 0,
            note: row.note ?? '',
          };
        }),
      ),
    };
  },

  sources: (data) => data.sources,
  asOf: (data) => data.asOf,

  // No HTML legend: the views encode different things (tinted totals, then filled and hollow
  // parts), so the key is drawn inside the chart for each view (see layout.ts).
});
