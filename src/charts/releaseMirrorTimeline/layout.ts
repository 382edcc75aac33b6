/**
 * A mirrored (butterfly) release timeline: one time axis across the middle, the leading US labs'
 * releases in rows above it and the Chinese labs' in rows below, so the two countries' rhythms
 * can be compared at a glance. Events that frame the story (the DeepSeek moment, the AI Action
 * Plan) are dotted lines across both halves, the site's mark for a dated event.
 *
 * Encodings, so colour is never alone: the side of the axis and the row label say the country and
 * the lab; a filled dot has open weights, a hollow ring is closed (as everywhere on the site).
 */
import type { DatasetEvent, Model } from '../../data/schema';
import { compareDates } from '../../data/dates';
import type { ScaleTime } from 'd3-scale';
import type { Mark, Scene, Size, Variant } from '../contract';
import { calloutMarks } from '../shared/callout';
import { plotFrame, type Drawing } from '../shared/frame';
import { capHeightBox, choose, estimateTextWidth, Obstacles } from '../shared/labels';
import { dotMark, emphasisClass, layers, ruleX, ruleY } from '../shared/markBuilders';
import { packIntoRows } from '../shared/rowPacking';
import { timeScale, xOfDate, yearAxis } from '../shared/timeAxis';
import { rowOf, type LabLabelKey, type MarkedEventId } from './config';
import type { ReleaseMirrorTimelineState } from './state';
import type { Words } from '../../i18n/words';

export interface Lab {
  /** The row's key: the first spelling of the lab's name in config.ts. */
  organisation: string;
  labelKey: LabLabelKey;
  country: 'US' | 'CN';
}

export interface ReleaseMirrorData {
  /** US and Chinese model releases the chart can draw, by id. */
  models: Map<string, Model>;
  /** Lab rows in drawing order: US labs first (top), then Chinese labs. */
  labs: Lab[];
  /** Events the chart can mark, by id (`marked` names the label in the dictionary). */
  events: Map<string, MarkedEvent>;
}

export interface MarkedEvent {
  event: DatasetEvent;
  marked: MarkedEventId;
}

/** A marked event's short label, for its line. */
const eventLabel = ({ marked }: MarkedEvent, words: Words) => words.t(`releaseMirrorTimeline.event.${marked}`);

const GEOMETRY = {
  wide: { left: 92, right: 16, callout: 46, eventBand: 32, axisBand: 40, axisOffset: 20, bottom: 4, font: 13, dot: 6, labelRows: 3 },
  narrow: { left: 64, right: 8, callout: 44, eventBand: 28, axisBand: 34, axisOffset: 16, bottom: 2, font: 12, dot: 4.5, labelRows: 2 },
} as const;

/** "gpt-oss-120b and gpt-oss-20b" -> "gpt-oss-120b"; "ERNIE 4.5 (open family, 10 models)" -> "ERNIE 4.5". */
export function shortModelName(model: Model): string {
  return model.name.replace(/\s*\(.*\)\s*$/, '').split(' and ')[0]!;
}

/**
 * A release's label beside its dot. On a phone the lab's name is dropped where the model's name
 * begins with it ("DeepSeek-V3" -> "V3"): the row is already labelled with it, and there is no
 * room for two labs' releases a few months apart at full length.
 */
export function releaseLabel(model: Model, variant: Variant, words: Words): string {
  const name = shortModelName(model);
  if (variant === 'wide') return name;
  const lab = labFor(model, words);
  return name.startsWith(`${lab}-`) || name.startsWith(`${lab} `) ? name.slice(lab.length + 1) : name;
}

/** A lab row's short name. */
export const labLabel = ({ labelKey }: Pick<Lab, 'labelKey'>, words: Words) => words.t(`releaseMirrorTimeline.lab.${labelKey}`);

/** The short name of a release's lab, or the organisation's name as the record gives it where no row takes it. */
export function labFor(model: Model, words: Words): string {
  const row = rowOf(model.organisation);
  return row ? labLabel(row, words) : model.organisation;
}

