/**
 * Two lanes on one time axis: US restrictions above, China's plans, rules, market moves and
 * open-weight releases below. Dashed connectors join a US action to what followed in China; they
 * show timing only, and the chart's description says so.
 *
 * Encodings, so colour is never alone: each lane is named and sits on its own side of the axis;
 * shape says what kind of item it is (triangle: export rule or listing; square: a company's move;
 * diamond: a plan, rule or statement; circle: a model released with open weights, filled).
 * Only emphasised items carry labels, placed in rows away from the axis with a leader line.
 */
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle } from 'd3-shape';
import type { Layer, Mark, Scene, Size, Variant } from '../contract';
import { timeScale, xOfDate, yearAxis } from '../shared/timeAxis';
import { estimateTextWidth } from '../shared/labels';
import { compareDates } from '../../data/dates';
import { formatDateShort } from '../../i18n/format';
import type { PolicyTimelineLanesState } from './state';

export type Lane = 'us' | 'cn';
export type ItemShape = 'rule' | 'company' | 'policy' | 'model';

export interface TimelineItem {
  id: string;
  lane: Lane;
  date: string;
  shape: ItemShape;
  /** Full title, for descriptions and the table. */
  title: string;
  label: { wide: string; narrow: string };
  sources: string[];
  /** Which collection the record is in, for the table. */
  collection: 'events' | 'models';
}

export interface PolicyTimelineData {
  items: Map<string, TimelineItem>;
}

const GEOMETRY = {
  // Distances from the axis line: the US lane grows upward from it, China's downward from below
  // the year labels. Label rows start beyond three stacked marks.
  wide: { axisY: 236, usMark: 14, cnMark: 40, stackStep: 15, usLabel: 64, cnLabel: 96, rowStep: 18, rows: 6, symbolArea: 120, minDx: 11, font: 13, titleUsY: 16, titleCnY: 472 },
  narrow: { axisY: 140, usMark: 12, cnMark: 34, stackStep: 13, usLabel: 52, cnLabel: 84, rowStep: 16, rows: 4, symbolArea: 80, minDx: 8, font: 12, titleUsY: 14, titleCnY: 284 },
} as const;

const SHAPES = { rule: symbolTriangle, company: symbolSquare, policy: symbolDiamond, model: symbolCircle } as const;

const LANE_TITLES: Record<Lane, { wide: string; narrow: string }> = {
  us: { wide: 'United States: restrictions', narrow: 'US restrictions' },
  cn: { wide: 'China: plans, rules, market moves and open models', narrow: 'China: plans and open models' },
};

export function itemSymbol(shape: ItemShape, area: number): string {
  return symbol(SHAPES[shape], area)() ?? '';
}

function resolve(data: PolicyTimelineData, state: PolicyTimelineLanesState) {
  const get = (id: string, lane: Lane) => {
    const item = data.items.get(id);
    if (!item) throw new Error(`policyTimelineLanes: "${id}" is not a timeline item (a US restriction, or a Chinese policy, market event or open-weight model)`);
    if (item.lane !== lane) throw new Error(`policyTimelineLanes: "${id}" belongs in the ${item.lane} lane, not the ${lane} lane`);
    return item;
  };
  const us = state.us.map((id) => get(id, 'us'));
  const cn = state.cn.map((id) => get(id, 'cn'));
  const shown = new Set([...state.us, ...state.cn]);
  for (const id of state.highlight) if (!shown.has(id)) throw new Error(`policyTimelineLanes: highlighted "${id}" is not in either lane`);
  for (const link of state.links) {
    if (!state.us.includes(link.from)) throw new Error(`policyTimelineLanes: link starts at "${link.from}", which is not in the US lane`);
    if (!state.cn.includes(link.to)) throw new Error(`policyTimelineLanes: link ends at "${link.to}", which is not in the China lane`);
  }
  if (compareDates(state.window.from, state.window.to) >= 0) throw new Error('policyTimelineLanes: window.from must be before window.to');
  const inWindow = (item: TimelineItem) => compareDates(item.date, state.window.from) >= 0 && compareDates(item.date, state.window.to) <= 0;
  return { us: us.filter(inWindow), cn: cn.filter(inWindow), hidden: [...us, ...cn].filter((item) => !inWindow(item)) };
}

const describeItem = (item: TimelineItem) => `${item.label.wide} (${formatDateShort(item.date)})`;

export function describeState(data: PolicyTimelineData, state: PolicyTimelineLanesState): string {
  const { us, cn } = resolve(data, state);
  const sorted = (items: TimelineItem[]) => [...items].sort((a, b) => compareDates(a.date, b.date));
  const parts = [`Timeline from ${formatDateShort(state.window.from)} to ${formatDateShort(state.window.to)}.`];
  parts.push(us.length ? `Top lane, US restrictions: ${sorted(us).map(describeItem).join('; ')}.` : 'Top lane, US restrictions: none yet.');
  parts.push(cn.length ? `Bottom lane, China: ${sorted(cn).map(describeItem).join('; ')}.` : 'Bottom lane, China: none yet.');
  if (state.highlight.length) parts.push(`Highlighted: ${state.highlight.map((id) => data.items.get(id)!.label.wide).join(', ')}.`);
  for (const link of state.links) {
    parts.push(`A dashed line joins ${data.items.get(link.from)!.label.wide} to what followed in China, ${data.items.get(link.to)!.label.wide}; it shows timing, not proven cause.`);
  }
  return parts.join(' ');
}

