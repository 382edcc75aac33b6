import { defineChart } from '../contract';
import { column } from '../shared/records';
import type { Dataset, Series } from '../../data/schema';
import { formatDateShort } from '../../i18n/format';
import { formatGap, layoutBenchmarkGaps, type BenchmarkGapData, type GapRow } from './layout';
import { benchmarkGapDumbbellState } from './state';

const BENCHMARKS = 'us-cn-benchmark-gap-ai-index';
const ARENA = 'us-cn-arena-gap-ai-index';
/** The later report's Arena reading, charted as a row of its own beside the earlier report's. */
const ARENA_LATEST = 'us-cn-arena-gap-ai-index-2026';

/** The report a series comes from, named as readers know it: "AI Index 2026". */
function reportOf(dataset: Dataset, series: Series): string {
  const source = dataset.sources.find((entry) => entry.id === series.sources[0]);
  if (!source) throw new Error(`benchmarkGapDumbbell: "${series.id}" cites no known source`);
  // "AI Index Report 2026" -> "AI Index 2026".
  return source.title.replace(/\bReport\s+/, '');
}

type TimePoint = Extract<Series, { kind: 'time' }>['points'][number];

/** The first and last readings of a time series, as a row of the chart. */
function arenaRow(id: string, label: string, arena: Series): { row: GapRow; period: [string, string] } {
  if (arena.kind !== 'time') throw new Error(`benchmarkGapDumbbell: "${arena.id}" should be a time series`);
  const sorted = [...arena.points].sort((a, b) => a.date.localeCompare(b.date)) as TimePoint[];
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  return {
    row: {
      id,
      label,
      before: first.value,
      after: last.value,
      beforeLabel: first.label ?? `${formatGap(first.value)}%`,
      afterLabel: last.label ?? `${formatGap(last.value)}%`,
      unit: 'percent',
    },
    period: [formatDateShort(first.date), formatDateShort(last.date)],
  };
}

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
  exampleStates: [
    { stage: 'before' },
    { stage: 'after', arena: true },
    { stage: 'after', arena: true, highlight: ['MMMU'] },
    { stage: 'after', arena: true, latest: true, highlight: ['arena', 'arena-latest'] },
  ],

  select(dataset): BenchmarkGapData {
    const benchmarks = series(dataset, BENCHMARKS);
    const arena = series(dataset, ARENA);
    const arenaLatest = series(dataset, ARENA_LATEST);
    if (benchmarks.kind !== 'category') throw new Error('benchmarkGapDumbbell: unexpected series kinds');
    const groups = [...new Set(benchmarks.points.map((point) => point.group!))].sort();
    if (groups.length !== 2) throw new Error(`benchmarkGapDumbbell: "${BENCHMARKS}" needs exactly two periods, found ${groups.join(', ')}`);
    const [earlier, later] = groups as [string, string];
    const names = [...new Set(benchmarks.points.map((point) => point.category))];
    const rows: GapRow[] = names.map((name) => {
      const before = benchmarks.points.find((point) => point.category === name && point.group === earlier)!;
      const after = benchmarks.points.find((point) => point.category === name && point.group === later)!;
      return { id: name, label: name, before: before.value, after: after.value, beforeLabel: formatGap(before.value), afterLabel: formatGap(after.value), unit: 'percentage-points' };
    });
    const earlierArena = arenaRow('arena', 'Arena', arena);
    const laterArena = arenaRow('arena-latest', 'Arena', arenaLatest);
    const asOf = [benchmarks.asOf, arena.asOf, arenaLatest.asOf].sort().at(-1)!;
    return {
      benchmarks: rows,
      arena: earlierArena.row,
      arenaLatest: laterArena.row,
      periods: { benchmarks: [periodName(earlier), periodName(later)], arena: earlierArena.period, arenaLatest: laterArena.period },
      reports: { arena: reportOf(dataset, arena), arenaLatest: reportOf(dataset, arenaLatest) },
      sources: [...new Set([...benchmarks.sources, ...arena.sources, ...arenaLatest.sources])],
      asOf,
    };
  },

  layout: layoutBenchmarkGaps,

  table(data) {
    return {
      caption: `Lead of the best US model over the best Chinese model (${data.reports.arena}; the second Arena row, ${data.reports.arenaLatest})`,
      columns: [
        column('measure', 'Measure'), column('earlier', 'Earlier gap', { numeric: true }), column('later', 'Later gap', { numeric: true }),
        column('when', 'When'), column('unit', 'Unit'),
      ],
      rows: [...data.benchmarks, data.arena, data.arenaLatest].map((row) => ({
        measure:
          row.id === 'arena'
            ? `Chatbot Arena score (${data.reports.arena})`
            : row.id === 'arena-latest'
              ? `Chatbot Arena score (${data.reports.arenaLatest})`
              : row.label,
        earlier: row.before,
        later: row.after,
        when: (row.id === 'arena' ? data.periods.arena : row.id === 'arena-latest' ? data.periods.arenaLatest : data.periods.benchmarks).join(' and '),
        unit: row.unit === 'percent' ? '% of score' : 'percentage points',
      })),
    };
  },

  sources: (data) => data.sources,
  asOf: (data) => data.asOf,

  legend: (data) => [
    {
      symbol: 'circle',
      className: 'gap-before',
      label: `Earlier gap (${data.periods.benchmarks[0]}; Arena: ${data.periods.arena[0]}, or ${data.periods.arenaLatest[0]} in the ${data.reports.arenaLatest})`,
    },
    {
      symbol: 'circle',
      className: 'gap-after',
      label: `Later gap (${data.periods.benchmarks[1]}; Arena: ${data.periods.arena[1]}, or ${data.periods.arenaLatest[1]} in the ${data.reports.arenaLatest})`,
    },
  ],
});
