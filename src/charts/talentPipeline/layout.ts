/**
 * China's home-grown talent pipeline, from the dataset's education and hiring records.
 *
 * Timeline view: bars for the universities the Ministry of Education approved for an undergraduate
 * AI major on each annual list, with the running total (computed by adding the lists, so dashed),
 * over lanes of dated events. A step picks out some events: their dots are emphasised and they are
 * listed, dated, in their lane, which grows to hold the list while the other lanes shrink. The last
 * lane is not China's alone: it holds both countries' rules on who may come to study, work and publish
 * (events tagged "visas"), each dot in the colour of the country that acted.
 *
 * Pay view: advertised annual pay as horizontal bars, in yuan ("RMB 400,000"); the axis counts in
 * millions of yuan so its ticks stay short on a phone.
 * Figures read from screenshots of job postings are estimates: dashed outline and "≈".
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { CategorySeries, DatasetEvent, Series, TimeSeries } from '../../data/schema';
import type { Layer, Mark, Scene, Size, Variant } from '../contract';
import { bottomAxis, leftAxis } from '../shared/axis';
import { plotFrame } from '../shared/frame';
import type { Drawing, Frame } from '../shared/frame';
import type { Words } from '../../i18n/words';
import { compareDates, partialDateToUTC } from '../../data/dates';
import { slug, wrapText } from '../shared/text';
import { estimateTextWidth } from '../shared/labels';
import type { TalentPipelineState } from './state';

export interface TalentPipelineData {
  /** Universities newly approved per list, and the running total. */
  perList: TimeSeries;
  total: TimeSeries;
  /** Pay series in yuan, by id. */
  pay: Map<string, CategorySeries>;
  /** Events the timeline may draw, by id. */
  events: Map<string, DatasetEvent>;
}

export const LANES = ['schools', 'reports', 'hiring', 'open-source', 'visas'] as const;
export type Lane = (typeof LANES)[number];

export function laneTitle({ t }: Words, lane: Lane, variant: Variant): string {
  return t(`talentPipeline.lane.${lane}.${variant}`);
}

/** Which lane an event belongs to, from its kind and tags. */
export function laneOf(event: DatasetEvent): Lane {
  if (event.tags?.includes('visas')) return 'visas';
  if (event.kind === 'education') return 'schools';
  if (event.kind === 'talent') return event.tags?.some((tag) => tag === 'pay' || tag === 'deepseek' || tag === 'hiring') ? 'hiring' : 'reports';
  if (event.kind === 'statement' || event.kind === 'policy') return 'open-source';
  throw new Error(`talentPipeline: event "${event.id}" (${event.kind}) has no lane in this chart`);
}

// Starts a little before 2019 so the first list's bar (March 2019) is not cut by the axis; runs to the
// autumn of 2026, past the last dated event (June 2026).
const DOMAIN = { from: '2018-10-01', to: '2026-09-30' };
const LAST_YEAR = 2026;
/**
 * Nothing in the chart falls between the last ministry list (March 2021) and 2023, so that stretch
 * is cut out of the time axis (marked with a break), leaving room for the crowded 2024-25 events.
 * Time runs at the same rate on both sides of the break.
 */
const CUT = { from: '2021-07-01', to: '2022-12-31' };
const CUT_GAP = 12;
const MAJORS_MAX = 400;
const PAY_MAX = 2_000_000;

const GEOMETRY = {
  wide: { margins: { top: 36, right: 16, bottom: 30, left: 44 }, fontSize: 13, compactLane: 34, barWidth: 26, dot: 5, dotFocus: 7 },
  narrow: { margins: { top: 30, right: 10, bottom: 28, left: 34 }, fontSize: 12, compactLane: 30, barWidth: 22, dot: 4, dotFocus: 6 },
} as const;

/** Yuan written for readers: 400000 -> "RMB 400,000". */
export function formatYuan(value: number, words: Words): string {
  return words.t('talentPipeline.yuan', { value: words.number(Math.round(value)) });
}

