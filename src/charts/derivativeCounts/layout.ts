/**
 * Counts of models built on Qwen (and, where Hugging Face counted them, on Llama and DeepSeek)
 * against time. Company claims, press figures and Hugging Face's own count are different
 * measurements, so each has its own mark and none is joined to another by a line.
 *
 * Encodings, so colour is never alone: shape = who is counting (diamond with a dashed outline:
 * Alibaba's claim; square with a dashed outline: the company's figure as quoted in the press;
 * filled circle: Hugging Face's count); a small upward tick marks a "more than" figure; every mark
 * is labelled with the family it counts; colour = the family's country (Qwen, DeepSeek: China;
 * Llama, Google: US). Dashes mean a company claim, as everywhere on the site. Hugging Face's counts
 * give no day ("mid-2025", published months later; "now" in a report on January to early August
 * 2026), so their circles carry a bar across the months that wording covers instead of sitting on
 * one date; the two counts are separate measurements and are not joined either.
 */
import { scaleLinear, type ScaleLinear, type ScaleTime } from 'd3-scale';
import { symbol, symbolCircle, symbolDiamond, symbolSquare } from 'd3-shape';
import { compareDates } from '../../data/dates';
import type { Mark, Scene, Size, Variant } from '../contract';
import { leftAxis } from '../shared/axis';
import { plotFrame, type Drawing } from '../shared/frame';
import { estimateTextWidth, placeLabels, type LabelRequest } from '../shared/labels';
import { layers, linePath, ruleX, ruleY } from '../shared/markBuilders';
import { monthAxis, timeScale, xOfDate } from '../shared/timeAxis';
import { utcMonth } from 'd3-time';
import type { DerivativeCountsState } from './state';
import type { Words } from '../../i18n/words';

export type FigureKind = 'claim' | 'press' | 'count';
/** Which of Hugging Face's counts a count figure belongs to (the state's `show` key). */
export type CountSet = 'counts' | 'counts-2026';
/** The spans of months Hugging Face's counts are dated by, in words of the dictionary (`derivativeCounts.period.*`). */
export type CountPeriod = 'mid2025' | 'summer2026';

export interface DerivativeFigure {
  key: string;
  kind: FigureKind;
  /** For a Hugging Face count, which count. */
  set?: CountSet | undefined;
  family: string;
  country: 'us' | 'cn';
  date: string;
  /** For a count dated only roughly, the span of months its wording covers ("mid-2025"). */
  period?: CountPeriod | undefined;
  value: number;
  floor: boolean;
  /** "about" figures are rounded counts. */
  approximate: boolean;
  /** Dated after August 2025: drawn only when the axis runs on into 2026. */
  later: boolean;
  note?: string | undefined;
  sources: string[];
}

export interface DerivativeData {
  figures: DerivativeFigure[];
  /** For each of Hugging Face's counts, dated only roughly: the span drawn, its wording and when it was published. */
  countSpans: { set: CountSet; from: string; to: string; published: string; period: CountPeriod }[];
  /** The figure the press repeats ("over 100,000"), drawn as a reference line. */
  quoted?: number | undefined;
  storyEnd: string;
  /** The month the first edition's window ended ("2025-08"), where the axis stops unless a step runs it on. */
  editionEnd: string;
}

const showKey = (figure: DerivativeFigure): DerivativeCountsState['show'][number] => (figure.kind === 'claim' ? 'claims' : figure.kind === 'press' ? 'press' : (figure.set ?? 'counts'));
const SHAPES = { claim: symbolDiamond, press: symbolSquare, count: symbolCircle } as const;
const MARGINS = {
  wide: { top: 40, right: 20, bottom: 40, left: 64 },
  narrow: { top: 36, right: 10, bottom: 42, left: 40 },
} as const;
const Y_MAX = 200_000;

/** A count in full ("100,000") on the wide drawing, in thousands ("100k") on a phone's. */
function countText(value: number, variant: Variant, words: Words): string {
  if (variant === 'wide' || value < 1000) return words.number(value);
  return words.t('derivativeCounts.thousands', { thousands: words.number(Math.round(value / 1000)) });
}

/** How a figure reads: more than, about or exactly its value. */
export const valueText = (figure: DerivativeFigure): 'floor' | 'about' | 'exact' => (figure.floor ? 'floor' : figure.approximate ? 'about' : 'exact');

/** A figure's date as people read it: a count's span of months ("mid-2025"), another figure's day. */
export function countDateText(figure: DerivativeFigure | DerivativeData['countSpans'][number], words: Words): string {
  return figure.period ? words.t(`derivativeCounts.period.${figure.period}`) : words.dateShort((figure as DerivativeFigure).date);
}

