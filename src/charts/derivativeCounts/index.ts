import { defineChart } from '../contract';
import { column, latestAsOf } from '../shared/records';
import type { Dataset, Series, TimeSeries } from '../../data/schema';
import { compareDates } from '../../data/dates';
import { countDateText, layoutDerivatives, valueText, type CountPeriod, type CountSet, type DerivativeData, type DerivativeFigure } from './layout';
import { derivativeCountsState } from './state';

const CLAIMS = 'qwen-derivatives-alibaba-claims';
const PRESS = 'qwen-derivatives-press-figures';
/**
 * Hugging Face's own counts. Neither gives a day: the first describes "mid-2025" in a look-back published
 * in February 2026, the second is "now" in a report on January to early August 2026. Each is drawn at the
 * middle of the months its wording covers, with a bar across them.
 */
const COUNTS: { id: string; set: CountSet; span: { from: string; to: string }; period: CountPeriod }[] = [
  { id: 'hf-derivatives-by-family-mid-2025', set: 'counts', span: { from: '2025-05-01', to: '2025-09-01' }, period: 'mid2025' },
  { id: 'hf-derivatives-by-family-2026', set: 'counts-2026', span: { from: '2026-07-01', to: '2026-08-31' }, period: 'summer2026' },
];
/** The first edition's window ended in August 2025: the axis stops there unless a step runs it on. */
const FIRST_EDITION_LAST_DAY = '2025-08-31';
const FIRST_EDITION_END = '2025-09-15';

function series(dataset: Dataset, id: string): Series {
  const found = dataset.series.find((entry) => entry.id === id);
  if (!found) throw new Error(`derivativeCounts: needs the series "${id}"`);
  return found;
}

export default defineChart({
  name: 'derivativeCounts',
  form: 'dots-over-time',
  stateSchema: derivativeCountsState,
  exampleStates: [
    { show: ['claims'] },
    { show: ['claims', 'press'], crossing: true },
    { show: ['claims', 'press', 'counts'], later: true },
    { show: ['claims', 'press', 'counts', 'counts-2026'], later: true },
  ],

  select(dataset): DerivativeData {
    const claims = series(dataset, CLAIMS);
    const press = series(dataset, PRESS);
    if (claims.kind !== 'time' || press.kind !== 'time') throw new Error('derivativeCounts: unexpected series kinds');
    const later = (date: string) => compareDates(date, FIRST_EDITION_LAST_DAY) > 0;
    // Alibaba's claims and the press figures are both dated Qwen counts; only their kind differs.
    const datedQwen = (kind: 'claim' | 'press', record: TimeSeries, key: (point: TimeSeries['points'][number]) => string): DerivativeFigure[] =>
      record.points.map((point) => ({
        key: key(point),
        kind,
        family: 'Qwen',
        country: 'cn' as const,
        date: point.date,
        value: point.value,
        floor: point.floor ?? false,
        approximate: false,
        later: later(point.date),
        note: point.note,
        sources: point.sources ?? record.sources,
      }));
    const countSpans: DerivativeData['countSpans'] = [];
    const counts: DerivativeFigure[] = COUNTS.flatMap(({ id, set, span, period }) => {
      const record = series(dataset, id);
      if (record.kind !== 'category') throw new Error(`derivativeCounts: "${id}" must be a category series`);
      // The count's own source says when it was published (the 2025 count was a look-back, months later).
      const published = dataset.sources.find((source) => source.id === record.sources[0])?.published ?? record.asOf;
      countSpans.push({ set, ...span, published, period });
      return record.points.map((point) => ({
        key: `count-${set === 'counts' ? '' : '2026-'}${point.category.toLowerCase()}`,
        kind: 'count' as const,
        set,
        family: point.category,
        country: point.group === 'us' ? ('us' as const) : ('cn' as const),
        date: record.asOf,
        period,
        value: point.value,
        floor: point.floor ?? false,
        approximate: /\babout\b/.test(point.note ?? ''),
        later: later(span.from),
        note: point.note,
        sources: point.sources ?? record.sources,
      }));
    });
    const figures: DerivativeFigure[] = [
      ...datedQwen('claim', claims, (point) => `claim-${point.date}-${point.value}`),
      ...datedQwen('press', press, (point) => `press-${point.date}`),
      ...counts,
    ];
    return { figures, countSpans, quoted: press.points[0]?.value, storyEnd: FIRST_EDITION_END, editionEnd: FIRST_EDITION_LAST_DAY.slice(0, 7) };
  },

  layout: layoutDerivatives,

  table(data, words) {
    const published = (figure: DerivativeFigure) => data.countSpans.find((span) => span.set === figure.set)?.published;
    const { t } = words;
    return {
      caption: t('derivativeCounts.table.caption'),
      columns: [
        column('date', t('derivativeCounts.table.date')), column('family', t('derivativeCounts.table.family')), column('kind', t('derivativeCounts.table.kind')),
        column('value', t('derivativeCounts.table.value'), { numeric: true }), column('reads', t('derivativeCounts.table.reads')), column('note', t('derivativeCounts.table.note')),
      ],
      rows: [...data.figures]
        .sort((a, b) => compareDates(a.date, b.date) || b.value - a.value)
        .map((figure) => ({
          date: figure.period ? countDateText(figure, words) : words.date(figure.date),
          family: figure.family,
          kind: figure.kind === 'count' ? t('derivativeCounts.kind.count', { date: words.dateShort(published(figure) ?? figure.date) }) : t(`derivativeCounts.kind.${figure.kind}`),
          value: figure.value,
          reads: t(`derivativeCounts.reads.${valueText(figure)}`),
          note: figure.note ?? '',
        })),
    };
  },

  sources: (data) => [...new Set(data.figures.flatMap((figure) => figure.sources))],
  asOf: (data) => latestAsOf(data.figures.map((figure) => figure.date)),
  estimate: () => true,

  legend: (_data, { t }) => [
    { symbol: 'diamond', className: 'count-mark kind-claim country-cn is-estimate', label: t('derivativeCounts.legend.claim') },
    { symbol: 'square', className: 'count-mark kind-press country-cn is-estimate', label: t('derivativeCounts.legend.press') },
    { symbol: 'circle', className: 'count-mark kind-count country-cn is-measured', label: t('derivativeCounts.legend.countCn') },
    { symbol: 'circle', className: 'count-mark kind-count country-us is-measured', label: t('derivativeCounts.legend.countUs') },
  ],
});