/** A pay figure as its source gives it: "over RMB 400,000" (a floor), "≈RMB 1,540,000" (an estimate). */
export function payText(value: number, floor: boolean | undefined, estimate: boolean, words: Words): string {
  const yuan = formatYuan(value, words);
  return floor ? words.t('talentPipeline.over', { value: yuan }) : `${estimate ? '≈' : ''}${yuan}`;
}

/** x position of a date on the timeline, with the empty stretch CUT taken out. */
export function timelineX(frame: Frame): (date: string | Date) => number {
  const ms = (date: string | Date) => (typeof date === 'string' ? partialDateToUTC(date) : date).getTime();
  const [t0, c0, c1, t1] = [DOMAIN.from, CUT.from, CUT.to, DOMAIN.to].map(ms) as [number, number, number, number];
  const k = (frame.width - CUT_GAP) / (c0 - t0 + (t1 - c1));
  return (date) => {
    const t = ms(date);
    if (t <= c0) return frame.left + (t - t0) * k;
    if (t >= c1) return frame.left + (c0 - t0) * k + CUT_GAP + (t - c1) * k;
    throw new Error(`talentPipeline: ${typeof date === 'string' ? date : date.toISOString()} falls in the stretch cut out of the time axis; move the cut`);
  };
}

/** Year ticks with a break where the axis is cut (keys as in the shared year axis). */
function yearTicks(xOf: (date: string | Date) => number, frame: Frame, every: number, fontSize: number, words: Words): Mark[] {
  const cutLeft = xOf(CUT.from);
  const cutRight = cutLeft + CUT_GAP;
  const marks: Mark[] = [
    { kind: 'line', key: 'years-domain', className: 'axis-domain', x1: frame.left, y1: frame.bottom, x2: cutLeft, y2: frame.bottom },
    { kind: 'line', key: 'years-domain-after-break', className: 'axis-domain', x1: cutRight, y1: frame.bottom, x2: frame.right, y2: frame.bottom },
    // The break: two short slanted strokes.
    { kind: 'line', key: 'years-break-0', className: 'axis-domain axis-break', x1: cutLeft - 3, y1: frame.bottom + 5, x2: cutLeft + 3, y2: frame.bottom - 5 },
    { kind: 'line', key: 'years-break-1', className: 'axis-domain axis-break', x1: cutRight - 3, y1: frame.bottom + 5, x2: cutRight + 3, y2: frame.bottom - 5 },
  ];
  const cut = [partialDateToUTC(CUT.from).getTime(), partialDateToUTC(CUT.to).getTime()] as const;
  for (let year = 2019; year <= LAST_YEAR; year++) {
    if ((year - 2019) % every !== 0) continue;
    const start = Date.UTC(year, 0, 1);
    if (start > cut[0] && start < cut[1]) continue;
    const x = xOf(new Date(start));
    marks.push({ kind: 'line', key: `years-tick-${year}`, className: 'axis-tick', x1: x, y1: frame.bottom, x2: x, y2: frame.bottom + 5 });
    marks.push({ kind: 'text', key: `years-label-${year}`, className: 'axis-label', x, y: frame.bottom + 19, text: words.dateShort(String(year)), anchor: 'middle', size: fontSize });
  }
  return marks;
}

function resolveEvents(data: TalentPipelineData, state: TalentPipelineState) {
  const lookup = (id: string) => {
    const event = data.events.get(id);
    if (!event) throw new Error(`talentPipeline: "${id}" is not a China education, talent or open-source event in the dataset`);
    return event;
  };
  const events = state.events.map(lookup);
  for (const { event } of state.highlight) {
    if (!state.events.includes(event)) throw new Error(`talentPipeline: highlighted event "${event}" is not among the events drawn in this state`);
  }
  return { events, highlights: state.highlight.map((item) => ({ event: lookup(item.event), label: item.label })) };
}