export function figureText(figure: DerivativeFigure, variant: Variant, words: Words): string {
  const { t } = words;
  // A phone's label names the month alone: the table gives the day.
  if (figure.kind === 'press') return variant === 'wide' ? t('derivativeCounts.label.press.wide', { date: countDateText(figure, words) }) : t('derivativeCounts.label.press.narrow', { date: words.dateShort(figure.date.slice(0, 7)) });
  const number = countText(figure.value, variant, words);
  const reads = valueText(figure);
  const value = reads === 'floor' ? t(`derivativeCounts.value.floor.${variant}`, { value: number }) : t(`derivativeCounts.value.${reads}`, { value: number });
  return figure.kind === 'claim' ? t(`derivativeCounts.label.claim.${variant}`, { value }) : t('derivativeCounts.label.count', { family: figure.family, value });
}

function visible(data: DerivativeData, state: DerivativeCountsState): DerivativeFigure[] {
  return data.figures.filter((figure) => state.show.includes(showKey(figure)) && (state.later || !figure.later));
}

/**
 * Where the count passed the quoted figure: from the last dated claim below it to the first dated
 * figure, claim or press report, at or above it (a press report of "over 100,000" shows the count
 * had passed 100,000 by that day).
 */
export function crossingClaims(data: DerivativeData): [DerivativeFigure, DerivativeFigure] | undefined {
  if (data.quoted === undefined) return undefined;
  const dated = data.figures.filter((figure) => figure.kind !== 'count' && !figure.later).sort((a, b) => compareDates(a.date, b.date) || a.value - b.value);
  const below = dated.filter((figure) => figure.kind === 'claim' && figure.value < data.quoted!).at(-1);
  const above = dated.find((figure) => figure.value >= data.quoted! && (!below || compareDates(figure.date, below.date) > 0));
  return below && above ? [below, above] : undefined;
}

export function describeState(data: DerivativeData, state: DerivativeCountsState, words: Words): string {
  if (state.crossing && !(state.show.includes('claims') && state.show.includes('press'))) throw new Error('derivativeCounts: crossing needs both claims and press shown');
  const { t } = words;
  const shown = visible(data, state);
  const parts: string[] = [];
  const list = (kind: FigureKind) =>
    words.list(
      shown.filter((figure) => figure.kind === kind).map((figure) => t('derivativeCounts.describe.item', { figure: figureText(figure, 'wide', words), date: countDateText(figure, words) })),
      'clauses',
    );
  if (state.show.includes('claims')) parts.push(t('derivativeCounts.describe.claims', { items: list('claim') }));
  if (state.show.includes('press') && data.quoted !== undefined) parts.push(t('derivativeCounts.describe.press', { value: words.number(data.quoted), items: list('press') }));
  if (state.crossing) {
    const pair = crossingClaims(data);
    if (pair) parts.push(t('derivativeCounts.describe.crossing', { from: countDateText(pair[0], words), to: countDateText(pair[1], words) }));
  }
  for (const span of data.countSpans) {
    const counts = shown.filter((figure) => figure.kind === 'count' && figure.set === span.set);
    if (counts.length === 0) continue;
    const items = words.list(counts.map((figure) => figureText(figure, 'wide', words)), 'clauses');
    parts.push(t('derivativeCounts.describe.counts', { period: countDateText(span, words), published: words.dateShort(span.published), items }));
  }
  if (state.later) parts.push(t('derivativeCounts.describe.later', { date: words.date(data.editionEnd) }));
  return parts.join(' ');
}

/** What every part of the drawing is placed by. */
interface Plot extends Drawing<DerivativeCountsState> {
  data: DerivativeData;
  font: number;
  x: ScaleTime<number, number>;
  y: ScaleLinear<number, number>;
  shown: DerivativeFigure[];
  /** A count's span, for a Hugging Face count dated only roughly. */
  spanOf: (figure: DerivativeFigure) => DerivativeData['countSpans'][number] | undefined;
  /** A count sits at the middle of its span; other figures at their date. */
  xOfFigure: (figure: DerivativeFigure) => number;
}

function plot(data: DerivativeData, state: DerivativeCountsState, size: Size, variant: Variant, words: Words): Plot {
  const frame = plotFrame(size, MARGINS[variant]);
  // Run on, the axis ends a little after the last figure or count span, whichever is later.
  const lastDate = [...data.figures.map((figure) => figure.date), ...data.countSpans.map((span) => span.to)].sort(compareDates).at(-1)!;
  const end = state.later ? new Date(Date.UTC(+lastDate.slice(0, 4), +(lastDate.slice(5, 7) || 12), 15)).toISOString().slice(0, 10) : data.storyEnd;
  const x = timeScale('2025-01-01', end, frame);
  const spanOf = (figure: DerivativeFigure) => (figure.kind === 'count' ? data.countSpans.find((span) => span.set === figure.set) : undefined);
  const xOfFigure = (figure: DerivativeFigure) => {
    const span = spanOf(figure);
    return span ? (xOfDate(x, span.from) + xOfDate(x, span.to)) / 2 : xOfDate(x, figure.date);
  };
  const y = scaleLinear().domain([0, Y_MAX]).range([frame.bottom, frame.top]);
  return { data, state, variant, words, size, frame, font: variant === 'wide' ? 13 : 12, x, y, shown: visible(data, state), spanOf, xOfFigure };
}