/** The key of the row a release is drawn in (see Lab.organisation). */
function rowKey(model: Model): string {
  return rowOf(model.organisation)?.organisations[0] ?? model.organisation;
}

function resolveState(data: ReleaseMirrorData, state: ReleaseMirrorTimelineState) {
  const models = state.models.map((id) => {
    const model = data.models.get(id);
    if (!model) throw new Error(`releaseMirrorTimeline: "${id}" is not a US or Chinese model release in the dataset`);
    return model;
  });
  const events = state.events.map((id) => {
    const entry = data.events.get(id);
    if (!entry) throw new Error(`releaseMirrorTimeline: "${id}" is not one of the chart's marked events (see config.ts)`);
    return entry;
  });
  const shown = new Set([...state.models, ...state.events]);
  for (const id of state.highlight) if (!shown.has(id)) throw new Error(`releaseMirrorTimeline: highlighted "${id}" is not drawn in this state`);
  if (state.focus && !shown.has(state.focus)) throw new Error(`releaseMirrorTimeline: focus "${state.focus}" is not drawn in this state`);
  for (const [id, date] of [...models.map((model) => [model.id, model.released]), ...events.map((entry) => [entry.event.id, entry.event.date])] as [string, string][]) {
    if (compareDates(date, state.from) < 0 || compareDates(date, state.through) > 0) {
      throw new Error(`releaseMirrorTimeline: "${id}" (${date}) falls outside the time axis ${state.from} to ${state.through}`);
    }
  }
  return { models, events };
}

/** One half's releases in a sentence: its open ones, then its closed ones. */
function describeSide(side: Model[], country: 'US' | 'CN', words: Words): string {
  const { t, dateShort } = words;
  const open = side.filter((model) => model.access === 'open-weights');
  const closed = side.filter((model) => model.access !== 'open-weights');
  const list = (items: Model[]) =>
    words.list(
      items.map((model) => t('releaseMirrorTimeline.describe.release', { model: shortModelName(model), lab: labFor(model, words), date: dateShort(model.released) })),
      'items',
    );
  const key = !open.length ? 'closedOnly' : closed.length ? 'openAndClosed' : 'openOnly';
  return t(`releaseMirrorTimeline.describe.${key}`, { side: t(`releaseMirrorTimeline.describe.side.${country}`), open: list(open), closed: list(closed) });
}

function describeFocus(data: ReleaseMirrorData, focus: string, { t, dateShort }: Words): string {
  const model = data.models.get(focus);
  if (!model) return t('releaseMirrorTimeline.describe.focus.event', { event: data.events.get(focus)!.event.title });
  const params = { model: model.name, organisation: model.organisation, date: dateShort(model.released), licence: String(model.licence) };
  return t(model.access === 'open-weights' ? 'releaseMirrorTimeline.describe.focus.open' : 'releaseMirrorTimeline.describe.focus.closed', params);
}

export function describeState(data: ReleaseMirrorData, state: ReleaseMirrorTimelineState, words: Words): string {
  const { t, dateShort } = words;
  const { models, events } = resolveState(data, state);
  const parts = [t('releaseMirrorTimeline.describe.intro', { from: dateShort(state.from), through: dateShort(state.through) })];
  for (const country of ['US', 'CN'] as const) {
    const side = models.filter((model) => model.country === country).sort((a, b) => compareDates(a.released, b.released));
    if (side.length) parts.push(describeSide(side, country, words));
  }
  if (events.length) {
    const marked = events.map((entry) => t('releaseMirrorTimeline.describe.event', { event: eventLabel(entry, words), date: dateShort(entry.event.date) }));
    parts.push(t('releaseMirrorTimeline.describe.marked', { events: words.list(marked, 'clauses') }));
  }
  if (state.focus) parts.push(describeFocus(data, state.focus, words));
  return parts.join(' ');
}

/** The lab rows of a state's time axis: the labs with a release between its from and through. */
export function labsOnAxis(data: ReleaseMirrorData, state: Pick<ReleaseMirrorTimelineState, 'from' | 'through'>): Lab[] {
  const onAxis = new Set(
    [...data.models.values()]
      .filter((model) => compareDates(model.released, state.from) >= 0 && compareDates(model.released, state.through) <= 0)
      .map(rowKey),
  );
  return data.labs.filter((lab) => onAxis.has(lab.organisation));
}

