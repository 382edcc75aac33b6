/**
 * Time scales for charts whose x axis is a date: partial dates ("2024", "2024-07", "2024-07-09")
 * are placed at the middle of the period they name (see src/data/dates.ts), and ticks are years.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { partialDateToUTC } from '../../data/dates';
import type { Mark } from '../contract';
import type { Frame } from './frame';
import { bottomAxis, type ContinuousScale } from './axis';
import type { Words } from '../../i18n/words';

export function timeScale(from: string, to: string, frame: Frame): ScaleTime<number, number> {
  return scaleUtc().domain([partialDateToUTC(from), partialDateToUTC(to)]).range([frame.left, frame.right]);
}

/** x position of a partial date on a time scale. */
export function xOfDate(scale: ScaleTime<number, number>, date: string): number {
  return scale(partialDateToUTC(date));
}

/** Year ticks along the bottom of the frame, every `every` years, as marks keyed by year. */
export function yearAxis(scale: ScaleTime<number, number>, frame: Frame, options: { key: string; every?: number; fontSize?: number; grid?: boolean }): Mark[] {
  const [start, end] = scale.domain() as [Date, Date];
  const every = options.every ?? 1;
  const marks: Mark[] = [
    { kind: 'line', key: `${options.key}-domain`, className: 'axis-domain', x1: frame.left, y1: frame.bottom, x2: frame.right, y2: frame.bottom },
  ];
  for (let year = start.getUTCFullYear(); year <= end.getUTCFullYear(); year++) {
    if (year % every !== 0) continue;
    const x = scale(new Date(Date.UTC(year, 0, 1)));
    if (x < frame.left - 0.5 || x > frame.right + 0.5) continue;
    if (options.grid) marks.push({ kind: 'line', key: `${options.key}-grid-${year}`, className: 'axis-grid', x1: x, y1: frame.top, x2: x, y2: frame.bottom });
    marks.push({ kind: 'line', key: `${options.key}-tick-${year}`, className: 'axis-tick', x1: x, y1: frame.bottom, x2: x, y2: frame.bottom + 5 });
    marks.push({
      kind: 'text',
      key: `${options.key}-label-${year}`,
      className: 'axis-label',
      x,
      y: frame.bottom + 19,
      text: String(year),
      anchor: 'middle',
      ...(options.fontSize ? { size: options.fontSize } : {}),
    });
  }
  return marks;
}

/**
 * A bottom axis of months ("Jul 2024"), ticked at the first of each month named ("2024-07", or a date
 * from the scale's own ticks). Keys carry the tick's time in milliseconds, as the continuous axis writes them.
 */
export function monthAxis(scale: ScaleTime<number, number>, frame: Frame, options: { key: string; title: string; months: readonly (string | Date)[]; fontSize?: number; words: Words }): Mark[] {
  const ms: ContinuousScale = Object.assign((value: number) => scale(new Date(value)), { ticks: (count?: number) => scale.ticks(count).map((date) => date.getTime()) });
  return bottomAxis(ms, frame, {
    key: options.key,
    title: options.title,
    format: (value) => options.words.dateShort(new Date(value).toISOString().slice(0, 7)),
    tickValues: options.months.map((month) => (typeof month === 'string' ? Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1) : month.getTime())),
    ...(options.fontSize ? { fontSize: options.fontSize } : {}),
  });
}