export function layoutDerivatives(data: DerivativeData, state: DerivativeCountsState, size: Size, variant: Variant, words: Words): Scene {
  const description = describeState(data, state, words);
  const p = plot(data, state, size, variant, words);
  return {
    size,
    title: words.t('derivativeCounts.title'),
    description,
    layers: layers({ axes: axes(p), guides: [...quotedLine(p), ...crossingBand(p), ...countNote(p)], points: [...spanMarks(p), ...figureMarks(p)], labels: labels(p) }),
  };
}

function axes({ state, variant, frame, font, x, y, words }: Plot): Mark[] {
  return [
    ...leftAxis(y, frame, {
      key: 'y',
      title: words.t(`derivativeCounts.axis.y.${variant}`),
      format: (value) => countText(value, variant, words),
      tickValues: [0, 50_000, 100_000, 150_000, 200_000],
      grid: true,
      fontSize: font,
    }),
    // Months, not years, on the time axis: the figures fall within a year or so of each other.
    ...monthAxis(x, frame, {
      key: 'x',
      title: words.t(`derivativeCounts.axis.x.${variant}`),
      months: x.ticks(utcMonth.every(state.later ? (variant === 'wide' ? 3 : 6) : variant === 'wide' ? 2 : 3)!),
      fontSize: font,
      words,
    }),
  ];
}

/** The press's figure as a reference line, labelled on itself at its left end (the figures cluster to the right). */
function quotedLine({ data, state, variant, frame, font, x, y, words }: Plot): Mark[] {
  if (!state.show.includes('press') || data.quoted === undefined) return [];
  const lineY = y(data.quoted);
  const text = words.t(`derivativeCounts.quoted.${variant}`, { value: countText(data.quoted, variant, words) });
  // On a phone the space above the line's left end is taken by the counts' labels: the label goes
  // under the line at its right end instead, clear of the press marks that sit on it; once the axis
  // runs on into 2026, it ends before the summer 2026 counts, which take the right end.
  const narrowEnd = state.later ? Math.min(frame.right - 2, xOfDate(x, '2026-06-01')) : frame.right - 2;
  return [
    ruleY('quoted-line', 'quoted-line', lineY, frame.left, frame.right),
    variant === 'wide'
      ? { kind: 'text', key: 'quoted-label', className: 'quoted-label', x: frame.left + 6, y: lineY - 6, text, size: font, weight: 'bold' }
      : { kind: 'text', key: 'quoted-label', className: 'quoted-label', x: narrowEnd, y: lineY + font + 9, text, anchor: 'end', size: font, weight: 'bold' },
  ];
}

function crossingBand({ data, state, variant, frame, font, x, words }: Plot): Mark[] {
  const pair = state.crossing ? crossingClaims(data) : undefined;
  if (!pair) return [];
  const [x0, x1] = [xOfDate(x, pair[0].date), xOfDate(x, pair[1].date)];
  const text = words.t(`derivativeCounts.crossing.${variant}`, { value: words.number(data.quoted!) });
  return [
    { kind: 'rect', key: 'crossing-band', className: 'crossing-band', x: x0, y: frame.top, width: x1 - x0, height: frame.height },
    { kind: 'text', key: 'crossing-label', className: 'crossing-label', x: (x0 + x1) / 2, y: frame.top + font, text, anchor: 'middle', size: font },
  ];
}

const shownSpans = ({ data, shown }: Plot) => data.countSpans.filter((span) => shown.some((figure) => figure.kind === 'count' && figure.set === span.set));

/** Counts dated only roughly ("mid-2025", "summer 2026"): a bar across the months that covers, with end caps. */
function spanMarks(p: Plot): Mark[] {
  return shownSpans(p).flatMap((span) => {
    const [x0, x1] = [xOfDate(p.x, span.from), xOfDate(p.x, span.to)];
    return p.shown
      .filter((entry) => entry.kind === 'count' && entry.set === span.set)
      .flatMap((figure) => {
        const [py, className] = [p.y(figure.value), `count-span country-${figure.country}`];
        return [ruleY(`span-${figure.key}`, className, py, x0, x1), ruleX(`span-start-${figure.key}`, className, x0, py - 4, py + 4), ruleX(`span-end-${figure.key}`, className, x1, py - 4, py + 4)];
      });
  });
}

