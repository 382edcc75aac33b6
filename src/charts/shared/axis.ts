/**
 * Axes as marks, computed at build time from a d3 scale. d3-axis draws into a live DOM selection,
 * which the build does not have; this produces the same ticks, labels and title as keyed marks so
 * an axis can move between states like any other mark.
 */
import type { Mark } from '../contract';
import type { Frame } from './frame';

export interface ContinuousScale {
  (value: number): number;
  ticks(count?: number): number[];
}

export interface AxisOptions {
  /** Prefix for mark keys, unique within the chart (e.g. "x"). */
  key: string;
  title: string;
  format: (value: number) => string;
  tickValues?: number[];
  tickCount?: number;
  /** Draw light grid lines across the frame. */
  grid?: boolean;
  fontSize?: number;
}

export function bottomAxis(scale: ContinuousScale, frame: Frame, options: AxisOptions): Mark[] {
  const values = options.tickValues ?? scale.ticks(options.tickCount ?? 5);
  const size = options.fontSize;
  const marks: Mark[] = [
    { kind: 'line', key: `${options.key}-domain`, className: 'axis-domain', x1: frame.left, y1: frame.bottom, x2: frame.right, y2: frame.bottom },
  ];
  for (const value of values) {
    const x = scale(value);
    if (options.grid) marks.push({ kind: 'line', key: `${options.key}-grid-${value}`, className: 'axis-grid', x1: x, y1: frame.top, x2: x, y2: frame.bottom });
    marks.push({ kind: 'line', key: `${options.key}-tick-${value}`, className: 'axis-tick', x1: x, y1: frame.bottom, x2: x, y2: frame.bottom + 5 });
    marks.push({ kind: 'text', key: `${options.key}-label-${value}`, className: 'axis-label', x, y: frame.bottom + 19, text: options.format(value), anchor: 'middle', ...(size ? { size } : {}) });
  }
  marks.push({ kind: 'text', key: `${options.key}-title`, className: 'axis-title', x: frame.left + frame.width / 2, y: frame.bottom + 38, text: options.title, anchor: 'middle', ...(size ? { size } : {}) });
  return marks;
}

export function leftAxis(scale: ContinuousScale, frame: Frame, options: AxisOptions): Mark[] {
  const values = options.tickValues ?? scale.ticks(options.tickCount ?? 5);
  const size = options.fontSize;
  const marks: Mark[] = [
    { kind: 'line', key: `${options.key}-domain`, className: 'axis-domain', x1: frame.left, y1: frame.top, x2: frame.left, y2: frame.bottom },
  ];
  for (const value of values) {
    const y = scale(value);
    if (options.grid) marks.push({ kind: 'line', key: `${options.key}-grid-${value}`, className: 'axis-grid', x1: frame.left, y1: y, x2: frame.right, y2: y });
    marks.push({ kind: 'line', key: `${options.key}-tick-${value}`, className: 'axis-tick', x1: frame.left - 5, y1: y, x2: frame.left, y2: y });
    marks.push({ kind: 'text', key: `${options.key}-label-${value}`, className: 'axis-label', x: frame.left - 8, y: y + 4, text: options.format(value), anchor: 'end', ...(size ? { size } : {}) });
  }
  // The title sits above the axis, horizontal, so it stays readable on a phone.
  marks.push({ kind: 'text', key: `${options.key}-title`, className: 'axis-title', x: frame.left - 8, y: frame.top - 12, text: options.title, anchor: 'start', ...(size ? { size } : {}) });
  return marks;
}
