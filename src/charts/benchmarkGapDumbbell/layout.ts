/**
 * How far the best US model led the best Chinese model, before and after, as dumbbells: one row
 * per benchmark (a gap in percentage points), and a separate panel for Chatbot Arena (a gap in
 * percent of score), because the two units cannot share an axis. The Arena panel can add a second
 * row, a later report's reading; the two reports disagree about the month they share, so each row
 * is labelled by its report and neither is joined to the other.
 *
 * Encodings: the earlier gap is a hollow ring, the later one a solid dot, and an arrow runs from
 * one to the other, pointing left where the gap narrowed and right where it widened; zero is
 * labelled "level". These marks are not models, so the site's open/closed fill convention does not
 * apply here, and the legend says what each mark is.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Words } from '../../i18n/words';
import type { Mark, Scene, Size, Variant } from '../contract';
import { layers } from '../shared/markBuilders';
import { bottomAxis } from '../shared/axis';
import type { Frame } from '../shared/frame';
import type { BenchmarkGapDumbbellState } from './state';

export interface GapRow {
  /** The benchmark's name in the dataset ("MMLU", ...), or "arena" / "arena-latest". */
  id: string;
  before: number;
  after: number;
  /** The value as the dataset writes it ("9.3%"), where it does; else the chart writes the number. */
  beforeLabel?: string | undefined;
  afterLabel?: string | undefined;
  unit: 'percentage-points' | 'percent';
}

export interface BenchmarkGapData {
  benchmarks: GapRow[];
  arena: GapRow;
  /** The later report's Arena reading (id "arena-latest"), shown with state.latest. */
  arenaLatest: GapRow;
  /** The benchmark readings' periods as the dataset names them ("end-2023"), and each Arena row's first and last month. */
  periods: { benchmarks: [string, string]; arena: [string, string]; arenaLatest: [string, string] };
  /** The reports the two Arena rows come from, e.g. "AI Index 2025" and "AI Index 2026". */
  reports: { arena: string; arenaLatest: string };
  sources: string[];
  asOf: string;
}

const GEOMETRY = {
  wide: {
    left: 104, right: 24, font: 13, keyY: 18, panel1Title: 56, firstRow: 92, rowStep: 42, axis1: 262, panel2Title: 340, arenaRow: 376, axis2: 404, r: 7,
    // With the later report's row the Arena panel holds two rows, closer together.
    latest: { panel2Title: 340, arenaRow: 372, arenaLatestRow: 406, axis2: 430 },
  },
  // On a phone the axis titles give way to panel titles that carry the unit, to make room for rows.
  narrow: {
    left: 84, right: 30, font: 12, keyY: 14, panel1Title: 38, firstRow: 66, rowStep: 28, axis1: 164, panel2Title: 208, arenaRow: 234, axis2: 252, r: 5.5,
    latest: { panel2Title: 200, arenaRow: 222, arenaLatestRow: 246, axis2: 262 },
  },
} as const;

type Geometry = (typeof GEOMETRY)[Variant];

const ARENA_LATEST = 'arena-latest';

/** "AI Index 2026" -> "2026": the year that names a report's row. */
const reportYear = (report: string) => /\d{4}/.exec(report)?.[0] ?? report;

/** A benchmark period as the dataset names it, in words: "end-2023" -> "end of 2023" ("end 2023" where short). */
function periodName(group: string, words: Words, short = false): string {
  const year = /^end-(\d{4})$/.exec(group)?.[1];
  return year ? words.t(short ? 'benchmarkGapDumbbell.period.endOfYear.short' : 'benchmarkGapDumbbell.period.endOfYear', { year }) : group;
}

/** Every period the chart names, in words: the benchmark readings' and each Arena row's months. */
export function periodNames(data: BenchmarkGapData, words: Words, short = false) {
  const months = (dates: [string, string]) => dates.map((date) => words.dateShort(date)) as [string, string];
  return {
    benchmarks: data.periods.benchmarks.map((group) => periodName(group, words, short)) as [string, string],
    arena: months(data.periods.arena),
    arenaLatest: months(data.periods.arenaLatest),
  };
}

/** A row's name: the benchmark's, or the chart's word for an Arena row. */
export const rowName = (row: GapRow, words: Words) => (row.unit === 'percent' ? words.t('benchmarkGapDumbbell.row.arena') : row.id);

