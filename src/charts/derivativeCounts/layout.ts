/**
 * Counts of models built on Qwen (and, where Hugging Face counted them, on Llama and DeepSeek)
 * against time. Company claims, press figures and Hugging Face's own count are different
 * measurements, so each has its own mark and none is joined to another by a line.
 *
 * Encodings, so colour is never alone: shape = who is counting (diamond with a dashed outline:
 * Alibaba's claim; square with a dashed outline: the company's figure as quoted in the press;
 * filled circle: Hugging Face's count); a small upward tick marks a "more than" figure; every mark
 * is labelled with the family it counts; colour = the family's country (Qwen, DeepSeek: China;
 * Llama: US). Dashes mean a company claim, as everywhere on the site. Hugging Face's count was
 * published later and describes "mid-2025" without a day, so its circles carry a bar across the
 * months that phrase covers instead of sitting on one date.
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

export interface DerivativeFigure {
  key: string;
  kind: FigureKind;
  family: string;
  country: 'us' | 'cn';
  date: string;
  /** How the date reads for people ("mid-2025" for a count dated only by year). */
  dateText: string;
  value: number;
  floor: boolean;
  /** "about" figures are rounded counts. */
  approximate: boolean;
  later: boolean;
  note?: string | undefined;
  sources: string[];
}

export interface DerivativeData {
  figures: DerivativeFigure[];
  /** For counts dated only roughly ("mid-2025"): the span drawn, and when the count was published. */
  countSpan?: { from: string; to: string; published: string } | undefined;
  /** The figure the press repeats ("over 100,000"), drawn as a reference line. */
  quoted?: number | undefined;
  storyEnd: string;
}

const KIND_STATE: Record<FigureKind, 'claims' | 'press' | 'counts'> = { claim: 'claims', press: 'press', count: 'counts' };
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
  const later = figure.later ? (variant === 'wide' ? ' (later)' : '*') : '';
  return `${who}${prefix}${number}${later}`;
}

function visible(data: DerivativeData, state: DerivativeCountsState): DerivativeFigure[] {
  return data.figures.filter((figure) => state.show.includes(KIND_STATE[figure.kind]) && (state.later || !figure.later));
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
  if (state.show.includes('counts')) {
    const published = data.countSpan ? `, published ${formatDateShort(data.countSpan.published)}` : '';
    parts.push(`Hugging Face's own count for ${shown.find((figure) => figure.kind === 'count')?.dateText ?? ''}${published}, each with a bar across the middle of the year: ${list('count').join('; ')}.`);
  }
  if (state.later) parts.push('Figures after August 2025 are marked as later.');
  return parts.join(' ');
}

export function layoutDerivatives(data: DerivativeData, state: DerivativeCountsState, size: Size, variant: Variant): Scene {
  const description = describeState(data, state);
  const frame = plotFrame(size, MARGINS[variant]);
  const font = variant === 'wide' ? 13 : 12;
  const lastDate = state.later ? data.figures.map((figure) => figure.date).sort(compareDates).at(-1)! : data.storyEnd;
  const end = state.later ? `${lastDate.slice(0, 7)}-28` : data.storyEnd;
  const x = timeScale('2025-01-01', end, frame);
  const y = scaleLinear().domain([0, Y_MAX]).range([frame.bottom, frame.top]);
  const shown = visible(data, state);

  // Months, not years, on the time axis: the figures fall within a year or so of each other.
  const months = x.ticks(utcMonth.every(state.later ? (variant === 'wide' ? 3 : 4) : variant === 'wide' ? 2 : 3)!);
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
    // under the line at its right end instead, clear of the press marks that sit on it.
    guides.push(
      variant === 'wide'
        ? { kind: 'text', key: 'quoted-label', className: 'quoted-label', x: frame.left + 6, y: lineY - 6, text, size: font, weight: 'bold' }
        : { kind: 'text', key: 'quoted-label', className: 'quoted-label', x: frame.right - 2, y: lineY + font + 9, text, anchor: 'end', size: font, weight: 'bold' },
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
  // Counts dated only "mid-2025": a bar across the months that covers, with end caps.
  const spanned = data.countSpan && shown.some((figure) => figure.kind === 'count');
  if (spanned && data.countSpan) {
    const x0 = xOfDate(x, data.countSpan.from);
    const x1 = xOfDate(x, data.countSpan.to);
    for (const figure of shown.filter((entry) => entry.kind === 'count')) {
      const py = y(figure.value);
      points.push({ kind: 'line', key: `span-${figure.key}`, className: `count-span country-${figure.country}`, x1: x0, y1: py, x2: x1, y2: py });
      points.push({ kind: 'line', key: `span-start-${figure.key}`, className: `count-span country-${figure.country}`, x1: x0, y1: py - 4, x2: x0, y2: py + 4 });
      points.push({ kind: 'line', key: `span-end-${figure.key}`, className: `count-span country-${figure.country}`, x1: x1, y1: py - 4, x2: x1, y2: py + 4 });
    }
    guides.push({
      kind: 'text',
      key: 'count-note',
      className: 'count-note',
      x: 2,
      y: variant === 'wide' ? 12 : 11,
      text:
        variant === 'wide'
          ? `Circles with bars: Hugging Face’s count for mid-2025, published ${formatDateShort(data.countSpan.published)}`
          : `Bars: Hugging Face, mid-2025 (pub. ${formatDateShort(data.countSpan.published)})`,
      size: font,
    });
  }
  for (const figure of shown) {
    const px = xOfDate(x, figure.date);
    const py = y(figure.value);
    const classes = [`count-mark kind-${figure.kind}`, `country-${figure.country}`, figure.kind === 'count' ? 'is-measured' : 'is-estimate', figure.later ? 'is-later' : ''].filter(Boolean).join(' ');
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
    const px = xOfDate(x, figure.date);
    // A count with a span is labelled above its bar, from the bar's start.
    // On a phone, where the marks above the bar leave no room, it sits level with the bar: on its
    // left, or on its right once the axis runs on into the next year and leaves space there.
    if (figure.kind === 'count' && spanned && data.countSpan) {
      if (variant === 'narrow') {
        const beside = state.later ? xOfDate(x, data.countSpan.to) + 8 : Math.max(frame.left + 4, xOfDate(x, data.countSpan.from) - 8 - width);
        return { item: figure, x: beside, y: y(figure.value) + 4, text: `${text}  `, fontSize: font };
      }
      return { item: figure, x: xOfDate(x, data.countSpan.from), y: y(figure.value) - 8, text: `${text}  `, fontSize: font };
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
  return { size, title: 'Models derived from Qwen and other families: claims, press figures and Hugging Face’s count', description, layers };
}
