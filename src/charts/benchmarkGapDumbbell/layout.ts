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
import { scaleLinear } from 'd3-scale';
import { format } from 'd3-format';
import type { Mark, Scene, Size, Variant } from '../contract';
import { layers } from '../shared/markBuilders';
import { bottomAxis } from '../shared/axis';
import type { Frame } from '../shared/frame';
import type { BenchmarkGapDumbbellState } from './state';

export interface GapRow {
  /** "MMLU", ..., or "arena". */
  id: string;
  label: string;
  before: number;
  after: number;
  beforeLabel: string;
  afterLabel: string;
  unit: 'percentage-points' | 'percent';
}

export interface BenchmarkGapData {
  benchmarks: GapRow[];
  arena: GapRow;
  /** The later report's Arena reading (id "arena-latest"), shown with state.latest. */
  arenaLatest: GapRow;
  /** "end of 2023", "Jan 2024"... */
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
    /** A report's row label, from its year: "2026 report". */
    reportLabel: (year: string) => `${year} report`,
  },
  // On a phone the axis titles give way to panel titles that carry the unit, to make room for rows.
  narrow: {
    left: 84, right: 30, font: 12, keyY: 14, panel1Title: 38, firstRow: 66, rowStep: 28, axis1: 164, panel2Title: 208, arenaRow: 234, axis2: 252, r: 5.5,
    latest: { panel2Title: 200, arenaRow: 222, arenaLatestRow: 246, axis2: 262 },
    reportLabel: (year: string) => `${year} ed.`,
  },
} as const;

const ARENA_LATEST = 'arena-latest';

/** "AI Index 2026" -> "2026": the year that names a report's row. */
const reportYear = (report: string) => /\d{4}/.exec(report)?.[0] ?? report;

const number = format('.1~f');

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

const valueText = (row: GapRow, which: 'before' | 'after') => {
  const label = which === 'before' ? row.beforeLabel : row.afterLabel;
  return label;
};

export function describeState(data: BenchmarkGapData, state: BenchmarkGapDumbbellState): string {
  checkState(data, state);
  const [from, to] = data.periods.benchmarks;
  const parts: string[] = [];
  if (state.stage === 'before') {
    parts.push(`Lead of the best US model over the best Chinese model, ${from}, in percentage points: ${data.benchmarks.map((row) => `${row.label} ${row.beforeLabel}`).join(', ')}.`);
  } else {
    parts.push(`Lead of the best US model over the best Chinese model, ${from} then ${to}, in percentage points: ${data.benchmarks.map((row) => `${row.label} ${row.beforeLabel} to ${row.afterLabel}`).join(', ')}.`);
  }
  if (state.arena) {
    const [arenaFrom, arenaTo] = data.periods.arena;
    const by = state.latest ? `, as read by the ${data.reports.arena}` : '';
    parts.push(
      state.stage === 'before'
        ? `Chatbot Arena, ${arenaFrom}: the best US model's score was ${data.arena.beforeLabel} higher${by}.`
        : `Chatbot Arena${by}: the best US model's score was ${data.arena.beforeLabel} higher in ${arenaFrom} and ${data.arena.afterLabel} higher in ${arenaTo}.`,
    );
  }
  if (state.latest) {
    const [from, to] = data.periods.arenaLatest;
    const row = data.arenaLatest;
    parts.push(
      `A second Arena row gives the ${data.reports.arenaLatest}'s reading: ${row.beforeLabel} in ${from} and ${row.afterLabel} in ${to}, ` +
        `so the gap ${widened(row) ? 'widened' : 'narrowed'} between them. The two reports disagree about ${from}.`,
    );
  }
  const highlightName = (id: string) => (id === 'arena' ? `Chatbot Arena (${data.reports.arena})` : id === ARENA_LATEST ? `Chatbot Arena (${data.reports.arenaLatest})` : id);
  if (state.highlight.length) parts.push(`Highlighted: ${state.highlight.map(highlightName).join(', ')}.`);
  return parts.join(' ');
}

function rowMarks(
  row: GapRow,
  y: number,
  x: (value: number) => number,
  state: BenchmarkGapDumbbellState,
  g: (typeof GEOMETRY)[Variant],
  visible: boolean,
  label: string = row.label,
): Mark[] {
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
  marks.push(
    grew
      ? { kind: 'text', key: `before-value-${row.id}`, className: `gap-value is-before${emphasis}`, x: Math.max(xb, x(0) + 10), y: y - g.r - 5, text: valueText(row, 'before'), anchor: 'middle', size: g.font, opacity }
      : { kind: 'text', key: `before-value-${row.id}`, className: `gap-value is-before${emphasis}`, x: xb + g.r + 5, y: y + 4, text: valueText(row, 'before'), size: g.font, opacity },
  );
  marks.push({
    kind: 'text',
    key: `after-value-${row.id}`,
    className: `gap-value is-after${emphasis}`,
    x: Math.max(xa, x(0) + 10),
    y: y - g.r - 5,
    text: valueText(row, 'after'),
    anchor: 'middle',
    size: g.font,
    weight: 'bold',
    opacity: after && visible ? 1 : 0,
  });
  return marks;
}