/** A gap's value as written beside its dot: the dataset's own text where it has one. */
export function valueText(row: GapRow, which: 'before' | 'after', words: Words): string {
  const label = which === 'before' ? row.beforeLabel : row.afterLabel;
  if (label !== undefined) return label;
  const value = words.number(row[which], { maximumFractionDigits: 1 });
  return row.unit === 'percent' ? words.t('benchmarkGapDumbbell.value.percent', { value }) : value;
}

function checkState(data: BenchmarkGapData, state: BenchmarkGapDumbbellState) {
  const known = new Set([...data.benchmarks.map((row) => row.id), 'arena', ARENA_LATEST]);
  if (state.latest && !state.arena) throw new Error('benchmarkGapDumbbell: latest: true needs arena: true (the later reading is a row of the Arena panel)');
  for (const id of state.highlight) {
    if (!known.has(id)) throw new Error(`benchmarkGapDumbbell: "${id}" is not a benchmark in the data (${[...known].join(', ')})`);
    if (id === 'arena' && !state.arena) throw new Error('benchmarkGapDumbbell: highlighting "arena" needs arena: true');
    if (id === ARENA_LATEST && !state.latest) throw new Error(`benchmarkGapDumbbell: highlighting "${ARENA_LATEST}" needs latest: true`);
  }
}

/** The gap grew between the two readings (an arrow pointing right), rather than narrowed. */
const widened = (row: GapRow) => row.after > row.before;

function describeArena(data: BenchmarkGapData, state: BenchmarkGapDumbbellState, words: Words): string {
  const [from, to] = periodNames(data, words).arena;
  const params = { from, to, before: valueText(data.arena, 'before', words), after: valueText(data.arena, 'after', words), report: data.reports.arena };
  if (state.stage === 'before') return words.t(state.latest ? 'benchmarkGapDumbbell.describe.arena.beforeByReport' : 'benchmarkGapDumbbell.describe.arena.before', params);
  return words.t(state.latest ? 'benchmarkGapDumbbell.describe.arena.afterByReport' : 'benchmarkGapDumbbell.describe.arena.after', params);
}

export function describeState(data: BenchmarkGapData, state: BenchmarkGapDumbbellState, words: Words): string {
  const { t } = words;
  checkState(data, state);
  const periods = periodNames(data, words);
  const [from, to] = periods.benchmarks;
  const value = (row: GapRow) =>
    t(state.stage === 'before' ? 'benchmarkGapDumbbell.describe.value.before' : 'benchmarkGapDumbbell.describe.value.after', {
      benchmark: rowName(row, words),
      before: valueText(row, 'before', words),
      after: valueText(row, 'after', words),
    });
  const values = words.list(data.benchmarks.map(value), 'items');
  const parts = [t(state.stage === 'before' ? 'benchmarkGapDumbbell.describe.before' : 'benchmarkGapDumbbell.describe.after', { from, to, values })];
  if (state.arena) parts.push(describeArena(data, state, words));
  if (state.latest) {
    const [from, to] = periods.arenaLatest;
    const row = data.arenaLatest;
    const params = { report: data.reports.arenaLatest, before: valueText(row, 'before', words), after: valueText(row, 'after', words), from, to };
    parts.push(t(widened(row) ? 'benchmarkGapDumbbell.describe.latest.widened' : 'benchmarkGapDumbbell.describe.latest.narrowed', params));
  }
  const arenaRow = (report: string) => t('benchmarkGapDumbbell.describe.arenaRow', { report });
  const highlightName = (id: string) => (id === 'arena' ? arenaRow(data.reports.arena) : id === ARENA_LATEST ? arenaRow(data.reports.arenaLatest) : id);
  if (state.highlight.length) parts.push(t('benchmarkGapDumbbell.describe.highlighted', { names: words.list(state.highlight.map(highlightName), 'items') }));
  return parts.join(' ');
}

