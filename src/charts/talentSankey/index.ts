import { defineChart } from '../contract';
import { column, latestAsOf, sourcesOf } from '../shared/records';
import { formatDate } from '../../i18n/format';
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

  table(data) {
    const rows: Record<string, string | number>[] = [];
    for (const series of data.series.values()) {
      const unit = series.unit === 'percent' ? '%' : 'people';
      for (const point of series.points) {
        const what = 'category' in point ? point.category : 'from' in point ? `${point.from} → ${point.to}` : point.date;
        rows.push({
          what,
          measure: series.label,
          value: point.value,
          unit,
          asOf: formatDate(series.asOf),
          status: series.confidence === 'verified' ? 'published' : series.confidence === 'secondary' ? 'published (secondary copy)' : series.confidence,
        });
      }
    }
    return {
      caption: 'Top-tier AI researchers (authors of accepted NeurIPS papers, sampled by MacroPolo): where they studied, where they work, and the published flows between',
      columns: [
        column('what', 'Country, or flow'), column('measure', 'Measure'), column('value', 'Value', { numeric: true }), column('unit', 'Unit'),
        column('asOf', 'As of'), column('status', 'Status'),
      ],
      rows,
    };
  },

  sources: (data) => sourcesOf(data.series.values()),
  asOf: (data) => latestAsOf([...data.series.values()].map((series) => series.asOf)),

  legend: () => [
    { symbol: 'square', className: 'sankey-node country-cn', label: 'China' },
    { symbol: 'square', className: 'sankey-node country-us', label: 'United States' },
    { symbol: 'square', className: 'sankey-node country-other', label: 'Other countries' },
    { symbol: 'square', className: 'sankey-node country-other is-computed', label: 'Dashed: the rest, computed as 100% minus the published shares' },
  ],
});