interface Placed {
  item: TimelineItem;
  x: number;
  y: number;
}

/** Stacks items that would overlap on the lane: later items step away from the axis. */
function stackItems(items: TimelineItem[], xOf: (item: TimelineItem) => number, lane: Lane, g: (typeof GEOMETRY)[Variant]): Placed[] {
  const placed: (Placed & { level: number })[] = [];
  for (const item of [...items].sort((a, b) => compareDates(a.date, b.date) || a.id.localeCompare(b.id))) {
    const x = xOf(item);
    let level = 0;
    while (placed.some((other) => other.level === level && Math.abs(other.x - x) < g.minDx)) level++;
    placed.push({ item, x, y: lane === 'us' ? g.axisY - g.usMark - level * g.stackStep : g.axisY + g.cnMark + level * g.stackStep, level });
  }
  return placed;
}

export function layoutPolicyTimeline(data: PolicyTimelineData, state: PolicyTimelineLanesState, size: Size, variant: Variant): Scene {
  const { us, cn } = resolve(data, state);
  const g = GEOMETRY[variant];
  const margin = { left: variant === 'wide' ? 14 : 10, right: variant === 'wide' ? 14 : 10 };
  const axisFrame = { left: margin.left, right: size.width - margin.right, top: 24, bottom: g.axisY, width: size.width - margin.left - margin.right, height: g.axisY - 24 };
  const x = timeScale(state.window.from, state.window.to, axisFrame);
  const spanYears = (x.domain()[1]!.getTime() - x.domain()[0]!.getTime()) / (365.25 * 24 * 3600 * 1000);
  const every = variant === 'narrow' && spanYears > 5 ? 2 : 1;

  const axis = yearAxis(x, axisFrame, { key: 'x', every, fontSize: g.font });
  // Year lines across both lanes, so a reader can line up a US action with China's moves.
  const grid: Mark[] = axis
    .filter((mark) => mark.kind === 'line' && mark.key.startsWith('x-tick-'))
    .flatMap((mark) => {
      const tick = mark as Extract<Mark, { kind: 'line' }>;
      const year = tick.key.slice('x-tick-'.length);
      return [
        { kind: 'line', key: `grid-us-${year}`, className: 'axis-grid', x1: tick.x1, y1: 22, x2: tick.x1, y2: g.axisY } satisfies Mark,
        { kind: 'line', key: `grid-cn-${year}`, className: 'axis-grid', x1: tick.x1, y1: g.axisY + g.cnMark - 14, x2: tick.x1, y2: size.height - 20 } satisfies Mark,
      ];
    });
  const lanes: Mark[] = [
    { kind: 'rect', key: 'lane-us', className: 'lane country-us', x: 0, y: 22, width: size.width, height: g.axisY - 2 - 22 },
    { kind: 'rect', key: 'lane-cn', className: 'lane country-cn', x: 0, y: g.axisY + g.cnMark - 14, width: size.width, height: size.height - 20 - (g.axisY + g.cnMark - 14) },
    { kind: 'text', key: 'lane-title-us', className: 'lane-title label-us', x: 2, y: g.titleUsY, text: LANE_TITLES.us[variant], size: g.font, weight: 'bold' },
    { kind: 'text', key: 'lane-title-cn', className: 'lane-title label-cn', x: 2, y: g.titleCnY, text: LANE_TITLES.cn[variant], size: g.font, weight: 'bold' },
  ];

  const xOf = (item: TimelineItem) => xOfDate(x, item.date);
  const placed = [...stackItems(us, xOf, 'us', g), ...stackItems(cn, xOf, 'cn', g)];
  const position = new Map(placed.map((entry) => [entry.item.id, entry]));
  const emphasis = (id: string) => (state.highlight.length === 0 ? '' : state.highlight.includes(id) ? ' is-highlighted' : ' is-muted');

  const points: Mark[] = placed.map(({ item, x: px, y: py }) => ({
    kind: 'symbol',
    key: `item-${item.id}`,
    className: `timeline-item shape-${item.shape} country-${item.lane}${item.shape === 'model' ? ' is-open' : ''}${emphasis(item.id)}`,
    x: px,
    y: py,
    d: itemSymbol(item.shape, g.symbolArea),
  }));

  const links: Mark[] = state.links.flatMap((link) => {
    const from = position.get(link.from);
    const to = position.get(link.to);
    if (!from || !to) return [];
    const midY = g.axisY + (g.cnMark - 14) / 2;
    return [
      {
        kind: 'path',
        key: `link-${link.from}-${link.to}`,
        className: 'followed-by',
        dash: '5 4',
        d: `M${from.x.toFixed(1)},${(from.y + 7).toFixed(1)} C${from.x.toFixed(1)},${midY} ${to.x.toFixed(1)},${midY} ${to.x.toFixed(1)},${(to.y - 8).toFixed(1)}`,
      } satisfies Mark,
    ];
  });

  // Labels for emphasised items, in rows away from the axis, each joined to its mark by a leader.
  const leaderLines: Mark[] = [];
  const labels: Mark[] = [];
  for (const lane of ['us', 'cn'] as Lane[]) {
    const wanted = placed.filter((entry) => entry.item.lane === lane && state.highlight.includes(entry.item.id)).sort((a, b) => a.x - b.x);
    const boxes: { left: number; right: number; row: number }[] = [];
    const leaders: { x: number; row: number }[] = [];
    for (const entry of wanted) {
      const text = variant === 'wide' ? `${entry.item.label.wide}, ${formatDateShort(entry.item.date)}` : entry.item.label.narrow;
      // Bold text runs wider than the estimate for regular text.
      const width = estimateTextWidth(text, g.font) * 1.08;
      const placement = placeLaneLabel(entry.x, width, size.width, g.rows, boxes, leaders);
      boxes.push({ left: placement.left, right: placement.left + width, row: placement.row });
      leaders.push({ x: entry.x, row: placement.row });
      const rowY = lane === 'us' ? g.axisY - g.usLabel - placement.row * g.rowStep : g.axisY + g.cnLabel + placement.row * g.rowStep;
      // An end-aligned label is drawn from its end, which must meet the leader line (the width
      // estimate may be generous); others from their start.
      const drawnFromEnd = placement.align === 'end';
      const anchorX = drawnFromEnd ? entry.x : Math.min(Math.max(entry.x, placement.left + 3), placement.left + width - 3);
      leaderLines.push({
        kind: 'line',
        key: `leader-${entry.item.id}`,
        className: 'leader-line',
        x1: entry.x,
        y1: lane === 'us' ? entry.y - 7 : entry.y + 7,
        x2: anchorX,
        y2: lane === 'us' ? rowY + 4 : rowY - g.font,
      });
      labels.push({
        kind: 'text',
        key: `label-${entry.item.id}`,
        className: `timeline-label label-${lane}`,
        x: drawnFromEnd ? placement.left + width : placement.left,
        y: rowY,
        text,
        ...(drawnFromEnd ? { anchor: 'end' as const } : {}),
        size: g.font,
        weight: 'bold',
      });
    }
  }

  const layers: Layer[] = [
    { id: 'lanes', marks: [...lanes, ...grid] },
    { id: 'axis', marks: axis },
    { id: 'links', marks: links },
    { id: 'items', marks: points },
    { id: 'labels', marks: [...leaderLines, ...labels] },
  ];
  return {
    size,
    title: 'US restrictions and China’s AI policy and open-model milestones on one timeline',
    description: describeState(data, state),
    layers,
  };
}