export function layoutBenchmarkGaps(data: BenchmarkGapData, state: BenchmarkGapDumbbellState, size: Size, variant: Variant): Scene {
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
  const arenaOpacity = state.arena ? 1 : 0;
  const [from, to] = data.periods.benchmarks;
  const [arenaFrom, arenaTo] = data.periods.arena;
  const latestTo = data.periods.arenaLatest[1];

  const key: Mark[] = [
    { kind: 'circle', key: 'key-before', className: 'gap-before', cx: 10, cy: g.keyY - 4, r: g.r },
    { kind: 'text', key: 'key-before-label', className: 'gap-key', x: 22, y: g.keyY, text: variant === 'wide' ? 'Earlier gap' : 'Earlier', size: g.font },
    { kind: 'circle', key: 'key-after', className: 'gap-after', cx: variant === 'wide' ? 130 : 90, cy: g.keyY - 4, r: g.r, opacity: state.stage === 'after' ? 1 : 0 },
    { kind: 'text', key: 'key-after-label', className: 'gap-key', x: variant === 'wide' ? 142 : 102, y: g.keyY, text: variant === 'wide' ? 'Later gap' : 'Later', size: g.font, opacity: state.stage === 'after' ? 1 : 0 },
  ];
  const titles: Mark[] = [
    {
      kind: 'text',
      key: 'panel1-title',
      className: 'gap-panel-title',
      x: 2,
      y: g.panel1Title,
      text:
        variant === 'wide'
          ? `Benchmarks: ${state.stage === 'after' ? `${from} → ${to}` : from}`
          : `Points: ${state.stage === 'after' ? `${from} → ${to}` : from}`.replace(/end of /g, 'end '),
      size: g.font,
      weight: 'bold',
    },
    {
      kind: 'text',
      key: 'panel2-title',
      className: 'gap-panel-title',
      x: 2,
      y: panel2.panel2Title,
      text: state.latest
        ? variant === 'wide'
          ? `Chatbot Arena (now LMArena), two reports: ${arenaFrom} → ${latestTo}`
          : 'Arena, % of score, two reports'
        : variant === 'wide'
          ? `Chatbot Arena (now LMArena): ${arenaFrom} → ${arenaTo}`
          : `Arena, % of score: ${arenaFrom} → ${arenaTo}`,
      size: g.font,
      weight: 'bold',
      opacity: arenaOpacity,
    },
  ];

  const axis1 = bottomAxis(x1, frame1, {
    key: 'x1',
    title: variant === 'wide' ? 'US lead over China, percentage points' : 'US lead, percentage points',
    format: (value) => (value === 0 && variant === 'wide' ? '0 = level' : String(value)),
    tickValues: x1.ticks(4),
    grid: true,
    fontSize: g.font,
  });
  const axis2 = bottomAxis(x2, frame2, {
    key: 'x2',
    title: variant === 'wide' ? 'US lead over China, % of arena score' : 'US lead, % of score',
    format: (value) => (value === 0 && variant === 'wide' ? '0 = level' : `${value}%`),
    tickValues: x2.ticks(3),
    grid: true,
    fontSize: g.font,
  }).map((mark) => ({ ...mark, opacity: arenaOpacity }));
  const withoutTitleOnPhone = (marks: Mark[]) => (variant === 'narrow' ? marks.filter((mark) => !mark.key.endsWith('-title')) : marks);

  const rows: Mark[] = [
    ...data.benchmarks.flatMap((row, index) => rowMarks(row, g.firstRow + index * g.rowStep, x1, state, g, true)),
    ...rowMarks(data.arena, panel2.arenaRow, x2, state, g, state.arena, state.latest ? g.reportLabel(reportYear(data.reports.arena)) : data.arena.label),
    ...rowMarks(data.arenaLatest, panel2.arenaLatestRow, x2, state, g, state.latest, g.reportLabel(reportYear(data.reports.arenaLatest))),
  ];

  return {
    size,
    title: 'How far the best US AI model led the best Chinese model, before and after',
    description: describeState(data, state),
    layers: layers({ axes: [...withoutTitleOnPhone(axis1), ...withoutTitleOnPhone(axis2)], rows, key: [...key, ...titles] }),
  };
}

export { number as formatGap };
