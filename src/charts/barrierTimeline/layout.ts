/**
 * The risks and barriers around open models, and Chinese ones in particular, on one time axis in
 * four lanes: security warnings, bans and blocks by governments, laws and rules, and foreign
 * developers building on Chinese models. Dots that would collide are packed into extra lines within
 * their lane, each lane taking the height its busiest moment needs. A short span (a few weeks) zooms
 * in on a burst.
 *
 * Encodings, so colour is never alone: every lane is named, every emphasised dot is labelled with
 * its jurisdiction or actor; colour marks US actors against others. An event known only to the
 * month says so in its label ("Feb 2025"), placed mid-month; dashes are kept for estimates.
 */
import { utcDay, utcMonday, utcMonth } from 'd3-time';
import type { DatasetEvent } from '../../data/schema';
import { compareDates } from '../../data/dates';
import type { ScaleTime } from 'd3-scale';
import type { Mark, Scene, Size, Variant } from '../contract';
import { dotMark, emphasisClass, layers, textBlock } from '../shared/markBuilders';
import { calloutMarks } from '../shared/callout';
import { bottomAxis } from '../shared/axis';
import { plotFrame, type Drawing } from '../shared/frame';
import { estimateTextWidth } from '../shared/labels';
import { packIntoRows } from '../shared/rowPacking';
import { timeScale, xOfDate } from '../shared/timeAxis';
import { LANES, type BarrierEntry, type LaneKey } from './config';
import type { BarrierTimelineState } from './state';
import type { Words } from '../../i18n/words';

export interface BarrierTimelineData {
  /** The chart's events, by id, with their lane and labels. */
  events: Map<string, { event: DatasetEvent; entry: BarrierEntry }>;
}

const GEOMETRY = {
  wide: { left: 110, right: 16, callout: 50, bottom: 44, laneGap: 6, rowMax: 26, font: 13, dot: 6, maxRows: 6 },
  narrow: { left: 50, right: 10, callout: 46, bottom: 40, laneGap: 4, rowMax: 20, font: 12, dot: 5, maxRows: 5 },
} as const;

const MIN_ROW = { wide: 17, narrow: 15 } as const;

const isMonthOnly = (date: string) => /^\d{4}-\d{2}$/.test(date);

function resolveState(data: BarrierTimelineData, state: BarrierTimelineState) {
  const items = state.events.map((id) => {
    const item = data.events.get(id);
    if (!item) throw new Error(`barrierTimeline: "${id}" is not one of the chart's events (see config.ts)`);
    if (compareDates(item.event.date, state.from) < 0 || compareDates(item.event.date, state.through) > 0) {
      throw new Error(`barrierTimeline: "${id}" (${item.event.date}) falls outside the time axis ${state.from} to ${state.through}`);
    }
    return item;
  });
  for (const id of state.highlight) if (!state.events.includes(id)) throw new Error(`barrierTimeline: highlighted "${id}" is not drawn in this state`);
  if (state.focus && !state.events.includes(state.focus)) throw new Error(`barrierTimeline: focus "${state.focus}" is not drawn in this state`);
  if (compareDates(state.from, state.through) >= 0) throw new Error('barrierTimeline: "from" must come before "through"');
  return items;
}

/**
 * Days covered by the axis: under about two months it is labelled by week, else by quarter or
 * half-year, and over about twenty months (the whole story to 2026) by half-year or year.
 */
function axisTicks(from: Date, to: Date, variant: Variant, { dateShort, dateShortWithoutYear }: Words): { values: number[]; format: (value: number) => string } {
  const days = utcDay.count(from, to);
  const iso = (date: Date) => date.toISOString().slice(0, 10);
  if (days <= 70) {
    const step = variant === 'wide' || days <= 35 ? 1 : 2;
    const mondays = utcMonday.range(from, to).filter((_, index) => index % step === 0);
    return { values: mondays.map((date) => date.getTime()), format: (value) => dateShortWithoutYear(iso(new Date(value))) };
  }
  const long = days > 600;
  const months = variant === 'wide' ? (long ? 6 : 3) : long ? 12 : 6;
  const starts = utcMonth.range(from, to).filter((date) => date.getUTCMonth() % months === 0);
  return { values: starts.map((date) => date.getTime()), format: (value) => dateShort(iso(new Date(value)).slice(0, 7)) };
}

/** An event's short label beside its dot, shorter on a phone. */
export const eventLabel = (entry: BarrierEntry, variant: Variant, words: Words) => words.t(`barrierTimeline.event.${entry.id}.${variant}`);

/** A lane's name, as a sentence or a table says it. */
export const laneName = (lane: LaneKey, words: Words) => words.t(`barrierTimeline.lane.${lane}.name`);

