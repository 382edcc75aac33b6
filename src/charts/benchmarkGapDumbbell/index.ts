import { defineChart } from '../contract';
import type { Dataset, Series } from '../../data/schema';
import { formatDateShort } from '../../i18n/format';
import { formatGap, layoutBenchmarkGaps, type BenchmarkGapData, type GapRow } from './layout';
import { benchmarkGapDumbbellState } from './state';

const BENCHMARKS = 'us-cn-benchmark-gap-ai-index';
const ARENA = 'us-cn-arena-gap-ai-index';

function series(dataset: Dataset, id: string): Series {
  const found = dataset.series.find((entry) => entry.id === id);
  if (!found) throw new Error(`benchmarkGapDumbbell: needs the series "${id}"`);
  return found;
}

/** "end-2023" -> "end of 2023". */
const periodName = (group: string) => group.replace(/^end-(\d{4})$/, 'end of $1');

export default defineChart({
  name: 'benchmarkGapDumbbell',
  form: 'dumbbell',
  stateSchema: benchmarkGapDumbbellState,
  exampleStates: [{ stage: 'before' }, { stage: 'after', arena: true }, { stage: 'after', arena: true, highlight: ['MMMU'] }],

  select(dataset): BenchmarkGapData {
    const benchmarks = series(dataset, BENCHMARKS);
    const arena = series(dataset, ARENA);
    if (benchmarks.kind !== 'category' || arena.kind !== 'time') throw new Error('benchmarkGapDumbbell: unexpected series kinds');
    const groups = [...new Set(benchmarks.points.map((point) => point.group!))].sort();
    if (groups.length !== 2) throw new Error(`benchmarkGapDumbbell: "${BENCHMARKS}" needs exactly two periods, found ${groups.join(', ')}`);
    const [earlier, later] = groups as [string, string];
    const names = [...new Set(benchmarks.points.map((point) => point.category))];
    const rows: GapRow[] = names.map((name) => {
      const before = benchmarks.points.find((point) => point.category === name && point.group === earlier)!;
      const after = benchmarks.points.find((point) => point.category === name && point.group === later)!;
      return { id: name, label: name, before: before.value, after: after.value, beforeLabel: formatGap(before.value), afterLabel: formatGap(after.value), unit: 'percentage-points' };
    });
    const [first, last] = [...arena.points].sort((a, b) => a.date.localeCompare(b.date)) as [(typeof arena.points)[number], (typeof arena.points)[number]];
    return {
      benchmarks: rows,
      arena: {
        id: 'arena',
        label: 'Arena',
        before: first.value,
        after: last.value,
        beforeLabel: first.label ?? `${formatGap(first.value)}%`,
        afterLabel: last.label ?? `${formatGap(last.value)}%`,
        unit: 'percent',
      },
      periods: { benchmarks: [periodName(earlier), periodName(later)], arena: [formatDateShort(first.date), formatDateShort(last.date)] },
      sources: [...new Set([...benchmarks.sources, ...arena.sources])],
      asOf: arena.asOf > benchmarks.asOf ? arena.asOf : benchmarks.asOf,
    };
  },

  layout: layoutBenchmarkGaps,

  table(data) {
    return {
      caption: 'Lead of the best US model over the best Chinese model (AI Index 2025)',
      columns: [
        { key: 'measure', label: 'Measure' },
        { key: 'earlier', label: 'Earlier gap', numeric: true },
        { key: 'later', label: 'Later gap', numeric: true },
        { key: 'when', label: 'When' },
        { key: 'unit', label: 'Unit' },
      ],
      rows: [...data.benchmarks, data.arena].map((row) => ({
        measure: row.id === 'arena' ? 'Chatbot Arena score' : row.label,
        earlier: row.before,
        later: row.after,
        when: (row.id === 'arena' ? data.periods.arena : data.periods.benchmarks).join(' and '),
        unit: row.unit === 'percent' ? '% of score' : 'percentage points',
      })),
    };
  },

  sources: (data) => data.sources,
  asOf: (data) => data.asOf,

  legend: (data) => [
    { symbol: 'circle', className: 'gap-before', label: `Earlier gap (${data.periods.benchmarks[0]}; Arena: ${data.periods.arena[0]})` },
    { symbol: 'circle', className: 'gap-after', label: `Later gap (${data.periods.benchmarks[1]}; Arena: ${data.periods.arena[1]})` },
  ],
});