function rowMarks(row: GapRow, y: number, x: (value: number) => number, state: BenchmarkGapDumbbellState, g: Geometry, visible: boolean, label: string, words: Words): Mark[] {
  const emphasis = state.highlight.length === 0 ? '' : state.highlight.includes(row.id) ? ' is-highlighted' : ' is-muted';
  const opacity = visible ? 1 : 0;
  const after = state.stage === 'after';
  const xb = x(row.before);
  const xa = after ? x(row.after) : xb;
  // A gap that grew: the arrow points right, and the guide runs to the later, larger gap.
  const grew = widened(row);
  const marks: Mark[] = [
    { kind: 'text', key: `row-label-${row.id}`, className: `gap-row-label${emphasis}`, x: g.left - 14, y: y + 4, text: label, anchor: 'end', size: g.font, weight: 'bold', opacity },
    { kind: 'line', key: `row-guide-${row.id}`, className: 'gap-guide', x1: x(0), y1: y, x2: grew ? Math.max(xa, xb) : xb, y2: y, opacity },
  ];
  // The arrow: a shaft from the earlier gap towards the later one, and a head pointing at it.
  const head = g.r + 1;
  const side = grew ? -1 : 1;
  const tip = xa + side * (g.r + 2);
  const shaftStart = xb - side * (g.r + 1);
  const shaftEnd = grew ? Math.max(shaftStart, tip - 7) : Math.min(shaftStart, tip + 7);
  marks.push({ kind: 'line', key: `arrow-${row.id}`, className: `gap-arrow${emphasis}`, x1: shaftStart, y1: y, x2: after ? shaftEnd : shaftStart, y2: y, opacity: after && visible ? 1 : 0 });
  const back = tip + side * 9;
  marks.push({
    kind: 'path',
    key: `arrowhead-${row.id}`,
    className: `gap-arrowhead${emphasis}`,
    d: `M${tip.toFixed(1)},${y} L${back.toFixed(1)},${(y - head / 1.6).toFixed(1)} L${back.toFixed(1)},${(y + head / 1.6).toFixed(1)} Z`,
    opacity: after && visible && Math.abs(xb - xa) > 2 * g.r + 12 ? 1 : 0,
  });
  marks.push({ kind: 'circle', key: `before-${row.id}`, className: `gap-before${emphasis}`, cx: xb, cy: y, r: g.r, opacity });
  marks.push({ kind: 'circle', key: `after-${row.id}`, className: `gap-after${emphasis}`, cx: xa, cy: y, r: g.r, opacity: after && visible ? 1 : 0 });
  // Values: the earlier one to the right of its ring (above it, where the arrow runs right), the
  // later one above its dot.
  const before = valueText(row, 'before', words);
  marks.push(
    grew
      ? { kind: 'text', key: `before-value-${row.id}`, className: `gap-value is-before${emphasis}`, x: Math.max(xb, x(0) + 10), y: y - g.r - 5, text: before, anchor: 'middle', size: g.font, opacity }
      : { kind: 'text', key: `before-value-${row.id}`, className: `gap-value is-before${emphasis}`, x: xb + g.r + 5, y: y + 4, text: before, size: g.font, opacity },
  );
  marks.push({
    kind: 'text',
    key: `after-value-${row.id}`,
    className: `gap-value is-after${emphasis}`,
    x: Math.max(xa, x(0) + 10),
    y: y - g.r - 5,
    text: valueText(row, 'after', words),
    anchor: 'middle',
    size: g.font,
    weight: 'bold',
    opacity: after && visible ? 1 : 0,
  });
  return marks;
}

/** The key to the two readings, above the panels; the later one appears with the later stage. */
function keyMarks(state: BenchmarkGapDumbbellState, variant: Variant, g: Geometry, { t }: Words): Mark[] {
  const later = state.stage === 'after' ? 1 : 0;
  return [
    { kind: 'circle', key: 'key-before', className: 'gap-before', cx: 10, cy: g.keyY - 4, r: g.r },
    { kind: 'text', key: 'key-before-label', className: 'gap-key', x: 22, y: g.keyY, text: t(`benchmarkGapDumbbell.key.before.${variant}`), size: g.font },
    { kind: 'circle', key: 'key-after', className: 'gap-after', cx: variant === 'wide' ? 130 : 90, cy: g.keyY - 4, r: g.r, opacity: later },
    { kind: 'text', key: 'key-after-label', className: 'gap-key', x: variant === 'wide' ? 142 : 102, y: g.keyY, text: t(`benchmarkGapDumbbell.key.after.${variant}`), size: g.font, opacity: later },
  ];
}

/** The two panels' titles: the benchmarks' periods, and the Arena panel's (with one report or two). */
function panelTitles(data: BenchmarkGapData, state: BenchmarkGapDumbbellState, variant: Variant, g: Geometry, panel2Title: number, words: Words): Mark[] {
  const { t } = words;
  // On a phone "end of 2023" is shortened to "end 2023".
  const periods = periodNames(data, words, variant === 'narrow');
  const [from, to] = periods.benchmarks;
  const span = (start: string, end: string) => t('benchmarkGapDumbbell.span', { from: start, to: end });
  const benchmarks = t(`benchmarkGapDumbbell.panel.benchmarks.${variant}`, { period: state.stage === 'after' ? span(from, to) : from });
  const arena = state.latest
    ? t(`benchmarkGapDumbbell.panel.arenaReports.${variant}`, { period: span(periods.arena[0], periods.arenaLatest[1]) })
    : t(`benchmarkGapDumbbell.panel.arena.${variant}`, { period: span(...periods.arena) });
  return [
    { kind: 'text', key: 'panel1-title', className: 'gap-panel-title', x: 2, y: g.panel1Title, text: benchmarks, size: g.font, weight: 'bold' },
    { kind: 'text', key: 'panel2-title', className: 'gap-panel-title', x: 2, y: panel2Title, text: arena, size: g.font, weight: 'bold', opacity: state.arena ? 1 : 0 },
  ];
}