/** The two halves' rows around the time axis, and where everything sits. */
interface Rows extends Drawing<ReleaseMirrorTimelineState> {
  g: (typeof GEOMETRY)[Variant];
  labs: Lab[];
  plotTop: number;
  axisY: number;
  cnBottom: number;
  x: ScaleTime<number, number>;
  rowY: Map<string, number>;
  emphasis: (id: string) => string;
}

function rows(data: ReleaseMirrorData, state: ReleaseMirrorTimelineState, size: Size, variant: Variant, words: Words): Rows {
  const g = GEOMETRY[variant];
  // A row for each lab with a release on the time axis, drawn or not, so every state on one axis has
  // the same rows; a lab whose releases all fall outside it (Nvidia before 2025) has none there.
  const labs = labsOnAxis(data, state);
  const usLabs = labs.filter((lab) => lab.country === 'US');
  const cnLabs = labs.filter((lab) => lab.country === 'CN');
  const plotTop = g.callout + g.eventBand;
  const rowHeight = (size.height - plotTop - g.axisBand - g.bottom) / labs.length;
  const usBottom = plotTop + usLabs.length * rowHeight;
  const cnTop = usBottom + g.axisBand;
  const cnBottom = cnTop + cnLabs.length * rowHeight;
  const frame = plotFrame(size, { left: g.left, right: g.right, top: plotTop, bottom: size.height - cnBottom });
  const rowY = new Map<string, number>();
  usLabs.forEach((lab, index) => rowY.set(lab.organisation, plotTop + (index + 0.5) * rowHeight));
  cnLabs.forEach((lab, index) => rowY.set(lab.organisation, cnTop + (index + 0.5) * rowHeight));
  const emphasis = (id: string) => emphasisClass(state.highlight, id);
  return { state, variant, words, size, g, labs, plotTop, axisY: usBottom + g.axisOffset, cnBottom, frame, x: timeScale(state.from, state.through, frame), rowY, emphasis };
}

export function layoutReleaseMirrorTimeline(data: ReleaseMirrorData, state: ReleaseMirrorTimelineState, size: Size, variant: Variant, words: Words): Scene {
  const { models, events } = resolveState(data, state);
  const r = rows(data, state, size, variant, words);
  const sorted = [...models].sort((a, b) => compareDates(a.released, b.released) || a.id.localeCompare(b.id));
  const axis = axisMarks(r);
  return {
    size,
    title: words.t('releaseMirrorTimeline.title'),
    description: describeState(data, state, words),
    layers: layers({ frame: frameMarks(r), axis, events: eventMarks(r, events), releases: releaseDots(r, sorted), labels: releaseLabels(r, sorted, axis), callout: callout(data, r) }),
  };
}

/** Rows, their labels and the two halves' names beside the axis. */
function frameMarks({ labs, rowY, frame, axisY, g, words }: Rows): Mark[] {
  const marks: Mark[] = labs.flatMap((lab): Mark[] => {
    const y = rowY.get(lab.organisation)!;
    return [
      ruleY(`row-${lab.organisation}`, 'lab-row', y, frame.left, frame.right),
      { kind: 'text', key: `lab-${lab.organisation}`, className: `lab-label label-${lab.country.toLowerCase()}`, x: 4, y: y + 4, text: labLabel(lab, words), size: g.font },
    ];
  });
  marks.push({ kind: 'text', key: 'side-us', className: 'side-label label-us', x: 4, y: axisY - 5, text: words.t('releaseMirrorTimeline.side.US'), size: g.font, weight: 'bold' });
  marks.push({ kind: 'text', key: 'side-cn', className: 'side-label label-cn', x: 4, y: axisY + 16, text: words.t('releaseMirrorTimeline.side.CN'), size: g.font, weight: 'bold' });
  return marks;
}

/**
 * Year labels start at their tick ("the year begins here"), so the first one stays clear of the
 * "China ↓" and "DeepSeek" labels in the margin beside it.
 */
