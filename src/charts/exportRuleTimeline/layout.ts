/**
 * The US chip rules as a matrix on a time axis: each rule is a column at its date, with a dot in
 * every row it covers (chips, tools, memory, listed firms, places, model weights). Below the matrix,
 * two lanes show the answers: chipmakers' China-only chips and deals, and China's own moves.
 *
 * Encodings, so colour is never alone: a filled dot adds controls, a hollow ring lifts or loosens
 * them; answers are triangles (a US chipmaker, as in the chip scatter's "made for China") or
 * diamonds (China), each with a text label; every row and lane is labelled in words.
 */
import { symbol, symbolDiamond, symbolTriangle } from 'd3-shape';
import type { ScaleTime } from 'd3-scale';
import type { DatasetEvent } from '../../data/schema';
import { compareDates } from '../../data/dates';
import type { Words } from '../../i18n/words';
import type { Mark, Scene, Size, Variant } from '../contract';
import { layers } from '../shared/markBuilders';
import { calloutMarks } from '../shared/callout';
import { plotFrame, type Drawing } from '../shared/frame';
import { estimateTextWidth } from '../shared/labels';
import { packIntoRows, spreadPositions } from '../shared/rowPacking';
import { timeScale, xOfDate, yearAxis } from '../shared/timeAxis';
import { COVER_ROWS, LANES, type CoverKey, type ResponseId } from './config';
import type { ExportRuleTimelineState } from './state';

export interface Answer {
  event: DatasetEvent;
  /** Its id among the chart's answers, which names its labels in the dictionary. */
  id: ResponseId;
}

export interface ExportRuleTimelineData {
  /** US rules with a `covers` list, by id. */
  rules: Map<string, DatasetEvent>;
  /** Answers the lanes can show, by id. */
  responses: Map<string, Answer>;
}

const GEOMETRY = {
  wide: { left: 132, right: 14, top: 74, rowHeight: 30, laneOffset: 22, laneHeight: 76, laneGap: 8, axisGap: 12, font: 13, dot: 6.5, marker: 110, calloutLines: 3 },
  narrow: { left: 58, right: 10, top: 62, rowHeight: 17, laneOffset: 12, laneHeight: 40, laneGap: 4, axisGap: 8, font: 12, dot: 5, marker: 70, calloutLines: 3 },
} as const;

export const isEasing = (rule: DatasetEvent) => rule.effect === 'loosens';

/** A matrix row's name: its label (`wide`), a shorter one for the phone (`narrow`), or the words a description lists (`words`). */
export const coverName = (key: CoverKey, form: Variant | 'words', words: Words) => words.t(`exportRuleTimeline.cover.${key}.${form}`);

/** An answer's label beside its marker, shorter on a phone. */
const answerLabel = (answer: Answer, variant: Variant, words: Words) => words.t(`exportRuleTimeline.answer.${answer.id}.${variant}`);

function resolveState(data: ExportRuleTimelineData, state: ExportRuleTimelineState) {
  const rules = state.rules.map((id) => {
    const rule = data.rules.get(id);
    if (!rule) throw new Error(`exportRuleTimeline: "${id}" is not a US rule with a "covers" list in the dataset`);
    return rule;
  });
  const responses = state.responses.map((id) => {
    const response = data.responses.get(id);
    if (!response) throw new Error(`exportRuleTimeline: "${id}" is not one of the chart's answers (see config.ts)`);
    return response;
  });
  const shown = new Set([...state.rules, ...state.responses]);
  for (const id of state.highlight) {
    if (!shown.has(id)) throw new Error(`exportRuleTimeline: highlighted "${id}" is not drawn in this state`);
  }
  if (state.focus && !shown.has(state.focus)) throw new Error(`exportRuleTimeline: focus "${state.focus}" is not drawn in this state`);
  if (compareDates(state.from, state.through) >= 0) throw new Error('exportRuleTimeline: "from" must come before "through"');
  for (const event of [...rules, ...responses.map((response) => response.event)]) {
    if (compareDates(event.date, state.from) < 0 || compareDates(event.date, state.through) > 0) {
      throw new Error(`exportRuleTimeline: "${event.id}" (${event.date}) falls outside the time axis ${state.from} to ${state.through}`);
    }
  }
  return { rules, responses };
}