function resolvePay(data: TalentPipelineData, state: TalentPipelineState) {
  return state.pay.map((row) => {
    const series = data.pay.get(row.series);
    if (!series) throw new Error(`talentPipeline: "${row.series}" is not a pay series (yuan, tag "pay") in the dataset`);
    const point = series.points.find((candidate) => candidate.category === row.category);
    if (!point) throw new Error(`talentPipeline: pay series "${row.series}" has no category "${row.category}"`);
    return { series, point, label: row.label, estimate: point.estimate ?? series.estimate };
  });
}

export function describeState(data: TalentPipelineData, state: TalentPipelineState, words: Words): string {
  const { t, dateShort } = words;
  if (state.view === 'pay') {
    const rows = resolvePay(data, state).map((row) =>
      t(row.estimate ? 'talentPipeline.describe.payRowEstimate' : 'talentPipeline.describe.payRow', {
        label: row.label,
        date: dateShort(row.series.asOf),
        pay: payText(row.point.value, row.point.floor, row.estimate, words),
      }),
    );
    return t('talentPipeline.describe.pay', { rows: words.list(rows, 'clauses') });
  }
  const { events, highlights } = resolveEvents(data, state);
  const lists = words.list(
    data.perList.points.map((point) => t('talentPipeline.describe.list', { date: dateShort(point.date), value: words.number(point.value) })),
    'items',
  );
  const parts = [t('talentPipeline.describe.lists', { lists })];
  const last = data.total.points.at(-1)!;
  if (state.total) parts.push(t('talentPipeline.describe.total', { total: words.number(last.value), date: dateShort(last.date) }));
  if (highlights.length) {
    const picked = highlights.map(({ event }) => t('talentPipeline.describe.pickedEvent', { date: dateShort(event.date), title: event.title }));
    parts.push(t('talentPipeline.describe.picked', { events: words.list(picked, 'clauses') }));
  }
  const others = events.length - highlights.length;
  if (others > 0) parts.push(t('talentPipeline.describe.others', { count: words.number(others) }));
  return parts.join(' ');
}

function layoutPay(data: TalentPipelineData, state: TalentPipelineState, size: Size, variant: Variant, words: Words): Mark[][] {
  const { t } = words;
  const g = GEOMETRY[variant];
  const fontSize = g.fontSize;
  const frame = plotFrame(size, { top: 20, right: variant === 'wide' ? 24 : 12, bottom: 44, left: variant === 'wide' ? 16 : 10 });
  const x = scaleLinear().domain([0, PAY_MAX]).range([frame.left, frame.right]);
  const rows = resolvePay(data, state);
  // The key to the bars, only for what this state shows, at the foot of the frame.
  const keys = rows.some((row) => row.estimate) ? [t(`talentPipeline.pay.key.${variant}`)] : [];
  const keysHeight = keys.length * (fontSize + 3) + (keys.length ? 6 : 0);
  const rowHeight = Math.min(variant === 'wide' ? 72 : 52, (frame.height - keysHeight) / Math.max(1, rows.length));
  const barHeight = variant === 'wide' ? 20 : 14;
  const axis = bottomAxis(x, frame, {
    key: 'pay-x',
    title: t(`talentPipeline.axis.pay.${variant}`),
    format: (value) => words.number(value / 1_000_000, { maximumFractionDigits: 1 }),
    tickValues: [0, 500_000, 1_000_000, 1_500_000, 2_000_000],
    grid: true,
    fontSize,
  });
  const bars: Mark[] = [];
  const labels: Mark[] = [];
  rows.forEach((row, index) => {
    const top = frame.top + index * rowHeight;
    const key = `pay-${row.series.id}-${slug(row.point.category)}`;
    const emphasis = state.payHighlight.length === 0 ? '' : state.payHighlight.includes(row.point.category) ? ' is-highlighted' : ' is-muted';
    const lines = wrapText(t('talentPipeline.pay.name', { label: row.label, date: words.dateShort(row.series.asOf) }), frame.width, fontSize);
    lines.forEach((line, lineIndex) => {
      labels.push({ kind: 'text', key: `${key}-name-${lineIndex}`, className: `pay-name${emphasis}`, x: frame.left, y: top + fontSize + lineIndex * (fontSize + 2), text: line, size: fontSize });
    });
    const barTop = top + lines.length * (fontSize + 2) + 4;
    const width = x(row.point.value) - frame.left;
    bars.push({
      kind: 'rect',
      key,
      className: `bar pay-bar country-cn${row.estimate ? ' is-estimate' : ''}${row.point.floor ? ' is-floor' : ''}${emphasis}`,
      x: frame.left,
      y: barTop,
      width,
      height: barHeight,
    });
    // The value beside the bar's end, or inside it when it would run off the chart (a phone).
    const text = payText(row.point.value, row.point.floor, row.estimate, words);
    const inside = frame.left + width + 6 + estimateTextWidth(text, fontSize) > size.width - 2;
    labels.push({
      kind: 'text',
      key: `${key}-value`,
      className: `pay-value${inside ? ' pay-value--inside' : ''}${emphasis}`,
      x: inside ? frame.left + width - 6 : frame.left + width + 6,
      y: barTop + barHeight / 2 + fontSize / 3,
      text,
      anchor: inside ? 'end' : 'start',
      size: fontSize,
      weight: 'bold',
    });
  });
  keys.forEach((text, index) => {
    labels.push({ kind: 'text', key: `pay-key-${index}`, className: 'pay-key muted-text', x: frame.left, y: frame.bottom - 8 - (keys.length - 1 - index) * (fontSize + 3), text, size: fontSize });
  });
  return [axis, bars, labels];
}