/** The two panels' axes (the Arena one hidden until asked for); a phone drops their titles. */
function axes(x1: ScaleLinear<number, number>, frame1: Frame, x2: ScaleLinear<number, number>, frame2: Frame, state: BenchmarkGapDumbbellState, variant: Variant, g: Geometry, words: Words): Mark[] {
  const { t } = words;
  const level = (value: number) => value === 0 && variant === 'wide';
  const axis1 = bottomAxis(x1, frame1, {
    key: 'x1',
    title: t(`benchmarkGapDumbbell.axis.points.${variant}`),
    format: (value) => (level(value) ? t('benchmarkGapDumbbell.axis.level') : words.number(value)),
    tickValues: x1.ticks(4),
    grid: true,
    fontSize: g.font,
  });
  const axis2 = bottomAxis(x2, frame2, {
    key: 'x2',
    title: t(`benchmarkGapDumbbell.axis.percent.${variant}`),
    format: (value) => (level(value) ? t('benchmarkGapDumbbell.axis.level') : t('benchmarkGapDumbbell.value.percent', { value: words.number(value) })),
    tickValues: x2.ticks(3),
    grid: true,
    fontSize: g.font,
  }).map((mark) => ({ ...mark, opacity: state.arena ? 1 : 0 }));
  const withoutTitleOnPhone = (marks: Mark[]) => (variant === 'narrow' ? marks.filter((mark) => !mark.key.endsWith('-title')) : marks);
  return [...withoutTitleOnPhone(axis1), ...withoutTitleOnPhone(axis2)];
}

export function layoutBenchmarkGaps(data: BenchmarkGapData, state: BenchmarkGapDumbbellState, size: Size, variant: Variant, words: Words): Scene {
  checkState(data, state);
  const g = GEOMETRY[variant];
  // The Arena panel's rows and axis: one row, or two (closer together) with the later report's.
  const panel2 = state.latest ? g.latest : { panel2Title: g.panel2Title, arenaRow: g.arenaRow, arenaLatestRow: g.latest.arenaLatestRow, axis2: g.axis2 };
  const frameFor = (top: number, bottom: number): Frame => ({ left: g.left, right: size.width - g.right, top, bottom, width: size.width - g.right - g.left, height: bottom - top });
  const frame1 = frameFor(g.firstRow - g.rowStep / 2, g.axis1);
  const frame2 = frameFor(panel2.arenaRow - 14, panel2.axis2);
  const maxPoints = Math.max(...data.benchmarks.map((row) => row.before));
  const maxArena = Math.max(data.arena.before, data.arena.after, data.arenaLatest.before, data.arenaLatest.after);
  const x1 = scaleLinear().domain([0, maxPoints]).nice(4).range([frame1.left, frame1.right]);
  const x2 = scaleLinear().domain([0, maxArena]).nice(3).range([frame2.left, frame2.right]);
  const reportRow = (report: string) => words.t(`benchmarkGapDumbbell.row.report.${variant}`, { year: reportYear(report) });
  const rows: Mark[] = [
    ...data.benchmarks.flatMap((row, index) => rowMarks(row, g.firstRow + index * g.rowStep, x1, state, g, true, rowName(row, words), words)),
    ...rowMarks(data.arena, panel2.arenaRow, x2, state, g, state.arena, state.latest ? reportRow(data.reports.arena) : rowName(data.arena, words), words),
    ...rowMarks(data.arenaLatest, panel2.arenaLatestRow, x2, state, g, state.latest, reportRow(data.reports.arenaLatest), words),
  ];
  return {
    size,
    title: words.t('benchmarkGapDumbbell.title'),
    description: describeState(data, state, words),
    layers: layers({ axes: axes(x1, frame1, x2, frame2, state, variant, g, words), rows, key: [...keyMarks(state, variant, g, words), ...panelTitles(data, state, variant, g, panel2.panel2Title, words)] }),
  };
}