export function describeState(data: BarrierTimelineData, state: BarrierTimelineState, words: Words): string {
  const { t, dateShort } = words;
  const items = resolveState(data, state);
  const parts = [t('barrierTimeline.describe.intro', { from: dateShort(state.from), through: dateShort(state.through) })];
  for (const lane of LANES) {
    const inLane = items.filter((item) => item.entry.lane === lane.key).sort((a, b) => compareDates(a.event.date, b.event.date));
    const events = inLane.map((item) => t('barrierTimeline.describe.event', { label: eventLabel(item.entry, 'wide', words), date: dateShort(item.event.date) }));
    if (inLane.length) parts.push(t('barrierTimeline.describe.lane', { lane: laneName(lane.key, words), events: words.list(events, 'items') }));
  }
  if (state.focus) parts.push(t('barrierTimeline.describe.focus', { title: data.events.get(state.focus)!.event.title }));
  return parts.join(' ');
}

type Item = ReturnType<typeof resolveState>[number];

/** What every part of the timeline is placed by. */
interface Timeline extends Drawing<BarrierTimelineState> {
  data: BarrierTimelineData;
  g: (typeof GEOMETRY)[Variant];
  x: ScaleTime<number, number>;
  items: Item[];
  emphasis: (id: string) => string;
  /** Wide charts label every dot unless some are emphasised; phones label only the emphasised. */
  labelled: (id: string) => boolean;
  labelOf: (entry: BarrierEntry) => string;
}

export function layoutBarrierTimeline(data: BarrierTimelineData, state: BarrierTimelineState, size: Size, variant: Variant, words: Words): Scene {
  const g = GEOMETRY[variant];
  const frame = plotFrame(size, { left: g.left, right: g.right, top: g.callout, bottom: g.bottom });
  const t: Timeline = {
    data,
    state,
    variant,
    words,
    size,
    g,
    frame,
    x: timeScale(state.from, state.through, frame),
    items: resolveState(data, state),
    emphasis: (id) => emphasisClass(state.highlight, id),
    labelled: (id) => (state.highlight.length === 0 ? variant === 'wide' : state.highlight.includes(id)),
    // A date known only to the month is said in the label: "Jailbreak test (Feb 2025)", "(Feb)" on a phone.
    labelOf: (entry) => {
      const date = data.events.get(entry.id)!.event.date;
      const label = eventLabel(entry, variant, words);
      if (!isMonthOnly(date)) return label;
      return words.t('barrierTimeline.label.monthOnly', { label, date: variant === 'wide' ? words.dateShort(date) : words.dateShortWithoutYear(date) });
    },
  };
  const lanes = laneRows(t);
  return {
    size,
    title: words.t('barrierTimeline.title'),
    description: describeState(data, state, words),
    layers: layers({ frame: laneFrame(t, lanes), axis: axis(t), dots: dotMarks(t, lanes), labels: labelMarks(t, lanes), callout: callout(t) }),
  };
}

/**
 * Packs one lane into at most `maxRows` lines. Where a label still collides, the least important one
 * is dropped (muted before emphasised, later before earlier) and the lane is packed again, so no two
 * labels ever overlap.
 */
function packLane({ state, size, g, x, items, labelled, labelOf }: Timeline, laneKey: string, maxRows: number, withoutLabel: Set<string>) {
  const requestsFor = () =>
    items
      .filter((item) => item.entry.lane === laneKey)
      .map((item) => {
        const cx = xOfDate(x, item.event.date);
        const showLabel = labelled(item.event.id) && !withoutLabel.has(item.event.id);
        const width = showLabel ? g.dot + 3 + estimateTextWidth(labelOf(item.entry), g.font) : g.dot;
        const flip = cx + width > size.width - 2;
        return { item: { ...item, cx, flip, showLabel }, left: flip ? cx - width : cx - g.dot, right: flip ? cx + g.dot : cx + width };
      });
  for (;;) {
    const requests = requestsFor();
    const packed = packIntoRows(requests, maxRows, 5);
    const colliding = packed.filter((a, i) => packed.some((b, j) => i !== j && a.row === b.row && requests[i]!.left < requests[j]!.right && requests[j]!.left < requests[i]!.right));
    const droppable = colliding
      .filter((entry) => entry.item.showLabel)
      .sort((a, b) => Number(state.highlight.includes(a.item.event.id)) - Number(state.highlight.includes(b.item.event.id)) || compareDates(b.item.event.date, a.item.event.date));
    if (!droppable.length) return packed;
    withoutLabel.add(droppable[0]!.item.event.id);
  }
}

type Lanes = { packed: ReturnType<typeof packLane>[]; linesPerLane: number[]; laneHeights: number[]; laneTops: number[] };