type Geometry = (typeof GEOMETRY)[Variant];
type Listed = { event: DatasetEvent; lines: string[] };

/** The timeline's parts, placed: the lanes (bottom up) under the bars, which take the height the lanes leave. */
interface Timeline extends Drawing<TalentPipelineState> {
  data: TalentPipelineData;
  g: Geometry;
  fontSize: number;
  lineHeight: number;
  xOf: (date: string | Date) => number;
  y: ScaleLinear<number, number>;
  barsBottom: number;
  events: DatasetEvent[];
  highlights: { event: DatasetEvent; label: string | undefined }[];
  focus: boolean;
  focusLanes: Set<Lane>;
  visible: Lane[];
  laneLists: Map<Lane, Listed[]>;
  laneHeight: (lane: Lane) => number;
  lanesHeight: number;
  /** The shared lane is taller: its dots sit above and below the line (see laneMarks). */
  sharedExtra: number;
}

function timeline(data: TalentPipelineData, state: TalentPipelineState, size: Size, variant: Variant, words: Words): Timeline {
  const g = GEOMETRY[variant];
  const fontSize = g.fontSize;
  const lineHeight = fontSize + 3;
  const frame = plotFrame(size, g.margins);
  const { events, highlights } = resolveEvents(data, state);
  const focus = highlights.length > 0;
  const textWidth = size.width - 8;

  // Lanes first (bottom up): only lanes with events; on a phone, only the picked-out lanes. A lane
  // is its title and line; a lane with picked-out events also lists them, dated, under its title.
  const shown = LANES.filter((lane) => events.some((event) => laneOf(event) === lane));
  const focusLanes = new Set(highlights.map(({ event }) => laneOf(event)));
  const visible = variant === 'narrow' && focus ? shown.filter((lane) => focusLanes.has(lane)) : shown;
  const laneLists = new Map(
    visible.map((lane) => {
      const listed = highlights.filter(({ event }) => laneOf(event) === lane).sort((a, b) => compareDates(a.event.date, b.event.date));
      const line = (event: DatasetEvent, label: string | undefined) => words.t('talentPipeline.event', { date: words.dateShort(event.date), label: label ?? event.title });
      return [lane, listed.map(({ event, label }) => ({ event, lines: wrapText(line(event, label), textWidth, fontSize) }))];
    }),
  );
  const sharedExtra = g.dotFocus + 2;
  const laneHeight = (lane: Lane) => g.compactLane + (lane === 'visas' ? sharedExtra : 0) + laneLists.get(lane)!.reduce((total, item) => total + item.lines.length * lineHeight, 0);
  const lanesHeight = visible.reduce((total, lane) => total + laneHeight(lane), 0);
  // The bars take whatever height the lanes leave.
  const barsBottom = visible.length ? frame.bottom - lanesHeight - (variant === 'wide' ? 28 : 22) : frame.bottom;
  if (barsBottom - frame.top < (variant === 'wide' ? 70 : 44)) {
    throw new Error(`talentPipeline: the events picked out leave no room for the bars in the ${variant} chart; pick out fewer`);
  }
  const y = scaleLinear().domain([0, MAJORS_MAX]).range([barsBottom, frame.top]);
  return {
    data, state, variant, size, frame, words, g, fontSize, lineHeight, xOf: timelineX(frame), y, barsBottom,
    events, highlights, focus, focusLanes, visible, laneLists, laneHeight, lanesHeight, sharedExtra,
  };
}