/**
 * Picks a row and an alignment for a lane label: the row nearest the axis where the label's box
 * touches no other label, no earlier leader line passes through it, and its own leader passes
 * through no label nearer the axis. A label ends at its mark in the right half of the chart and
 * starts at it in the left half, trying the other way round before moving out a row.
 */
export function placeLaneLabel(
  markX: number,
  width: number,
  chartWidth: number,
  rows: number,
  boxes: { left: number; right: number; row: number }[],
  leaders: { x: number; row: number }[],
): { row: number; left: number; align: 'start' | 'end' } {
  const clampLeft = (left: number) => Math.min(Math.max(2, left), chartWidth - 2 - width);
  const options = (['end', 'start'] as const).map((align) => {
    const wanted = align === 'end' ? markX + 8 - width : markX - 8;
    const left = clampLeft(wanted);
    // A clamped label no longer ends at its mark: draw it from its start.
    return { left, align: left === wanted ? align : ('start' as const) };
  });
  if (markX <= chartWidth / 2) options.reverse();
  // First look for a spot that crosses nothing; failing that, one where only leader lines cross
  // (labels have a halo, so a line behind a word stays legible); last, the outermost row.
  for (const strict of [true, false]) {
    for (let row = 0; row < rows; row++) {
      for (const option of options) {
        const right = option.left + width;
        const clearOfLabels = boxes.every((box) => box.row !== row || option.left > box.right + 8 || right < box.left - 8);
        const clearOfLeaders =
          leaders.every((leader) => leader.row <= row || leader.x < option.left - 4 || leader.x > right + 4) &&
          boxes.every((box) => box.row >= row || markX < box.left - 4 || markX > box.right + 4);
        if (clearOfLabels && (!strict || clearOfLeaders)) return { row, ...option };
      }
    }
  }
  return { row: rows - 1, ...options[0]! };
}
