/**
 * Two lanes on one time axis: US restrictions above, China's plans, rules, market moves and
 * open-weight releases below. Thin arrows join a US action to what followed in China; they show
 * timing only, and the chart says so in a key drawn whenever an arrow is (never dashed: on this
 * site a dash means an estimate).
 *
 * Encodings, so colour is never alone: each lane is named and sits on its own side of the axis;
 * shape says what kind of item it is (triangle pointing up: an export rule or listing; pointing
 * down: a US measure that eases controls; square: a company's move; diamond: a plan, rule or
 * statement; circle: a model released with open weights, filled). Only emphasised items carry
 * labels, placed in rows away from the axis with a leader line. Short windows get month ticks.
 */
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle } from 'd3-shape';
import type { Mark, Scene, Size, Variant } from '../contract';
import { emphasisClass, layers, linePath, ruleX, segmentMark } from '../shared/markBuilders';
import { timeScale, xOfDate, yearAxis } from '../shared/timeAxis';
import { utcMonth } from 'd3-time';
import { estimateTextWidth } from '../shared/labels';
import { compareDates } from '../../data/dates';
import type { PolicyTimelineLanesState } from './state';
import type { Words } from '../../i18n/words';
import { itemLabel } from './shortLabels';

export type Lane = 'us' | 'cn';
export type ItemShape = 'rule' | 'easing' | 'company' | 'policy' | 'model';

export interface TimelineItem {
  id: string;
  lane: Lane;
  date: string;
  shape: ItemShape;
  /** The event's title (a model's name): what a label falls back to. */
  title: string;
  /** For a model's release, what the table says of it. */
  model?: { organisation: string; name: string; licence: string } | undefined;
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

/** Windows up to this many years long get quarter ticks (Jan, Apr, Jul, Oct) instead of years. */
const MONTH_TICKS_UP_TO_YEARS = 2.6;

/** Quarter ticks' months (0-based), by their words in the dictionary; January's tick names its year. */
const QUARTER_MONTHS = { 3: 'apr', 6: 'jul', 9: 'oct' } as const;

/** The up-pointing triangle of d3-shape, turned upside down: a measure that eases controls. */
function downTriangle(area: number): string {
  const y = -Math.sqrt(area / (Math.sqrt(3) * 3));
  const x = -Math.sqrt(3) * y;
  const f = (value: number) => Number(value.toFixed(3));
  return `M0,${f(-2 * y)}L${f(-x)},${f(y)}L${f(x)},${f(y)}Z`;
}

export function itemSymbol(shape: ItemShape, area: number): string {
  if (shape === 'easing') return downTriangle(area);
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
    const from = data.items.get(link.from)!;
    const to = data.items.get(link.to)!;
    // A "what followed" arrow may not point into the past.
    if (compareDates(to.date, from.date) < 0) throw new Error(`policyTimelineLanes: the link from "${link.from}" (${from.date}) to "${link.to}" (${to.date}) runs backwards in time`);
  }
  if (compareDates(state.window.from, state.window.to) >= 0) throw new Error('policyTimelineLanes: window.from must be before window.to');
  const inWindow = (item: TimelineItem) => compareDates(item.date, state.window.from) >= 0 && compareDates(item.date, state.window.to) <= 0;
  return { us: us.filter(inWindow), cn: cn.filter(inWindow), hidden: [...us, ...cn].filter((item) => !inWindow(item)) };
}

