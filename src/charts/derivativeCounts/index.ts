import { defineChart } from '../contract';
import type { Dataset, Series, TimeSeries } from '../../data/schema';
import { compareDates } from '../../data/dates';
import { formatDate, formatDateShort } from '../../i18n/format';
import { layoutDerivatives, type DerivativeData, type DerivativeFigure } from './layout';
import { derivativeCountsState } from './state';

const CLAIMS = 'qwen-derivatives-alibaba-claims';
const PRESS = 'qwen-derivatives-press-figures';
const COUNTS = 'hf-derivatives-by-family-mid-2025';
/** The story runs to August 2025; later figures are drawn only when a step asks, and marked. */
const STORY_END = '2025-09-15';
/** "Mid-2025", the only date Hugging Face's look-back gives its count: drawn as a span, not a day. */
const MID_YEAR = { from: '05-01', to: '09-01' };

function series(dataset: Dataset, id: string): Series {
  const found = dataset.series.find((entry) => entry.id === id);
  if (!found) throw new Error(`derivativeCounts: needs the series "${id}"`);
  return found;
}

const KIND_NAMES = { claim: 'Alibaba claim', press: 'Press figure (undated count)', count: 'Hugging Face count (published February 2026)' } as const;

export default defineChart({
  name: 'derivativeCounts',
  form: 'dots-over-time',
  stateSchema: derivativeCountsState,
  exampleStates: [{ show: ['claims'] }, { show: ['claims', 'press'], crossing: true }, { show: ['claims', 'press', 'counts'], later: true }],

  select(dataset): DerivativeData {
    const claims = series(dataset, CLAIMS);
    const press = series(dataset, PRESS);
    const counts = series(dataset, COUNTS);
    if (claims.kind !== 'time' || press.kind !== 'time' || counts.kind !== 'category') throw new Error('derivativeCounts: unexpected series kinds');
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
    const figures: DerivativeFigure[] = [
      ...datedQwen('claim', claims, (point) => `claim-${point.date}-${point.value}`),
      ...datedQwen('press', press, (point) => `press-${point.date}`),
      ...counts.points.map((point) => ({
        key: `count-${point.category.toLowerCase()}`,
        kind: 'count' as const,
        family: point.category,
        country: point.group === 'us' ? ('us' as const) : ('cn' as const),
        // Counted "by mid-2025": the series is dated by year, which sits at mid-year on the axis.
        date: counts.asOf,
        dateText: /^\d{4}$/.test(counts.asOf) ? `mid-${counts.asOf}` : formatDateShort(counts.asOf),
        value: point.value,
        floor: point.floor ?? false,
        approximate: /\babout\b/.test(point.note ?? ''),
        later: false,
        note: point.note,
        sources: point.sources ?? counts.sources,
      })),
    ];
    // The count's own source says when it was published (a look-back, months after the count).
    const countSource = dataset.sources.find((source) => source.id === counts.sources[0]);
    const year = /^\d{4}$/.test(counts.asOf) ? counts.asOf : undefined;
    const countSpan = year && countSource ? { from: `${year}-${MID_YEAR.from}`, to: `${year}-${MID_YEAR.to}`, published: countSource.published } : undefined;
    return { figures, countSpan, quoted: press.points[0]?.value, storyEnd: STORY_END };
  },

  layout: layoutDerivatives,

  table(data) {
    return {
      caption: 'Models derived from Qwen, Llama and DeepSeek: company claims, press figures and Hugging Face’s own count',
      columns: [
        { key: 'date', label: 'As of' },
        { key: 'family', label: 'Base family' },
        { key: 'kind', label: 'Kind of figure' },
        { key: 'value', label: 'Derivative models', numeric: true },
        { key: 'reads', label: 'Reads as' },
        { key: 'note', label: 'Note' },
      ],
      rows: [...data.figures]
        .sort((a, b) => compareDates(a.date, b.date) || b.value - a.value)
        .map((figure) => ({
          date: figure.dateText === formatDateShort(figure.date) ? formatDate(figure.date) : figure.dateText,
          family: figure.family,
          kind: `${KIND_NAMES[figure.kind]}${figure.later ? ' (later)' : ''}`,
          value: figure.value,
          reads: figure.floor ? 'more than' : figure.approximate ? 'about' : 'exactly',
          note: figure.note ?? '',
        })),
    };
  },

  sources: (data) => [...new Set(data.figures.flatMap((figure) => figure.sources))],
  asOf: () => '2025-08',
  estimate: () => true,

  legend: () => [
    { symbol: 'diamond', className: 'count-mark kind-claim country-cn is-estimate', label: 'Alibaba’s claim (“more than”), a company figure' },
    { symbol: 'square', className: 'count-mark kind-press country-cn is-estimate', label: 'Alibaba’s figure as quoted in the press, undated' },
    { symbol: 'circle', className: 'count-mark kind-count country-cn is-measured', label: 'Hugging Face’s own count (Qwen, DeepSeek)' },
    { symbol: 'circle', className: 'count-mark kind-count country-us is-measured', label: 'Hugging Face’s own count (Meta’s Llama)' },
  ],
});
