import { defineChart } from '../contract';
import { column, latestAsOf } from '../shared/records';
import type { Dataset, Series, TimeSeries } from '../../data/schema';
import { compareDates } from '../../data/dates';
import { formatDate, formatDateShort } from '../../i18n/format';
import { layoutDerivatives, type CountSet, type DerivativeData, type DerivativeFigure } from './layout';
import { derivativeCountsState } from './state';

const CLAIMS = 'qwen-derivatives-alibaba-claims';
const PRESS = 'qwen-derivatives-press-figures';
/**
 * Hugging Face's own counts. Neither gives a day: the first describes "mid-2025" in a look-back published
 * in February 2026, the second is "now" in a report on January to early August 2026. Each is drawn at the
 * middle of the months its wording covers, with a bar across them.
 */
const COUNTS: { id: string; set: CountSet; span: { from: string; to: string }; dateText: string }[] = [
  { id: 'hf-derivatives-by-family-mid-2025', set: 'counts', span: { from: '2025-05-01', to: '2025-09-01' }, dateText: 'mid-2025' },
  { id: 'hf-derivatives-by-family-2026', set: 'counts-2026', span: { from: '2026-07-01', to: '2026-08-31' }, dateText: 'summer 2026' },
];
/** The first edition's window ended in August 2025: the axis stops there unless a step runs it on. */
const FIRST_EDITION_END = '2025-09-15';

function series(dataset: Dataset, id: string): Series {
  const found = dataset.series.find((entry) => entry.id === id);
  if (!found) throw new Error(`derivativeCounts: needs the series "${id}"`);
  return found;
}

const KIND_NAMES = { claim: 'Alibaba claim', press: 'Press figure (undated count)', count: 'Hugging Face count' } as const;

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
    const later = (date: string) => compareDates(date, '2025-08-31') > 0;
    // Alibaba's claims and the press figures are both dated Qwen counts; only their kind differs.
    const datedQwen = (kind: 'claim' | 'press', record: TimeSeries, key: (point: TimeSeries['points'][number]) => string): DerivativeFigure[] =>
      record.points.map((point) => ({
        key: key(point),
        kind,
        family: 'Qwen',
        country: 'cn' as const,
        date: point.date,
        dateText: formatDateShort(point.date),
        value: point.value,
        floor: point.floor ?? false,
        approximate: false,
        later: later(point.date),
        note: point.note,
        sources: point.sources ?? record.sources,
      }));
    const countSpans: DerivativeData['countSpans'] = [];
    const counts: DerivativeFigure[] = COUNTS.flatMap(({ id, set, span, dateText }) => {
      const record = series(dataset, id);
      if (record.kind !== 'category') throw new Error(`derivativeCounts: "${id}" must be a category series`);
      // The count's own source says when it was published (the 2025 count was a look-back, months later).
      const published = dataset.sources.find((source) => source.id === record.sources[0])?.published ?? record.asOf;
      countSpans.push({ set, ...span, published, dateText });
      return record.points.map((point) => ({
        key: `count-${set === 'counts' ? '' : '2026-'}${point.category.toLowerCase()}`,
        kind: 'count' as const,
        set,
        family: point.category,
        country: point.group === 'us' ? ('us' as const) : ('cn' as const),
        date: record.asOf,
        dateText,
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
    return { figures, countSpans, quoted: press.points[0]?.value, storyEnd: FIRST_EDITION_END };
  },

  layout: layoutDerivatives,

  table(data) {
    const published = (figure: DerivativeFigure) => data.countSpans.find((span) => span.set === figure.set)?.published;
    return {
      caption: 'Models derived from Qwen, Llama, DeepSeek and Google’s models: company claims, press figures and Hugging Face’s own counts',
      columns: [
        column('date', 'As of'), column('family', 'Base family'), column('kind', 'Kind of figure'), column('value', 'Derivative models', { numeric: true }),
        column('reads', 'Reads as'), column('note', 'Note'),
      ],
      rows: [...data.figures]
        .sort((a, b) => compareDates(a.date, b.date) || b.value - a.value)
        .map((figure) => ({
          date: figure.dateText === formatDateShort(figure.date) ? formatDate(figure.date) : figure.dateText,
          family: figure.family,
          kind: figure.kind === 'count' ? `${KIND_NAMES.count} (published ${formatDateShort(published(figure) ?? figure.date)})` : KIND_NAMES[figure.kind],
          value: figure.value,
          reads: figure.floor ? 'more than' : figure.approximate ? 'about' : 'exactly',
          note: figure.note ?? '',
        })),
    };
  },

  sources: (data) => [...new Set(data.figures.flatMap((figure) => figure.sources))],
  asOf: (data) => latestAsOf(data.figures.map((figure) => figure.date)),
  estimate: () => true,

  legend: () => [
    { symbol: 'diamond', className: 'count-mark kind-claim country-cn is-estimate', label: 'Alibaba’s claim (“more than”), a company figure' },
    { symbol: 'square', className: 'count-mark kind-press country-cn is-estimate', label: 'Alibaba’s figure as quoted in the press, undated' },
    { symbol: 'circle', className: 'count-mark kind-count country-cn is-measured', label: 'Hugging Face’s own count (Qwen, DeepSeek)' },
    { symbol: 'circle', className: 'count-mark kind-count country-us is-measured', label: 'Hugging Face’s own count (Meta’s Llama, Google)' },
  ],
});