export function describeState(data: PolicyTimelineData, state: PolicyTimelineLanesState, words: Words): string {
  const { t } = words;
  const { us, cn } = resolve(data, state);
  const label = (id: string) => itemLabel(data.items.get(id)!, 'wide', words);
  const list = (items: TimelineItem[]) =>
    words.list(
      [...items].sort((a, b) => compareDates(a.date, b.date)).map((item) => t('policyTimelineLanes.describe.item', { label: itemLabel(item, 'wide', words), date: words.dateShort(item.date) })),
      'clauses',
    );
  const parts = [t('policyTimelineLanes.describe.window', { from: words.dateShort(state.window.from), to: words.dateShort(state.window.to) })];
  parts.push(us.length ? t('policyTimelineLanes.describe.us', { items: list(us) }) : t('policyTimelineLanes.describe.usNone'));
  parts.push(cn.length ? t('policyTimelineLanes.describe.cn', { items: list(cn) }) : t('policyTimelineLanes.describe.cnNone'));
  if (state.highlight.length) parts.push(t('policyTimelineLanes.describe.highlighted', { items: words.list(state.highlight.map(label), 'items') }));
  const easing = us.filter((item) => item.shape === 'easing');
  if (easing.length) parts.push(t('policyTimelineLanes.describe.easing', { items: list(easing) }));
  for (const link of state.links) parts.push(t('policyTimelineLanes.describe.link', { from: label(link.from), to: label(link.to) }));
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

/** Year ticks for long windows; quarter ticks (a January tick labelled with its year) for short ones. */
function laneAxis(x: ReturnType<typeof timeScale>, frame: { left: number; right: number; top: number; bottom: number; width: number; height: number }, variant: Variant, font: number, words: Words): Mark[] {
  const [start, end] = x.domain() as [Date, Date];
  const spanYears = (end.getTime() - start.getTime()) / (365.25 * 24 * 3600 * 1000);
  if (spanYears > MONTH_TICKS_UP_TO_YEARS) return yearAxis(x, frame, { key: 'x', every: variant === 'narrow' && spanYears > 5 ? 2 : 1, fontSize: font });
  const marks: Mark[] = [{ kind: 'line', key: 'x-domain', className: 'axis-domain', x1: frame.left, y1: frame.bottom, x2: frame.right, y2: frame.bottom }];
  for (const tick of x.ticks(utcMonth.every(3)!)) {
    const px = x(tick);
    if (px < frame.left - 0.5 || px > frame.right + 0.5) continue;
    const year = tick.getUTCFullYear();
    const month = tick.getUTCMonth();
    // January ticks keep the year's keys, so a year's tick is the same mark in every window.
    const key = month === 0 ? String(year) : `${year}-${String(month + 1).padStart(2, '0')}`;
    marks.push({ kind: 'line', key: `x-tick-${key}`, className: 'axis-tick', x1: px, y1: frame.bottom, x2: px, y2: frame.bottom + 5 });
    marks.push({
      kind: 'text',
      key: `x-label-${key}`,
      className: month === 0 ? 'axis-label axis-label--year' : 'axis-label',
      x: px,
      y: frame.bottom + 19,
      text: month === 0 ? String(year) : words.t(`policyTimelineLanes.month.${QUARTER_MONTHS[month as keyof typeof QUARTER_MONTHS]}`),
      anchor: 'middle',
      size: font,
      ...(month === 0 ? { weight: 'bold' as const } : {}),
    });
  }
  return marks;
}

/** A small key in the top right corner, one row per entry: a sample mark and its words. */
function cornerKey(entries: { key: string; sample: Mark[]; text: string }[], width: number, g: (typeof GEOMETRY)[Variant]): Mark[] {
  return entries.flatMap((entry, index) => {
    const y = g.titleUsY + index * (g.font + 5);
    // The sample sits just before the words, which start after it (the width is an estimate, so
    // anchoring the words at their start keeps the gap between sample and words fixed).
    const textWidth = estimateTextWidth(entry.text, g.font) * 0.97;
    const sampleX = width - 4 - textWidth - 12;
    const moved = entry.sample.map((mark) => {
      if (mark.kind === 'symbol') return { ...mark, x: sampleX, y: y - g.font / 3 };
      if (mark.kind === 'line') return { ...mark, x1: sampleX, y1: y - g.font + 1, x2: sampleX, y2: y - 3 };
      if (mark.kind === 'path') return { ...mark, d: `M${(sampleX - 3.5).toFixed(1)},${(y - 6).toFixed(1)} L${(sampleX + 3.5).toFixed(1)},${(y - 6).toFixed(1)} L${sampleX.toFixed(1)},${(y + 1).toFixed(1)} Z` };
      return mark;
    });
    return [...moved, { kind: 'text', key: `key-text-${entry.key}`, className: 'lane-key', x: sampleX + 10, y, text: entry.text, size: g.font } satisfies Mark];
  });
}

/** What every part of the timeline is placed by. */
interface Timeline {
  state: PolicyTimelineLanesState;
  variant: Variant;
  words: Words;
  size: Size;
  g: (typeof GEOMETRY)[Variant];
  placed: ReturnType<typeof stackItems>;
  emphasis: (id: string) => string;
  easingShown: boolean;
}

export function layoutPolicyTimeline(data: PolicyTimelineData, state: PolicyTimelineLanesState, size: Size, variant: Variant, words: Words): Scene {
  const { us, cn } = resolve(data, state);
  const g = GEOMETRY[variant];
  const margin = { left: variant === 'wide' ? 14 : 10, right: variant === 'wide' ? 14 : 10 };
  const axisFrame = { left: margin.left, right: size.width - margin.right, top: 24, bottom: g.axisY, width: size.width - margin.left - margin.right, height: g.axisY - 24 };
  const x = timeScale(state.window.from, state.window.to, axisFrame);
  const xOf = (item: TimelineItem) => xOfDate(x, item.date);
  const t: Timeline = {
    state,
    variant,
    words,
    size,
    g,
    placed: [...stackItems(us, xOf, 'us', g), ...stackItems(cn, xOf, 'cn', g)],
    emphasis: (id) => emphasisClass(state.highlight, id),
    easingShown: us.some((item) => item.shape === 'easing'),
  };
  const axis = laneAxis(x, axisFrame, variant, g.font, words);
  const links = linkMarks(t);
  return {
    size,
    title: words.t('policyTimelineLanes.title'),
    description: describeState(data, state, words),
    layers: layers({ lanes: [...laneMarks(t), ...yearLines(t, axis)], axis, links, items: itemMarks(t), labels: laneLabels(t), key: keyMarks(t, links.length > 0) }),
  };
}

/** Year lines across both lanes, so a reader can line up a US action with China's moves. */
function yearLines({ g, size }: Timeline, axis: Mark[]): Mark[] {
  return axis
    .filter((mark) => mark.kind === 'line' && /^x-tick-\d{4}$/.test(mark.key))
    .flatMap((mark) => {
      const tick = mark as Extract<Mark, { kind: 'line' }>;
      const year = tick.key.slice('x-tick-'.length);
      return [ruleX(`grid-us-${year}`, 'axis-grid', tick.x1, 22, g.axisY), ruleX(`grid-cn-${year}`, 'axis-grid', tick.x1, g.axisY + g.cnMark - 14, size.height - 20)];
    });
}

function laneMarks({ g, size, variant, easingShown, words }: Timeline): Mark[] {
  return [
    { kind: 'rect', key: 'lane-us', className: 'lane country-us', x: 0, y: 22, width: size.width, height: g.axisY - 2 - 22 },
    { kind: 'rect', key: 'lane-cn', className: 'lane country-cn', x: 0, y: g.axisY + g.cnMark - 14, width: size.width, height: size.height - 20 - (g.axisY + g.cnMark - 14) },
    { kind: 'text', key: 'lane-title-us', className: 'lane-title label-us', x: 2, y: g.titleUsY, text: words.t(easingShown ? `policyTimelineLanes.lane.usEasing.${variant}` : `policyTimelineLanes.lane.us.${variant}`), size: g.font, weight: 'bold' },
    { kind: 'text', key: 'lane-title-cn', className: 'lane-title label-cn', x: 2, y: g.titleCnY, text: words.t(`policyTimelineLanes.lane.cn.${variant}`), size: g.font, weight: 'bold' },
  ];
}

function itemMarks({ placed, g, emphasis }: Timeline): Mark[] {
  return placed.map(({ item, x: px, y: py }) => ({
    kind: 'symbol',
    key: `item-${item.id}`,
    className: `timeline-item shape-${item.shape} country-${item.lane}${item.shape === 'model' ? ' is-open' : ''}${emphasis(item.id)}`,
    x: px,
    y: py,
    d: itemSymbol(item.shape, g.symbolArea),
  }));
}

/**
 * "What followed" arrows: a thin solid curve from the US item down to the Chinese one, with a head
 * at its end. Solid, because a dash on this site means an estimate.
 */
function linkMarks({ state, placed, g }: Timeline): Mark[] {
  const position = new Map(placed.map((entry) => [entry.item.id, entry]));
  return state.links.flatMap((link): Mark[] => {
    const from = position.get(link.from);
    const to = position.get(link.to);
    if (!from || !to) return [];
    const midY = g.axisY + (g.cnMark - 14) / 2;
    const endY = to.y - 10;
    return [
      { kind: 'path', key: `link-${link.from}-${link.to}`, className: 'followed-by', d: `M${from.x.toFixed(1)},${(from.y + 7).toFixed(1)} C${from.x.toFixed(1)},${midY} ${to.x.toFixed(1)},${midY} ${to.x.toFixed(1)},${(endY - 5).toFixed(1)}` },
      { kind: 'path', key: `link-head-${link.from}-${link.to}`, className: 'followed-by-head', d: `${linePath([[to.x - 4, endY - 6], [to.x + 4, endY - 6], [to.x, endY + 1]])}Z` },
    ];
  });
}

/** Keys for what only some states show: the arrows and the easing triangles. */
function keyMarks({ variant, size, g, easingShown, words }: Timeline, linksShown: boolean): Mark[] {
  const keyEntries: { key: string; sample: Mark[]; text: string }[] = [];
  if (linksShown) {
    keyEntries.push({
      key: 'link',
      sample: [
        { kind: 'line', key: 'key-sample-link', className: 'followed-by', x1: 0, y1: 0, x2: 0, y2: 0 },
        { kind: 'path', key: 'key-sample-link-head', className: 'followed-by-head', d: '' },
      ],
      text: words.t(`policyTimelineLanes.key.link.${variant}`),
    });
  }
  if (easingShown) {
    keyEntries.push({
      key: 'easing',
      sample: [{ kind: 'symbol', key: 'key-sample-easing', className: 'timeline-item shape-easing country-us', x: 0, y: 0, d: itemSymbol('easing', g.symbolArea * 0.6) }],
      text: words.t(`policyTimelineLanes.key.easing.${variant}`),
    });
  }
  return cornerKey(keyEntries, size.width, g);
}

/** Labels for emphasised items, in rows away from the axis, each joined to its mark by a leader. */
function laneLabels({ state, variant, size, g, placed, words }: Timeline): Mark[] {
  const leaderLines: Mark[] = [];
  const labels: Mark[] = [];
  for (const lane of ['us', 'cn'] as Lane[]) {
    const wanted = placed.filter((entry) => entry.item.lane === lane && state.highlight.includes(entry.item.id)).sort((a, b) => a.x - b.x);
    const texts = wanted.map((entry) =>
      variant === 'wide' ? words.t('policyTimelineLanes.label.wide', { label: itemLabel(entry.item, 'wide', words), date: words.dateShort(entry.item.date) }) : itemLabel(entry.item, 'narrow', words),
    );
    // Bold text runs wider than the estimate for regular text.
    const widths = texts.map((text) => estimateTextWidth(text, g.font) * 1.08);
    const placements = placeLaneLabels(
      wanted.map((entry) => entry.x),
      widths,
      size.width,
      g.rows,
    );
    wanted.forEach((entry, index) => {
      const placement = placements[index]!;
      const width = widths[index]!;
      const rowY = lane === 'us' ? g.axisY - g.usLabel - placement.row * g.rowStep : g.axisY + g.cnLabel + placement.row * g.rowStep;
      // An end-aligned label is drawn from its end, which must meet the leader line (the width
      // estimate may be generous); others from their start.
      const drawnFromEnd = placement.align === 'end';
      const anchorX = drawnFromEnd ? entry.x : Math.min(Math.max(entry.x, placement.left + 3), placement.left + width - 3);
      leaderLines.push(segmentMark(`leader-${entry.item.id}`, 'leader-line', [entry.x, lane === 'us' ? entry.y - 7 : entry.y + 7], [anchorX, lane === 'us' ? rowY + 4 : rowY - g.font]));
      labels.push({
        kind: 'text',
        key: `label-${entry.item.id}`,
        className: `timeline-label label-${lane}`,
        x: drawnFromEnd ? placement.left + width : placement.left,
        y: rowY,
        text: texts[index]!,
        ...(drawnFromEnd ? { anchor: 'end' as const } : {}),
        size: g.font,
        weight: 'bold',
      });
    });
  }
  return [...leaderLines, ...labels];
}

type Placement = { row: number; left: number; align: 'start' | 'end' };

/**
 * Picks a row and an alignment for a lane label: the row nearest the axis where the label's box
 * touches no other label, no earlier leader line passes through it, and its own leader passes
 * through no label nearer the axis. By default a label ends at its mark in the right half of the
 * chart and starts at it in the left half, trying the other way round before moving out a row;
 * `prefer` can ask for one alignment first everywhere.
 */
export function placeLaneLabel(
  markX: number,
  width: number,
  chartWidth: number,
  rows: number,
  boxes: { left: number; right: number; row: number }[],
  leaders: { x: number; row: number }[],
  prefer: 'auto' | 'start' | 'end' = 'auto',
): Placement {
  const clampLeft = (left: number) => Math.min(Math.max(2, left), chartWidth - 2 - width);
  const options = (['end', 'start'] as const).map((align) => {
    const wanted = align === 'end' ? markX + 8 - width : markX - 8;
    const left = clampLeft(wanted);
    // A clamped label no longer ends at its mark: draw it from its start.
    return { left, align: left === wanted ? align : ('start' as const) };
  });
  if (prefer === 'start' || (prefer === 'auto' && markX <= chartWidth / 2)) options.reverse();
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

/**
 * Places a lane's labels (marks given left to right). Greedy placement depends on the order the
 * labels are placed in, so a few orders and alignments are tried, and the layout with the fewest
 * leader lines crossing a label (then the fewest rows) wins: labels then read left to right in
 * time order instead of jumping over each other.
 */
export function placeLaneLabels(markXs: number[], widths: number[], chartWidth: number, rows: number): Placement[] {
  type Prefer = 'auto' | 'start' | 'end';
  const strategies: { order: 'asc' | 'desc'; prefer: (index: number) => Prefer }[] = [];
  for (const order of ['asc', 'desc'] as const) {
    for (const prefer of ['auto', 'start', 'end'] as const) strategies.push({ order, prefer: () => prefer });
  }
  // Few labels: also try every mix of alignments.
  if (markXs.length <= 6) {
    for (let mask = 0; mask < 2 ** markXs.length; mask++) {
      for (const order of ['asc', 'desc'] as const) strategies.push({ order, prefer: (index) => ((mask >> index) & 1 ? 'end' : 'start') });
    }
  }
  let best: { placements: Placement[]; score: number } | undefined;
  for (const strategy of strategies) {
    const indices = markXs.map((_, index) => index);
    if (strategy.order === 'desc') indices.reverse();
    const placements: Placement[] = new Array(markXs.length);
    const boxes: { left: number; right: number; row: number }[] = [];
    const leaders: { x: number; row: number }[] = [];
    for (const index of indices) {
      const placement = placeLaneLabel(markXs[index]!, widths[index]!, chartWidth, rows, boxes, leaders, strategy.prefer(index));
      placements[index] = placement;
      boxes.push({ left: placement.left, right: placement.left + widths[index]!, row: placement.row });
      leaders.push({ x: markXs[index]!, row: placement.row });
    }
    let crossings = 0;
    let overlaps = 0;
    placements.forEach((a, i) => {
      placements.forEach((b, j) => {
        if (i === j) return;
        const bRight = b.left + widths[j]!;
        // i's leader runs from the axis out to row a.row, so it crosses every label nearer the axis.
        if (b.row < a.row && markXs[i]! >= b.left - 2 && markXs[i]! <= bRight + 2) crossings++;
        if (i < j && a.row === b.row && a.left < bRight + 8 && b.left < a.left + widths[i]! + 8) overlaps++;
      });
    });
    const score = overlaps * 1000 + crossings * 10 + placements.reduce((sum, placement) => sum + placement.row, 0);
    if (!best || score < best.score) best = { placements, score };
  }
  return best?.placements ?? [];
}
