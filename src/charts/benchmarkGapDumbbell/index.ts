import { defineChart } from '../contract';
import { column } from '../shared/records';
import type { Dataset, Series } from '../../data/schema';
import { layoutBenchmarkGaps, periodNames, rowName, type BenchmarkGapData, type GapRow } from './layout';
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
function arenaRow(id: string, arena: Series): { row: GapRow; period: [string, string] } {
  if (arena.kind !== 'time') throw new Error(`benchmarkGapDumbbell: "${arena.id}" should be a time series`);
  const sorted = [...arena.points].sort((a, b) => a.date.localeCompare(b.date)) as TimePoint[];
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  return {
    row: { id, before: first.value, after: last.value, beforeLabel: first.label, afterLabel: last.label, unit: 'percent' },
    period: [first.date, last.date],
  };
}

function series(dataset: Dataset, id: string): Series {
  const found = dataset.series.find((entry) => entry.id === id);
  if (!found) throw new Error(`benchmarkGapDumbbell: needs the series "${id}"`);
  return found;
}

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
      return { id: name, before: before.value, after: after.value, unit: 'percentage-points' };
    });
    const earlierArena = arenaRow('arena', arena);
    const laterArena = arenaRow('arena-latest', arenaLatest);
    const asOf = [benchmarks.asOf, arena.asOf, arenaLatest.asOf].sort().at(-1)!;
    return {
      benchmarks: rows,
      arena: earlierArena.row,
      arenaLatest: laterArena.row,
      periods: { benchmarks: [earlier, later], arena: earlierArena.period, arenaLatest: laterArena.period },
      reports: { arena: reportOf(dataset, arena), arenaLatest: reportOf(dataset, arenaLatest) },
      sources: [...new Set([...benchmarks.sources, ...arena.sources, ...arenaLatest.sources])],
      asOf,
    };
  },

  layout: layoutBenchmarkGaps,

  table(data, words) {
    const { t } = words;
    const periods = periodNames(data, words);
    const period = ([from, to]: [string, string]) => t('benchmarkGapDumbbell.table.period', { from, to });
    return {
      caption: t('benchmarkGapDumbbell.table.caption', { report: data.reports.arena, latestReport: data.reports.arenaLatest }),
      columns: [
        column('measure', t('benchmarkGapDumbbell.table.measure')), column('earlier', t('benchmarkGapDumbbell.table.earlier'), { numeric: true }),
        column('later', t('benchmarkGapDumbbell.table.later'), { numeric: true }), column('when', t('benchmarkGapDumbbell.table.when')), column('unit', t('benchmarkGapDumbbell.table.unit')),
      ],
      rows: [...data.benchmarks, data.arena, data.arenaLatest].map((row) => ({
        measure:
          row.id === 'arena'
            ? t('benchmarkGapDumbbell.table.arenaScore', { report: data.reports.arena })
            : row.id === 'arena-latest'
              ? t('benchmarkGapDumbbell.table.arenaScore', { report: data.reports.arenaLatest })
              : rowName(row, words),
        earlier: row.before,
        later: row.after,
        when: period(row.id === 'arena' ? periods.arena : row.id === 'arena-latest' ? periods.arenaLatest : periods.benchmarks),
        unit: t(row.unit === 'percent' ? 'benchmarkGapDumbbell.table.percent' : 'benchmarkGapDumbbell.table.points'),
      })),
    };
  },

  sources: (data) => data.sources,
  asOf: (data) => data.asOf,

  legend: (data, words) => {
    const periods = periodNames(data, words);
    const reading = (index: 0 | 1) => ({ benchmarks: periods.benchmarks[index], arena: periods.arena[index], latest: periods.arenaLatest[index], latestReport: data.reports.arenaLatest });
    return [
      { symbol: 'circle', className: 'gap-before', label: words.t('benchmarkGapDumbbell.legend.before', reading(0)) },
      { symbol: 'circle', className: 'gap-after', label: words.t('benchmarkGapDumbbell.legend.after', reading(1)) },
    ];
  },
});