/** What a rule covers, in the matrix's row order (rows the matrix does not draw are left out). */
function coversOf(rule: DatasetEvent): CoverKey[] {
  const covers = new Set<string>(rule.covers ?? []);
  return COVER_ROWS.map((row) => row.key).filter((key) => covers.has(key));
}

function coverWords(rule: DatasetEvent, words: Words): string {
  return words.list(
    coversOf(rule).map((key) => coverName(key, 'words', words)),
    'items',
  );
}

/**
 * A window shorter than this many months (a step that zooms in on a recent stretch) gets a tick and
 * a short month name at each quarter between the years, or its axis would show a single year.
 */
const ZOOM_MONTHS = 30;

function quarterTicks(x: ReturnType<typeof timeScale>, frame: { left: number; right: number }, axisY: number, fontSize: number, words: Words): Mark[] {
  const [start, end] = x.domain() as [Date, Date];
  const months = (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth();
  if (months >= ZOOM_MONTHS) return [];
  const marks: Mark[] = [];
  for (let year = start.getUTCFullYear(); year <= end.getUTCFullYear(); year++) {
    for (const month of [3, 6, 9]) {
      const date = new Date(Date.UTC(year, month, 1));
      const cx = x(date);
      if (cx < frame.left - 0.5 || cx > frame.right + 0.5) continue;
      const key = `${year}-${String(month + 1).padStart(2, '0')}`;
      const text = words.dateShortWithoutYear(key);
      marks.push({ kind: 'line', key: `time-qtick-${key}`, className: 'axis-tick', x1: cx, y1: axisY, x2: cx, y2: axisY + 3 });
      marks.push({ kind: 'text', key: `time-qlabel-${key}`, className: 'axis-label axis-label--minor', x: cx, y: axisY + 19, text, anchor: 'middle', size: fontSize });
    }
  }
  return marks;
}

export function describeState(data: ExportRuleTimelineData, state: ExportRuleTimelineState, words: Words): string {
  const { t, dateShort } = words;
  const { rules, responses } = resolveState(data, state);
  const sorted = [...rules].sort((a, b) => compareDates(a.date, b.date));
  const listRules = (list: DatasetEvent[]) =>
    words.list(
      list.map((rule) => t('exportRuleTimeline.describe.rule', { date: dateShort(rule.date), covers: coverWords(rule, words) })),
      'clauses',
    );
  const tightening = sorted.filter((rule) => !isEasing(rule));
  const easing = sorted.filter(isEasing);
  const parts = [t('exportRuleTimeline.describe.intro', { from: dateShort(state.from), through: dateShort(state.through) })];
  if (tightening.length) parts.push(t('exportRuleTimeline.describe.adding', { rules: listRules(tightening) }));
  if (easing.length) parts.push(t('exportRuleTimeline.describe.easing', { rules: listRules(easing) }));
  for (const lane of LANES) {
    const inLane = responses.filter((response) => response.event.country === lane.key).sort((a, b) => compareDates(a.event.date, b.event.date));
    const moves = inLane.map((response) => t('exportRuleTimeline.describe.move', { answer: answerLabel(response, 'wide', words), date: dateShort(response.event.date) }));
    if (inLane.length) parts.push(t(`exportRuleTimeline.describe.moves.${lane.key}`, { moves: words.list(moves, 'items') }));
  }
  if (state.focus) {
    const focused = data.rules.get(state.focus) ?? data.responses.get(state.focus)!.event;
    parts.push(t('exportRuleTimeline.describe.focus', { title: focused.title, date: dateShort(focused.date) }));
  }
  return parts.join(' ');
}

/** Where the matrix rows, the lanes and the axis sit. */
interface Grid extends Drawing<ExportRuleTimelineState> {
  g: (typeof GEOMETRY)[Variant];
  x: ScaleTime<number, number>;
  matrixTop: number;
  matrixBottom: number;
  laneTops: number[];
  axisY: number;
  rowY: (index: number) => number;
  emphasis: (id: string) => string;
}

function grid(state: ExportRuleTimelineState, size: Size, variant: Variant, words: Words): Grid {
  const g = GEOMETRY[variant];
  const matrixTop = g.top;
  const matrixBottom = matrixTop + COVER_ROWS.length * g.rowHeight;
  const laneTops = LANES.map((_, index) => matrixBottom + g.laneOffset + index * (g.laneHeight + g.laneGap));
  const axisY = laneTops[laneTops.length - 1]! + g.laneHeight + g.axisGap;
  const frame = plotFrame(size, { left: g.left, right: g.right, top: matrixTop, bottom: size.height - axisY });
  const emphasis = (id: string) => (state.highlight.length === 0 ? '' : state.highlight.includes(id) ? ' is-highlighted' : ' is-muted');
  const rowY = (index: number) => matrixTop + (index + 0.5) * g.rowHeight;
  return { state, variant, size, frame, words, g, x: timeScale(state.from, state.through, frame), matrixTop, matrixBottom, laneTops, axisY, rowY, emphasis };
}

export function layoutExportRuleTimeline(data: ExportRuleTimelineData, state: ExportRuleTimelineState, size: Size, variant: Variant, words: Words): Scene {
  const { rules, responses } = resolveState(data, state);
  const r = grid(state, size, variant, words);
  const axis = [...yearAxis(r.x, { ...r.frame, bottom: r.axisY }, { key: 'time', fontSize: r.g.font, grid: false }), ...quarterTicks(r.x, r.frame, r.axisY, r.g.font, words)];
  const { columns, dots } = ruleColumns(r, rules);
  return {
    size,
    title: words.t('exportRuleTimeline.title'),
    description: describeState(data, state, words),
    layers: layers({ frame: frameMarks(r), axis, columns, dots, answers: answerMarks(r, responses), callout: callout(data, r) }),
  };
}

/** Row and lane labels, and faint row guides so a dot can be read across to its row. */
function frameMarks({ variant, words, g, frame, matrixTop, laneTops, rowY }: Grid): Mark[] {
  const marks: Mark[] = [];
  COVER_ROWS.forEach((row, index) => {
    marks.push({ kind: 'line', key: `row-guide-${row.key}`, className: 'matrix-guide', x1: frame.left, y1: rowY(index), x2: frame.right, y2: rowY(index) });
    marks.push({ kind: 'text', key: `row-label-${row.key}`, className: 'matrix-row-label', x: 4, y: rowY(index) + 4, text: coverName(row.key, variant, words), size: g.font });
  });
  LANES.forEach((lane, index) => {
    const top = laneTops[index]!;
    marks.push({ kind: 'rect', key: `lane-band-${lane.key}`, className: 'lane-band', x: frame.left, y: top, width: frame.width, height: g.laneHeight });
    // On a phone the margin is narrow, so a long lane name breaks over two lines.
    const lines = words.t(`exportRuleTimeline.lane.${lane.key}.${variant}`).split('\n');
    lines.forEach((text, lineIndex) => {
      marks.push({
        kind: 'text',
        key: `lane-label-${lane.key}-${lineIndex}`,
        className: `lane-label label-${lane.key.toLowerCase()}`,
        x: 4,
        y: top + g.laneHeight / 2 + 4 + (lineIndex - (lines.length - 1) / 2) * (g.font + 2),
        text,
        size: g.font,
        weight: 'bold',
      });
    });
  });
  // On a phone the callout needs the room; the row labels and the caption say what the rows are.
  if (variant === 'wide') marks.push({ kind: 'text', key: 'matrix-title', className: 'axis-title', x: 4, y: matrixTop - 8, text: words.t('exportRuleTimeline.matrix.title'), size: g.font });
  return marks;
}

/** Columns: one per rule, nudged apart where dates fall a few days apart, with a dot in each row it covers. */
function ruleColumns({ g, x, frame, matrixTop, matrixBottom, rowY, emphasis }: Grid, rules: DatasetEvent[]): { columns: Mark[]; dots: Mark[] } {
  const sortedRules = [...rules].sort((a, b) => compareDates(a.date, b.date) || a.id.localeCompare(b.id));
  const columnX = spreadPositions(
    sortedRules.map((rule) => xOfDate(x, rule.date)),
    g.dot * 2 + 3,
    frame.left + g.dot,
    frame.right - g.dot,
  );
  const columns: Mark[] = [];
  const dots: Mark[] = [];
  sortedRules.forEach((rule, index) => {
    const cx = columnX[index]!;
    const easing = isEasing(rule);
    const country = `country-${rule.country.toLowerCase()}`;
    columns.push({ kind: 'line', key: `rule-col-${rule.id}`, className: `rule-col${easing ? ' is-eased' : ''}${emphasis(rule.id)}`, x1: cx, y1: matrixTop + 2, x2: cx, y2: matrixBottom - 2 });
    for (const cover of coversOf(rule)) {
      const rowIndex = COVER_ROWS.findIndex((row) => row.key === cover);
      dots.push({
        kind: 'circle',
        key: `rule-dot-${rule.id}-${cover}`,
        className: `rule-dot ${country} ${easing ? 'is-eased' : 'is-tightening'}${emphasis(rule.id)}`,
        cx,
        cy: rowY(rowIndex),
        r: g.dot,
      });
    }
  });
  return { columns, dots };
}

/** Answers: markers packed into rows inside their lane, each with a short label. */
function answerMarks({ state, variant, words, g, x, frame, laneTops, emphasis }: Grid, responses: Answer[]): Mark[] {
  const marks: Mark[] = [];
  const showLabel = (id: string) => variant === 'wide' || state.highlight.length === 0 || state.highlight.includes(id);
  LANES.forEach((lane, laneIndex) => {
    const inLane = responses.filter((response) => response.event.country === lane.key);
    const rowHeight = g.font + 5;
    const rowsAvailable = Math.max(1, Math.floor(g.laneHeight / rowHeight));
    const laneTop = laneTops[laneIndex]! + (g.laneHeight - rowsAvailable * rowHeight) / 2;
    const requests = inLane.map((response) => {
      const cx = xOfDate(x, response.event.date);
      const label = answerLabel(response, variant, words);
      // A highlighted label is bold, so it runs wider than the estimate for regular text.
      const bold = state.highlight.includes(response.event.id) ? 1.08 : 1;
      const width = showLabel(response.event.id) ? 10 + estimateTextWidth(label, g.font) * bold : g.dot;
      // A label that would run past the right edge is written to the left of its marker.
      const flip = cx + width > frame.right;
      return { item: { response, label, cx, flip }, left: flip ? cx - width : cx - g.dot, right: flip ? cx + g.dot : cx + width };
    });
    for (const { item, row } of packIntoRows(requests, rowsAvailable, 6)) {
      const { response, label, cx, flip } = item;
      const cy = laneTop + (row + 0.5) * rowHeight;
      const id = response.event.id;
      const shape = response.event.country === 'CN' ? symbolDiamond : symbolTriangle;
      marks.push({
        kind: 'symbol',
        key: `answer-${id}`,
        className: `answer-mark country-${response.event.country.toLowerCase()}${response.event.tags?.includes('later') ? ' is-later' : ''}${emphasis(id)}`,
        x: cx,
        y: cy,
        d: symbol(shape, g.marker)() ?? '',
      });
      if (!showLabel(id)) continue;
      const weight = state.highlight.includes(id) ? 'bold' : 'normal';
      marks.push({ kind: 'text', key: `answer-label-${id}`, className: `answer-label${emphasis(id)}`, x: flip ? cx - 9 : cx + 9, y: cy + 4, text: label, anchor: flip ? 'end' : 'start', size: g.font, weight });
    }
  });
  return marks;
}

/** The callout: the focused rule or answer, its date and title, above the matrix. */
function callout(data: ExportRuleTimelineData, { state, size, words, g }: Grid): Mark[] {
  if (!state.focus) return [];
  const focused = data.rules.get(state.focus) ?? data.responses.get(state.focus)!.event;
  const date = words.dateShort(focused.date);
  const heading = focused.tags?.includes('later') ? words.t('exportRuleTimeline.callout.later', { date }) : date;
  return calloutMarks(heading, focused.title, { width: size.width, fontSize: g.font, bodyLines: g.calloutLines - 1, lineGap: 3, top: 1 });
}