/** Packs every lane; if the lanes need more lines than fit, allows fewer lines each. Spare height is shared out evenly so the lanes fill the frame. */
function laneRows(t: Timeline): Lanes {
  const { variant, g, frame } = t;
  const withoutLabel = new Set<string>();
  const available = frame.height - g.laneGap * (LANES.length - 1);
  let packed = LANES.map((lane) => packLane(t, lane.key, g.maxRows, withoutLabel));
  for (let maxRows = g.maxRows - 1; maxRows >= 1; maxRows--) {
    const lines = packed.reduce((sum, lane) => sum + Math.max(1, ...lane.map((entry) => entry.row + 1)), 0);
    if (lines * MIN_ROW[variant] <= available) break;
    packed = LANES.map((lane) => packLane(t, lane.key, maxRows, withoutLabel));
  }
  const linesPerLane = packed.map((lane) => Math.max(1, ...lane.map((entry) => entry.row + 1)));
  const totalLines = linesPerLane.reduce((sum, lines) => sum + lines, 0);
  const rowHeight = Math.min(g.rowMax, available / totalLines);
  const laneHeights = linesPerLane.map((lines) => lines * rowHeight);
  const spare = available - laneHeights.reduce((sum, height) => sum + height, 0);
  const laneTops: number[] = [];
  let top = frame.top;
  laneHeights.forEach((height, index) => {
    laneHeights[index] = height + spare / LANES.length;
    laneTops.push(top);
    top += laneHeights[index]! + g.laneGap;
  });
  return { packed, linesPerLane, laneHeights, laneTops };
}

function laneFrame({ variant, words, g, frame }: Timeline, { laneHeights, laneTops }: Lanes): Mark[] {
  return LANES.flatMap((lane, index): Mark[] => {
    const lines = words.t(`barrierTimeline.lane.${lane.key}.${variant}`).split('\n');
    const middle = laneTops[index]! + laneHeights[index]! / 2 + 4;
    return [
      { kind: 'rect', key: `lane-band-${lane.key}`, className: 'lane-band', x: frame.left, y: laneTops[index]!, width: frame.width, height: laneHeights[index]! },
      ...textBlock(lines, { key: `lane-label-${lane.key}`, className: 'lane-label', x: 4, y: middle - ((lines.length - 1) / 2) * (g.font + 2), lineHeight: g.font + 2, size: g.font, weight: () => 'bold' }),
    ];
  });
}

function axis({ variant, words, g, frame, x }: Timeline): Mark[] {
  const [start, end] = x.domain() as [Date, Date];
  const ticks = axisTicks(start, end, variant, words);
  const axisScale = Object.assign((value: number) => x(value), { ticks: () => ticks.values });
  return bottomAxis(axisScale, frame, { key: 'time', title: '', format: ticks.format, tickValues: ticks.values, grid: true, fontSize: g.font }).filter((mark) => mark.key !== 'time-title');
}

/** Each packed item with the y of its line in its lane. */
function placedItems({ packed, linesPerLane, laneHeights, laneTops }: Lanes) {
  return packed.flatMap((lane, laneIndex) => lane.map(({ item, row }) => ({ item, cy: laneTops[laneIndex]! + (row + 0.5) * (laneHeights[laneIndex]! / linesPerLane[laneIndex]!) })));
}

function dotMarks({ g, emphasis }: Timeline, lanes: Lanes): Mark[] {
  return placedItems(lanes).map(({ item, cy }) => {
    const country = item.event.country === 'US' ? 'country-us' : item.event.country === 'CN' ? 'country-cn' : 'country-other';
    const look = `${isMonthOnly(item.event.date) ? ' is-month-only' : ''}${item.event.tags?.includes('later') ? ' is-later' : ''}${emphasis(item.event.id)}`;
    return dotMark(`barrier-${item.event.id}`, `barrier-dot ${country}${look}`, item.cx, cy, g.dot);
  });
}

function labelMarks({ state, g, emphasis, labelOf }: Timeline, lanes: Lanes): Mark[] {
  return placedItems(lanes)
    .filter(({ item }) => item.showLabel)
    .map(({ item, cy }) => ({
      kind: 'text',
      key: `barrier-label-${item.event.id}`,
      className: `barrier-label${emphasis(item.event.id)}`,
      x: item.flip ? item.cx - g.dot - 3 : item.cx + g.dot + 3,
      y: cy + 4,
      text: labelOf(item.entry),
      anchor: item.flip ? 'end' : 'start',
      size: g.font,
      weight: state.highlight.includes(item.event.id) ? 'bold' : 'normal',
    }));
}

function callout({ data, state, size, words, g }: Timeline): Mark[] {
  if (!state.focus) return [];
  const event = data.events.get(state.focus)!.event;
  return calloutMarks(words.dateShort(event.date), event.title, { width: size.width, fontSize: g.font, bodyLines: 2, lineGap: 2 });
}