function axisMarks({ x, frame, axisY, g }: Rows): Mark[] {
  return yearAxis(x, { ...frame, bottom: axisY }, { key: 'time', fontSize: g.font }).map((mark) => (mark.kind === 'text' ? { ...mark, x: mark.x + 3, anchor: 'start' as const } : mark));
}

/**
 * Events: dotted lines across both halves, labels packed into the band above the rows. Only a
 * labelled event's line reaches up into the label band, so a label can belong to one line only.
 */
function eventMarks({ state, variant, words, g, x, frame, plotTop, cnBottom, emphasis }: Rows, events: MarkedEvent[]): Mark[] {
  // Lines stay for every marked event; labels only for the emphasised ones (or all, when none is),
  // because events a few days apart would otherwise stack their labels over each other's lines.
  const anyEventEmphasised = events.some((entry) => state.highlight.includes(entry.event.id) || state.focus === entry.event.id);
  // A phone has room for one line of event labels: the focused event, else the emphasised ones.
  const focusedEvent = events.some((entry) => entry.event.id === state.focus);
  const labelEvent = (id: string) =>
    variant === 'narrow' && focusedEvent ? state.focus === id : state.highlight.includes(id) || state.focus === id || (!anyEventEmphasised && variant === 'wide');
  const requests = events.map((entry) => {
    const ex = xOfDate(x, entry.event.date);
    const label = eventLabel(entry, words);
    const width = estimateTextWidth(label, g.font);
    const flip = ex + 4 + width > frame.right;
    // The extent includes the line itself, so two labels that meet at their lines (one flipped
    // left of a line, one right of a neighbouring line) go to different rows.
    return { item: { entry, label, ex, flip }, left: flip ? ex - 4 - width : ex - 4, right: flip ? ex + 4 : ex + 4 + width };
  });
  const marks: Mark[] = [];
  const labelled = new Map<string, number>();
  for (const { item, row } of packIntoRows(requests.filter((request) => labelEvent(request.item.entry.event.id)), 2, 6)) {
    const { entry, label, ex, flip } = item;
    const baseline = g.callout + g.font + row * (g.font + 3);
    labelled.set(entry.event.id, baseline - g.font);
    const weight = state.highlight.includes(entry.event.id) ? 'bold' : 'normal';
    marks.push({ kind: 'text', key: `event-label-${entry.event.id}`, className: `event-label${emphasis(entry.event.id)}`, x: flip ? ex - 4 : ex + 4, y: baseline, text: label, anchor: flip ? 'end' : 'start', size: g.font, weight });
  }
  for (const { item } of requests) {
    marks.push(ruleX(`event-line-${item.entry.event.id}`, `event-line${emphasis(item.entry.event.id)}`, item.ex, labelled.get(item.entry.event.id) ?? plotTop - 4, cnBottom, { dash: '1 3' }));
  }
  return marks;
}

/** Releases: a dot in the lab's row. */
function releaseDots({ x, rowY, g, emphasis }: Rows, sorted: Model[]): Mark[] {
  return sorted.map((model) => {
    const y = rowY.get(rowKey(model));
    if (y === undefined) throw new Error(`releaseMirrorTimeline: no row for "${model.organisation}" (add it to config.ts)`);
    const className = `release country-${model.country.toLowerCase()} ${model.access === 'open-weights' ? 'is-open' : 'is-closed'}${emphasis(model.id)}`;
    return dotMark(`release-${model.id}`, className, xOfDate(x, model.released), y, g.dot);
  });
}

/**
 * Emphasised releases are named beside their dot, on its row line or a line or two above or below
 * it, to the right or the left, or centred over or under it: the place that costs least (see cost),
 * the first in this order among equals. On a phone, five releases of a few months are labelled in one corner.
 */