function timelineAxes({ y, frame, barsBottom, variant, fontSize, xOf, words }: Timeline): Mark[] {
  const barsFrame = { ...frame, bottom: barsBottom, height: barsBottom - frame.top };
  return [
    ...leftAxis(y, barsFrame, {
      key: 'majors-y',
      title: words.t(`talentPipeline.axis.majors.${variant}`),
      format: (value) => words.number(value),
      tickValues: [0, 200, 400],
      grid: true,
      fontSize,
    }),
    ...yearTicks(xOf, frame, variant === 'wide' ? 1 : 2, fontSize, words),
  ];
}

/** Bars: one per ministry list. The running total is a computed sum: a dashed outline behind. */
function majorsBars({ data, state, g, xOf, y, barsBottom, fontSize, focus, variant, words }: Timeline): Mark[] {
  const bars: Mark[] = [];
  const muted = focus ? ' is-muted' : '';
  const totals = new Map(data.total.points.map((point) => [point.date, point.value]));
  for (const point of data.perList.points) {
    const cx = xOf(point.date);
    const total = totals.get(point.date);
    if (state.total && total !== undefined) {
      bars.push({ kind: 'rect', key: `majors-total-${point.date}`, className: `majors-total${muted}`, x: cx - g.barWidth / 2 - 3, y: y(total), width: g.barWidth + 6, height: barsBottom - y(total) });
      if (total !== point.value) {
        bars.push({ kind: 'text', key: `majors-total-${point.date}-value`, className: `majors-total-label${muted}`, x: cx, y: y(total) - 5, text: `≈${words.number(total)}`, anchor: 'middle', size: fontSize });
      }
    }
    bars.push({ kind: 'rect', key: `majors-${point.date}`, className: `bar majors-bar country-cn${muted}`, x: cx - g.barWidth / 2, y: y(point.value), width: g.barWidth, height: barsBottom - y(point.value) });
    // The list's own count: inside its bar when the bar is tall enough and a total sits above, else on top.
    const inside = barsBottom - y(point.value) >= fontSize + 8 && state.total && total !== point.value;
    bars.push({
      kind: 'text',
      key: `majors-${point.date}-value`,
      className: `majors-value${inside ? ' majors-value--inside' : ''}${muted}`,
      x: cx,
      y: inside ? y(point.value) + fontSize + 3 : y(point.value) - 5,
      text: words.number(point.value),
      anchor: 'middle',
      size: fontSize,
      weight: 'bold',
    });
  }
  if (state.total) {
    const last = data.total.points.at(-1)!;
    const text = words.t(`talentPipeline.total.${variant}`);
    bars.push({ kind: 'text', key: 'majors-total-label', className: `majors-total-label${muted}`, x: xOf(last.date) + g.barWidth / 2 + 8, y: y(last.value) + fontSize / 3, text, size: fontSize });
  }
  return bars;
}

