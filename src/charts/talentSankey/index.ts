import { defineChart } from '../contract';
import { column, latestAsOf, sourcesOf } from '../shared/records';
import type { Series } from '../../data/schema';
import { layoutTalentSankey, type TalentSankeyData } from './layout';
import { talentSankeyState } from './state';

/** The tracker's Sankey series: both ends per edition, the published flows, and the follow-ups. */
const isSankeySeries = (series: Series) => series.tags?.includes('macropolo') && (series.tags.includes('sankey') || series.kind === 'flow');

export default defineChart({
  name: 'talentSankey',
  form: 'flow',
  stateSchema: talentSankeyState,
  exampleStates: [
    { origin: 'talent-undergrad-origin-2019', work: 'talent-work-location-2019', flows: ['talent-flow-china-undergrad-work-2019'], highlight: ['China'] },
    { origin: 'talent-undergrad-origin-2019' },
    { origin: 'talent-undergrad-origin-2022', work: 'talent-work-location-2022', flows: ['talent-flow-china-undergrad-grad-school-2022'] },
    { cohort: 'talent-carnegie-followup-2025' },
    { cohort: 'talent-flow-us-grad-stay-2019' },
  ],

  select(dataset): TalentSankeyData {
    return { series: new Map(dataset.series.filter(isSankeySeries).map((series) => [series.id, series])) };
  },

  layout: layoutTalentSankey,

  table(data, words) {
    const { t } = words;
    const status = (series: Series) =>
      series.confidence === 'verified' ? t('talentSankey.table.published') : series.confidence === 'secondary' ? t('talentSankey.table.publishedSecondary') : series.confidence;
    const rows: Record<string, string | number>[] = [];
    for (const series of data.series.values()) {
      const unit = series.unit === 'percent' ? '%' : t('talentSankey.table.people');
      for (const point of series.points) {
        const what = 'category' in point ? point.category : 'from' in point ? t('talentSankey.table.flow', { from: point.from, to: point.to }) : point.date;
        rows.push({ what, measure: series.label, value: point.value, unit, asOf: words.date(series.asOf), status: status(series) });
      }
    }
    return {
      caption: t('talentSankey.table.caption'),
      columns: [
        column('what', t('talentSankey.table.what')), column('measure', t('talentSankey.table.measure')), column('value', t('talentSankey.table.value'), { numeric: true }),
        column('unit', t('talentSankey.table.unit')), column('asOf', t('talentSankey.table.asOf')), column('status', t('talentSankey.table.status')),
      ],
      rows,
    };
  },

  sources: (data) => sourcesOf(data.series.values()),
  asOf: (data) => latestAsOf([...data.series.values()].map((series) => series.asOf)),

  legend: (_data, { t }) => [
    { symbol: 'square', className: 'sankey-node country-cn', label: t('country.CN') },
    { symbol: 'square', className: 'sankey-node country-us', label: t('country.US') },
    { symbol: 'square', className: 'sankey-node country-other', label: t('talentSankey.legend.otherCountries') },
    { symbol: 'square', className: 'sankey-node country-other is-computed', label: t('talentSankey.legend.computed') },
  ],
});