function releaseLabels({ state, variant, words, size, g, x, rowY, frame, plotTop, axisY }: Rows, sorted: Model[], axis: Mark[]): Mark[] {
  const dotBoxes = sorted.map((model) => {
    const [cx, cy] = [xOfDate(x, model.released), rowY.get(rowKey(model))!];
    return { id: model.id, box: { left: cx - g.dot - 1, right: cx + g.dot + 1, top: cy - g.dot - 1, bottom: cy + g.dot + 1 } };
  });
  const axisBoxes = new Obstacles([
    { left: frame.left, right: size.width, top: axisY - 2, bottom: axisY + 6 },
    ...axis.flatMap((mark) => (mark.kind === 'text' ? [capHeightBox(mark.x, estimateTextWidth(mark.text, g.font), mark.y, g.font)] : [])),
  ]);
  const placed = new Obstacles();
  const labels: Mark[] = [];
  for (const model of sorted.filter((candidate) => state.highlight.includes(candidate.id))) {
    const [mx, cy] = [xOfDate(x, model.released), rowY.get(rowKey(model))!];
    const text = releaseLabel(model, variant, words);
    const width = estimateTextWidth(text, g.font) * 1.06;
    const line = g.font - 1;
    const candidates = [
      ...[0, -line, line, -2 * line, 2 * line].flatMap((dy) => [
        { x: mx + g.dot + 3, y: cy + 4 + dy, anchor: 'start' as const, left: mx + g.dot + 3 },
        { x: mx - g.dot - 3, y: cy + 4 + dy, anchor: 'end' as const, left: mx - g.dot - 3 - width },
      ]),
      ...[-(g.dot + 4), g.dot + g.font].map((dy) => ({ x: mx, y: cy + dy, anchor: 'middle' as const, left: mx - width / 2 })),
    ];
    const boxOf = (candidate: (typeof candidates)[number]) => capHeightBox(candidate.left, width, candidate.y, g.font);
    // Inside the plot: a name in the top row may rise to its letters' tops, not to a full font's height.
    const inside = (candidate: (typeof candidates)[number]) => candidate.left >= frame.left && candidate.left + width <= size.width - 2 && boxOf(candidate).top >= plotTop;
    // What a place costs: covering another label is never worth it, a year label hardly, another
    // highlighted dot more than a faint one; and each line away from the release's own row costs
    // a little, as its row is what says whose release it is.
    const others = dotBoxes.filter(({ id }) => id !== model.id);
    const highlighted = new Obstacles(others.filter(({ id }) => state.highlight.includes(id)).map(({ box }) => box));
    const faint = new Obstacles(others.filter(({ id }) => !state.highlight.includes(id)).map(({ box }) => box));
    const cost = (candidate: (typeof candidates)[number]) => {
      const box = boxOf(candidate);
      return 100 * placed.count(box) + 10 * axisBoxes.count(box) + 3 * highlighted.count(box) + faint.count(box) + (2 * Math.abs(candidate.y - (cy + 4))) / line;
    };
    const chosen = choose(candidates, { allowed: inside, cost }) ?? candidates[0]!;
    // Where every place would cover a name already drawn (two releases days apart in neighbouring
    // rows, on a phone), this one goes unnamed: its dot stays emphasised, and the chart's text
    // description and the data table still name it.
    if (!placed.clear(boxOf(chosen))) continue;
    placed.add(boxOf(chosen));
    labels.push({ kind: 'text', key: `release-label-${model.id}`, className: 'release-label', x: chosen.x, y: chosen.y, text, anchor: chosen.anchor, size: g.font, weight: 'bold' });
  }
  return labels;
}

/** The callout: the focused release or event. */
function callout(data: ReleaseMirrorData, { state, size, g, words }: Rows): Mark[] {
  if (!state.focus) return [];
  const { t, dateShort } = words;
  const model = data.models.get(state.focus);
  const event = data.events.get(state.focus)?.event;
  const heading = model ? t('releaseMirrorTimeline.callout.heading', { date: dateShort(model.released), organisation: model.organisation }) : dateShort(event!.date);
  const body = model
    ? t(model.access === 'open-weights' ? 'releaseMirrorTimeline.callout.open' : 'releaseMirrorTimeline.callout.closed', { model: model.name, licence: String(model.licence) })
    : event!.title;
  return calloutMarks(heading, body, { width: size.width, fontSize: g.font, bodyLines: 2, lineGap: 2 });
}
