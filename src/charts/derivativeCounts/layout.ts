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
import { scaleLinear } from 'd3-scale';
import { format } from 'd3-format';
import { symbol, symbolCircle, symbolDiamond, symbolSquare } from 'd3-shape';
import { compareDates } from '../../data/dates';
import { formatDateShort } from '../../i18n/format';
import type { Layer, Mark, Scene, Size, Variant } from '../contract';
import { bottomAxis, leftAxis } from '../shared/axis';
import { plotFrame } from '../shared/frame';
import { estimateTextWidth, placeLabels } from '../shared/labels';
import { timeScale, xOfDate } from '../shared/timeAxis';
import { utcMonth } from 'd3-time';
import type { DerivativeCountsState } from './state';

export type FigureKind = 'claim' | 'press' | 'count';
/** Which of Hugging Face's counts a count figure belongs to (the state's `show` key). */
export type CountSet = 'counts' | 'counts-2026';

export interface DerivativeFigure {
  key: string;
  kind: FigureKind;
  /** For a Hugging Face count, which count. */
  set?: CountSet | undefined;
  family: string;
  country: 'us' | 'cn';
  date: string;
  /** How the date reads for people ("mid-2025" for a count dated only by year). */
  dateText: string;
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
  countSpans: { set: CountSet; from: string; to: string; published: string; dateText: string }[];
  /** The figure the press repeats ("over 100,000"), drawn as a reference line. */
  quoted?: number | undefined;
  storyEnd: string;
}

const showKey = (figure: DerivativeFigure): DerivativeCountsState['show'][number] => (figure.kind === 'claim' ? 'claims' : figure.kind === 'press' ? 'press' : (figure.set ?? 'counts'));
const SHAPES = { claim: symbolDiamond, press: symbolSquare, count: symbolCircle } as const;
const MARGINS = {
  wide: { top: 40, right: 20, bottom: 40, left: 64 },
  narrow: { top: 36, right: 10, bottom: 42, left: 40 },
} as const;
const Y_MAX = 200_000;

const full = format(',');
const compact = (value: number) => (value >= 1000 ? `${Math.round(value / 1000)}k` : String(value));

