/**
 * How far the best US model led the best Chinese model, before and after, as dumbbells: one row
 * per benchmark (a gap in percentage points), and a separate panel for Chatbot Arena (a gap in
 * percent of score), because the two units cannot share an axis.
 *
 * Encodings: the earlier gap is a hollow ring, the later one a solid dot, and an arrow runs from
 * one to the other; zero is labelled "level". These marks are not models, so the site's
 * open/closed fill convention does not apply here, and the legend says what each mark is.
 */
import { scaleLinear } from 'd3-scale';
import { format } from 'd3-format';
import type { Layer, Mark, Scene, Size, Variant } from '../contract';
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
  /** "end of 2023", "Jan 2024"... */
  periods: { benchmarks: [string, string]; arena: [string, string] };
  sources: string[];
  asOf: string;
}

const GEOMETRY = {
  wide: { left: 104, right: 24, font: 13, keyY: 18, panel1Title: 56, firstRow: 92, rowStep: 42, axis1: 262, panel2Title: 340, arenaRow: 376, axis2: 404, r: 7 },
  // On a phone the axis titles give way to panel titles that carry the unit, to make room for rows.
  narrow: { left: 84, right: 30, font: 12, keyY: 14, panel1Title: 38, firstRow: 66, rowStep: 28, axis1: 164, panel2Title: 208, arenaRow: 234, axis2: 252, r: 5.5 },
} as const;

const number = format('.1~f');

function checkState(data: BenchmarkGapData, state: BenchmarkGapDumbbellState) {
  const known = new Set([...data.benchmarks.map((row) => row.id), 'arena']);
  for (const id of state.highlight) {
    if (!known.has(id)) throw new Error(`benchmarkGapDumbbell: "${id}" is not a benchmark in the data (${[...known].join(', ')})`);
    if (id === 'arena' && !state.arena) throw new Error('benchmarkGapDumbbell: highlighting "arena" needs arena: true');
  }
}

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
    parts.push(
      state.stage === 'before'
        ? `Chatbot Arena, ${arenaFrom}: the best US model's score was ${data.arena.beforeLabel} higher.`
        : `Chatbot Arena: the best US model's score was ${data.arena.beforeLabel} higher in ${arenaFrom} and ${data.arena.afterLabel} higher in ${arenaTo}.`,
    );
  }
  if (state.highlight.length) parts.push(`Highlighted: ${state.highlight.map((id) => (id === 'arena' ? 'Chatbot Arena' : id)).join(', ')}.`);
  return parts.join(' ');
}

function rowMarks(row: GapRow, y: number, x: (value: number) => number, state: BenchmarkGapDumbbellState, g: (typeof GEOMETRY)[Variant], visible: boolean): Mark[] {
  const emphasis = state.highlight.length === 0 ? '' : state.highlight.includes(row.id) ? ' is-highlighted' : ' is-muted';
  const opacity = visible ? 1 : 0;
  const after = state.stage === 'after';
  const xb = x(row.before);
  const xa = after ? x(row.after) : xb;
  const marks: Mark[] = [
    { kind: 'text', key: `row-label-${row.id}`, className: `gap-row-label${emphasis}`, x: g.left - 14, y: y + 4, text: row.label, anchor: 'end', size: g.font, weight: 'bold', opacity },
    { kind: 'line', key: `row-guide-${row.id}`, className: 'gap-guide', x1: x(0), y1: y, x2: xb, y2: y, opacity },
  ];
  // The arrow: a shaft from the earlier gap towards the later one, and a head pointing at it.
  const head = g.r + 1;
  const tip = xa + g.r + 2;
  const shaftEnd = Math.min(xb - g.r - 1, tip + 7);
  marks.push({ kind: 'line', key: `arrow-${row.id}`, className: `gap-arrow${emphasis}`, x1: xb - g.r - 1, y1: y, x2: after ? shaftEnd : xb - g.r - 1, y2: y, opacity: after && visible ? 1 : 0 });
  marks.push({
    kind: 'path',
    key: `arrowhead-${row.id}`,
    className: `gap-arrowhead${emphasis}`,
    d: `M${tip.toFixed(1)},${y} L${(tip + 9).toFixed(1)},${(y - head / 1.6).toFixed(1)} L${(tip + 9).toFixed(1)},${(y + head / 1.6).toFixed(1)} Z`,
    opacity: after && visible && xb - xa > 2 * g.r + 12 ? 1 : 0,
  });
  marks.push({ kind: 'circle', key: `before-${row.id}`, className: `gap-before${emphasis}`, cx: xb, cy: y, r: g.r, opacity });
  marks.push({ kind: 'circle', key: `after-${row.id}`, className: `gap-after${emphasis}`, cx: xa, cy: y, r: g.r, opacity: after && visible ? 1 : 0 });
  // Values: the earlier one to the right of its ring, the later one above its dot.
  marks.push({ kind: 'text', key: `before-value-${row.id}`, className: `gap-value is-before${emphasis}`, x: xb + g.r + 5, y: y + 4, text: valueText(row, 'before'), size: g.font, opacity });
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
  const frameFor = (top: number, bottom: number): Frame => ({ left: g.left, right: size.width - g.right, top, bottom, width: size.width - g.right - g.left, height: bottom - top });
  const frame1 = frameFor(g.firstRow - g.rowStep / 2, g.axis1);
  const frame2 = frameFor(g.arenaRow - 14, g.axis2);
  const maxPoints = Math.max(...data.benchmarks.map((row) => row.before));
  const x1 = scaleLinear().domain([0, maxPoints]).nice(4).range([frame1.left, frame1.right]);
  const x2 = scaleLinear().domain([0, data.arena.before]).nice(3).range([frame2.left, frame2.right]);
  const arenaOpacity = state.arena ? 1 : 0;
  const [from, to] = data.periods.benchmarks;
  const [arenaFrom, arenaTo] = data.periods.arena;

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
      y: g.panel2Title,
      text: variant === 'wide' ? `Chatbot Arena (now LMArena): ${arenaFrom} → ${arenaTo}` : `Arena, % of score: ${arenaFrom} → ${arenaTo}`,
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
    ...rowMarks(data.arena, g.arenaRow, x2, state, g, state.arena),
  ];

  const layers: Layer[] = [
    { id: 'axes', marks: [...withoutTitleOnPhone(axis1), ...withoutTitleOnPhone(axis2)] },
    { id: 'rows', marks: rows },
    { id: 'key', marks: [...key, ...titles] },
  ];
  return {
    size,
    title: 'How far the best US AI model led the best Chinese model, before and after',
    description: describeState(data, state),
    layers,
  };
}

export { number as formatGap };