function countNote(p: Plot): Mark[] {
  const spans = shownSpans(p);
  if (spans.length === 0) return [];
  const { t } = p.words;
  const first = spans[0]!;
  const text =
    spans.length === 1
      ? t(`derivativeCounts.countNote.one.${p.variant}`, { period: countDateText(first, p.words), published: p.words.dateShort(first.published) })
      : t(`derivativeCounts.countNote.several.${p.variant}`, { periods: p.words.list(spans.map((span) => countDateText(span, p.words)), 'and') });
  return [{ kind: 'text', key: 'count-note', className: 'count-note', x: 2, y: p.variant === 'wide' ? 12 : 11, text, size: p.font }];
}

/** Each figure's mark by who counts it, with an upward arrow on a "more than" figure. */
function figureMarks({ variant, y, shown, xOfFigure }: Plot): Mark[] {
  const area = variant === 'wide' ? 140 : 90;
  return shown.flatMap((figure): Mark[] => {
    const [px, py] = [xOfFigure(figure), y(figure.value)];
    const classes = [`count-mark kind-${figure.kind}`, `country-${figure.country}`, figure.kind === 'count' ? 'is-measured' : 'is-estimate'].join(' ');
    const mark: Mark = { kind: 'symbol', key: `figure-${figure.key}`, className: classes, x: px, y: py, d: symbol(SHAPES[figure.kind], area)() ?? '', ...(figure.kind === 'count' ? {} : { dash: '3 2' }) };
    if (!figure.floor) return [mark];
    return [
      mark,
      ruleX(`floor-${figure.key}`, `floor-tick country-${figure.country}`, px, py - 8, py - 18),
      { kind: 'path', key: `floor-head-${figure.key}`, className: `floor-head country-${figure.country}`, d: `${linePath([[px, py - 22], [px - 4, py - 16], [px + 4, py - 16]])}Z` },
    ];
  });
}

/**
 * Where a figure's label would go. A count with a span is labelled above its bar, from the bar's start,
 * or ending at the bar's end where the chart's edge is near. On a phone, where the marks above the bar
 * leave no room, it sits level with the bar: on its left, or on its right once the axis runs on and
 * leaves space there. Two spaces of padding keep neighbours apart, since the width is only estimated.
 */
function labelRequest({ data, state, variant, size, frame, font, x, y, spanOf, xOfFigure, words }: Plot, figure: DerivativeFigure): LabelRequest<DerivativeFigure> {
  const text = figureText(figure, variant, words);
  const width = estimateTextWidth(text, font) * (figure.kind === 'count' ? 1.08 : 1);
  const request = (left: number, baseline: number) => ({ item: figure, x: left, y: baseline, text: `${text}  `, fontSize: font });
  const span = spanOf(figure);
  if (span) {
    const [x0, x1] = [xOfDate(x, span.from), xOfDate(x, span.to)];
    // At the chart's right edge: above the bar, ending where it ends.
    if (variant === 'narrow' && figure.set === 'counts-2026') return request(x1 - width, y(figure.value) - 8);
    if (variant === 'narrow') {
      const right = x1 + 8;
      const beside = right + width <= size.width - 2 && (state.later ? figure.set === 'counts' : false) ? right : Math.max(frame.left + 4, x0 - 8 - width);
      return request(beside, y(figure.value) + 4);
    }
    return request(Math.min(x0, size.width - 2 - width), y(figure.value) - 8);
  }
  // On a phone a claim above the quoted line is labelled on its left, away from the counts' labels.
  const px = xOfFigure(figure);
  const leftOfMark = variant === 'narrow' && figure.kind === 'claim' && data.quoted !== undefined && figure.value > data.quoted && !figure.later;
  const left = leftOfMark || px + 11 + width > size.width - 2 ? px - 11 - width : px + 11;
  // Press figures sit on the reference line: their labels go just under it.
  return request(left, y(figure.value) + (figure.kind === 'press' ? 19 : 4));
}

/**
 * Labels go right of their mark, or left of it near the right edge; placeLabels then moves them up
 * or down until none overlap. On a phone the press marks go unlabelled: the dashed line's key names
 * them, the table dates them.
 */
function labels(p: Plot): Mark[] {
  const labelled = p.variant === 'wide' ? p.shown : p.shown.filter((figure) => figure.kind !== 'press');
  return placeLabels(
    labelled.map((figure) => labelRequest(p, figure)),
    { top: p.frame.top + p.font, bottom: p.frame.bottom + 8 },
  ).map((placed) => ({
    kind: 'text',
    key: `label-${placed.item.key}`,
    className: `count-label label-${placed.item.country}`,
    x: Math.max(2, placed.x),
    y: placed.y,
    text: figureText(placed.item, p.variant, p.words),
    size: p.font,
    weight: placed.item.kind === 'count' ? 'bold' : 'normal',
  }));
}