export function figureText(figure: DerivativeFigure, variant: Variant): string {
  if (figure.kind === 'press') return variant === 'wide' ? `quoted ${figure.dateText}` : figure.dateText.replace(/^\d+ /, '');
  const number = variant === 'wide' ? full(figure.value) : compact(figure.value);
  const prefix = figure.floor ? (variant === 'wide' ? 'more than ' : '>') : figure.approximate ? '≈' : '';
  const who = figure.kind === 'claim' ? (variant === 'wide' ? 'Alibaba: ' : '') : `${figure.family} `;
  return `${who}${prefix}${number}`;
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

export function describeState(data: DerivativeData, state: DerivativeCountsState): string {
  if (state.crossing && !(state.show.includes('claims') && state.show.includes('press'))) throw new Error('derivativeCounts: crossing needs both claims and press shown');
  const shown = visible(data, state);
  const parts: string[] = [];
  const list = (kind: FigureKind) => shown.filter((figure) => figure.kind === kind).map((figure) => `${figureText(figure, 'wide')} (${figure.dateText})`);
  if (state.show.includes('claims')) parts.push(`Alibaba's claims of models derived from Qwen, each a separate mark: ${list('claim').join('; ')}.`);
  if (state.show.includes('press') && data.quoted !== undefined) parts.push(`A thin line marks the "over ${full(data.quoted)}" figure quoted in the press: ${list('press').join('; ')}.`);
  if (state.crossing) {
    const pair = crossingClaims(data);
    if (pair) parts.push(`Shaded: between ${pair[0].dateText} and ${pair[1].dateText}, the first dated report of that figure, so Alibaba's count passed it somewhere in between; no source dates the moment.`);
  }
  for (const span of data.countSpans) {
    const counts = shown.filter((figure) => figure.kind === 'count' && figure.set === span.set);
    if (counts.length === 0) continue;
    const items = counts.map((figure) => figureText(figure, 'wide')).join('; ');
    parts.push(`Hugging Face's own count for ${span.dateText}, published ${formatDateShort(span.published)}, each circle with a bar across the months that covers: ${items}.`);
  }
  if (state.later) parts.push('The time axis runs on past August 2025, where the first edition of this chapter ended.');
  return parts.join(' ');
}

export function layoutDerivatives(data: DerivativeData, state: DerivativeCountsState, size: Size, variant: Variant): Scene {
  const description = describeState(data, state);
  const frame = plotFrame(size, MARGINS[variant]);
  const font = variant === 'wide' ? 13 : 12;
  // Run on, the axis ends a little after the last figure or count span, whichever is later.
  const lastDate = [...data.figures.map((figure) => figure.date), ...data.countSpans.map((span) => span.to)].sort(compareDates).at(-1)!;
  const end = state.later ? new Date(Date.UTC(+lastDate.slice(0, 4), +(lastDate.slice(5, 7) || 12), 15)).toISOString().slice(0, 10) : data.storyEnd;
  const x = timeScale('2025-01-01', end, frame);
  /** A count sits at the middle of its span; other figures at their date. */
  const spanOf = (figure: DerivativeFigure) => (figure.kind === 'count' ? data.countSpans.find((span) => span.set === figure.set) : undefined);
  const xOfFigure = (figure: DerivativeFigure) => {
    const span = spanOf(figure);
    return span ? (xOfDate(x, span.from) + xOfDate(x, span.to)) / 2 : xOfDate(x, figure.date);
  };
  const y = scaleLinear().domain([0, Y_MAX]).range([frame.bottom, frame.top]);
  const shown = visible(data, state);

  // Months, not years, on the time axis: the figures fall within a year or so of each other.
  const months = x.ticks(utcMonth.every(state.later ? (variant === 'wide' ? 3 : 6) : variant === 'wide' ? 2 : 3)!);
  const monthScale = Object.assign((value: number) => x(new Date(value)), { ticks: () => months.map(Number) });
  const axisMarks: Mark[] = [
    ...leftAxis(y, frame, {
      key: 'y',
      title: variant === 'wide' ? 'Derivative models (as counted or claimed)' : 'Derivative models',
      format: variant === 'wide' ? full : compact,
      tickValues: [0, 50_000, 100_000, 150_000, 200_000],
      grid: true,
      fontSize: font,
    }),
    ...bottomAxis(monthScale, frame, {
      key: 'x',
      title: variant === 'wide' ? 'Date the figure refers to' : 'Date of the figure',
      format: (value) => formatDateShort(new Date(value).toISOString().slice(0, 7)),
      tickValues: months.map(Number),
      fontSize: font,
    }),
  ];

  const guides: Mark[] = [];
  if (state.show.includes('press') && data.quoted !== undefined) {
    const lineY = y(data.quoted);
    // A reference line, labelled on itself at its left end (the figures cluster to the right).
    guides.push({ kind: 'line', key: 'quoted-line', className: 'quoted-line', x1: frame.left, y1: lineY, x2: frame.right, y2: lineY });
    const text = variant === 'wide' ? `“over ${full(data.quoted)}”, the figure widely quoted` : `“over ${compact(data.quoted)}”, as quoted`;
    // On a phone the space above the line's left end is taken by the counts' labels: the label goes
    // under the line at its right end instead, clear of the press marks that sit on it; once the axis
    // runs on into 2026, it ends before the summer 2026 counts, which take the right end.
    const narrowEnd = state.later ? Math.min(frame.right - 2, xOfDate(x, '2026-06-01')) : frame.right - 2;
    guides.push(
      variant === 'wide'
        ? { kind: 'text', key: 'quoted-label', className: 'quoted-label', x: frame.left + 6, y: lineY - 6, text, size: font, weight: 'bold' }
        : { kind: 'text', key: 'quoted-label', className: 'quoted-label', x: narrowEnd, y: lineY + font + 9, text, anchor: 'end', size: font, weight: 'bold' },
    );
  }
  if (state.crossing) {
    const pair = crossingClaims(data);
    if (pair) {
      const x0 = xOfDate(x, pair[0].date);
      const x1 = xOfDate(x, pair[1].date);
      guides.push({ kind: 'rect', key: 'crossing-band', className: 'crossing-band', x: x0, y: frame.top, width: x1 - x0, height: frame.height });
      guides.push({
        kind: 'text',
        key: 'crossing-label',
        className: 'crossing-label',
        x: (x0 + x1) / 2,
        y: frame.top + font,
        text: variant === 'wide' ? `${full(data.quoted!)} passed in here` : 'passed here',
        anchor: 'middle',
        size: font,
      });
    }
  }

  const area = variant === 'wide' ? 140 : 90;
  const points: Mark[] = [];
  // Counts dated only roughly ("mid-2025", "summer 2026"): a bar across the months that covers, with end caps.
  const shownSpans = data.countSpans.filter((span) => shown.some((figure) => figure.kind === 'count' && figure.set === span.set));
  for (const span of shownSpans) {
    const x0 = xOfDate(x, span.from);
    const x1 = xOfDate(x, span.to);
    for (const figure of shown.filter((entry) => entry.kind === 'count' && entry.set === span.set)) {
      const py = y(figure.value);
      points.push({ kind: 'line', key: `span-${figure.key}`, className: `count-span country-${figure.country}`, x1: x0, y1: py, x2: x1, y2: py });
      points.push({ kind: 'line', key: `span-start-${figure.key}`, className: `count-span country-${figure.country}`, x1: x0, y1: py - 4, x2: x0, y2: py + 4 });
      points.push({ kind: 'line', key: `span-end-${figure.key}`, className: `count-span country-${figure.country}`, x1: x1, y1: py - 4, x2: x1, y2: py + 4 });
    }
  }
  if (shownSpans.length > 0) {
    const first = shownSpans[0]!;
    const wide =
      shownSpans.length === 1
        ? `Circles with bars: Hugging Face’s count for ${first.dateText}, published ${formatDateShort(first.published)}`
        : `Circles with bars: Hugging Face’s counts, ${shownSpans.map((span) => span.dateText).join(' and ')}`;
    const narrow = shownSpans.length === 1 ? `Bars: Hugging Face, ${first.dateText} (pub. ${formatDateShort(first.published)})` : `Bars: Hugging Face’s counts`;
    guides.push({ kind: 'text', key: 'count-note', className: 'count-note', x: 2, y: variant === 'wide' ? 12 : 11, text: variant === 'wide' ? wide : narrow, size: font });
  }
  for (const figure of shown) {
    const px = xOfFigure(figure);
    const py = y(figure.value);
    const classes = [`count-mark kind-${figure.kind}`, `country-${figure.country}`, figure.kind === 'count' ? 'is-measured' : 'is-estimate'].join(' ');
    points.push({ kind: 'symbol', key: `figure-${figure.key}`, className: classes, x: px, y: py, d: symbol(SHAPES[figure.kind], area)() ?? '', ...(figure.kind === 'count' ? {} : { dash: '3 2' }) });
    if (figure.floor) {
      points.push({ kind: 'line', key: `floor-${figure.key}`, className: `floor-tick country-${figure.country}`, x1: px, y1: py - 8, x2: px, y2: py - 18 });
      points.push({ kind: 'path', key: `floor-head-${figure.key}`, className: `floor-head country-${figure.country}`, d: `M${px.toFixed(1)},${(py - 22).toFixed(1)} L${(px - 4).toFixed(1)},${(py - 16).toFixed(1)} L${(px + 4).toFixed(1)},${(py - 16).toFixed(1)} Z` });
    }
  }

  // Labels go right of their mark, or left of it near the right edge; placeLabels then moves them
  // up or down until none overlap.
  // On a phone the press marks go unlabelled: the dashed line's key names them, the table dates them.
  const labelled = variant === 'wide' ? shown : shown.filter((figure) => figure.kind !== 'press');
  const requests = labelled.map((figure) => {
    const text = figureText(figure, variant);
    const width = estimateTextWidth(text, font) * (figure.kind === 'count' ? 1.08 : 1);
    const px = xOfFigure(figure);
    const span = spanOf(figure);
    // A count with a span is labelled above its bar, from the bar's start, or ending at the bar's end
    // where the chart's edge is near. On a phone, where the marks above the bar leave no room, it sits
    // level with the bar: on its left, or on its right once the axis runs on and leaves space there.
    if (span) {
      const x0 = xOfDate(x, span.from);
      const x1 = xOfDate(x, span.to);
      if (variant === 'narrow' && figure.set === 'counts-2026') {
        // At the chart's right edge: above the bar, ending where it ends.
        return { item: figure, x: x1 - width, y: y(figure.value) - 8, text: `${text}  `, fontSize: font };
      }
      if (variant === 'narrow') {
        const right = x1 + 8;
        const beside = right + width <= size.width - 2 && (state.later ? figure.set === 'counts' : false) ? right : Math.max(frame.left + 4, x0 - 8 - width);
        return { item: figure, x: beside, y: y(figure.value) + 4, text: `${text}  `, fontSize: font };
      }
      return { item: figure, x: Math.min(x0, size.width - 2 - width), y: y(figure.value) - 8, text: `${text}  `, fontSize: font };
    }
    // On a phone a claim above the quoted line is labelled on its left, away from the counts' labels.
    const leftOfMark = variant === 'narrow' && figure.kind === 'claim' && data.quoted !== undefined && figure.value > data.quoted && !figure.later;
    const left = leftOfMark || px + 11 + width > size.width - 2 ? px - 11 - width : px + 11;
    // Press figures sit on the reference line: their labels go just under it. Two spaces of padding
    // keep neighbours apart, since the width is only estimated.
    const labelY = y(figure.value) + (figure.kind === 'press' ? 19 : 4);
    return { item: figure, x: left, y: labelY, text: `${text}  `, fontSize: font };
  });
  const labels: Mark[] = placeLabels(requests, { top: frame.top + font, bottom: frame.bottom + 8 }).map(
    (placed) =>
      ({
        kind: 'text',
        key: `label-${placed.item.key}`,
        className: `count-label label-${placed.item.country}`,
        x: Math.max(2, placed.x),
        y: placed.y,
        text: figureText(placed.item, variant),
        size: font,
        weight: placed.item.kind === 'count' ? 'bold' : 'normal',
      }) satisfies Mark,
  );

  const layers: Layer[] = [
    { id: 'axes', marks: axisMarks },
    { id: 'guides', marks: guides },
    { id: 'points', marks: points },
    { id: 'labels', marks: labels },
  ];
  return { size, title: 'Models derived from Qwen and other families: claims, press figures and Hugging Face’s counts', description, layers };
}