/** Each visible lane: its line and title, its events' dots, and the picked-out events listed under the title. */
function laneMarks(p: Timeline): { lanes: Mark[]; dots: Mark[]; labels: Mark[] } {
  const { frame, g, fontSize, lineHeight, focus, focusLanes, highlights, events, xOf } = p;
  const textLeft = frame.left - g.margins.left + 4;
  const lanes: Mark[] = [];
  const dots: Mark[] = [];
  const labels: Mark[] = [];
  let laneTop = frame.bottom - p.lanesHeight;
  for (const lane of p.visible) {
    const lineY = laneTop + p.laneHeight(lane) - 8 - (lane === 'visas' ? p.sharedExtra / 2 : 0);
    lanes.push({ kind: 'line', key: `lane-${lane}`, className: 'lane-line', x1: frame.left, y1: lineY, x2: frame.right, y2: lineY });
    const title = laneTitle(p.words, lane, p.variant);
    lanes.push({ kind: 'text', key: `lane-${lane}-title`, className: `lane-title${focus && !focusLanes.has(lane) ? ' is-muted' : ''}`, x: textLeft, y: laneTop + fontSize, text: title, size: fontSize, weight: 'bold' });
    for (const event of events.filter((candidate) => laneOf(candidate) === lane)) {
      const picked = highlights.some((item) => item.event.id === event.id);
      // On the lane both countries share, US measures sit above the line and China's below, so two
      // close in time (a rule and the answer to it) never hide each other.
      const side = lane === 'visas' ? (event.country === 'US' ? -1 : 1) * (g.dotFocus - 1) : 0;
      dots.push({
        kind: 'circle',
        key: `event-${event.id}`,
        className: `event-dot country-${event.country.toLowerCase()}${picked ? ' is-highlighted' : focus ? ' is-muted' : ''}`,
        cx: xOf(event.date),
        cy: lineY + side,
        r: picked ? g.dotFocus : g.dot,
      });
    }
    let textY = laneTop + fontSize + lineHeight;
    for (const { event, lines } of p.laneLists.get(lane)!) {
      lines.forEach((line, index) => {
        labels.push({ kind: 'text', key: `event-${event.id}-label-${index}`, className: 'event-label', x: textLeft + (index ? 10 : 0), y: textY, text: line, size: fontSize });
        textY += lineHeight;
      });
    }
    laneTop += p.laneHeight(lane);
  }
  return { lanes, dots, labels };
}

function layoutTimeline(data: TalentPipelineData, state: TalentPipelineState, size: Size, variant: Variant, words: Words): { axes: Mark[]; bars: Mark[]; lanes: Mark[]; dots: Mark[]; labels: Mark[] } {
  const p = timeline(data, state, size, variant, words);
  return { axes: timelineAxes(p), bars: majorsBars(p), ...laneMarks(p) };
}

export function layoutTalentPipeline(data: TalentPipelineData, state: TalentPipelineState, size: Size, variant: Variant, words: Words): Scene {
  let layers: Layer[];
  if (state.view === 'pay') {
    const [axis, bars, labels] = layoutPay(data, state, size, variant, words);
    layers = [
      { id: 'axes', marks: axis! },
      { id: 'bars', marks: bars! },
      { id: 'labels', marks: labels! },
    ];
  } else {
    const { axes, bars, lanes, dots, labels } = layoutTimeline(data, state, size, variant, words);
    layers = [
      { id: 'axes', marks: axes },
      { id: 'bars', marks: bars },
      { id: 'lanes', marks: lanes },
      { id: 'dots', marks: dots },
      { id: 'labels', marks: labels },
    ];
  }
  return {
    size,
    title: words.t(state.view === 'pay' ? 'talentPipeline.title.pay' : 'talentPipeline.title.timeline'),
    description: describeState(data, state, words),
    layers,
  };
}

export function isPaySeries(series: Series): series is CategorySeries {
  return series.kind === 'category' && series.unit === 'rmb' && (series.tags ?? []).includes('pay');
}
