/**
 * Mark builders: the shapes every chart draws (lines through points, dots, rules, arrows, blocks of
 * text), returned as plain marks so that a layout reads as a composition of them.
 */
import { line } from 'd3-shape';
import type { CircleMark, LineMark, Mark, PathMark, TextMark } from '../contract';

type Extra<M> = Partial<Omit<M, 'kind' | 'key' | 'className'>>;
export type Point = readonly [number, number];

/** A path through points, to a tenth of a unit (finer is invisible and only weighs on the payload). */
export function linePath(points: readonly Point[]): string {
  return line().digits(1)(points as Point[] as [number, number][]) ?? '';
}

export function pathMark(key: string, className: string, points: readonly Point[], extra: Extra<PathMark> = {}): PathMark {
  return { kind: 'path', key, className, d: linePath(points), ...extra };
}

export function dotMark(key: string, className: string, cx: number, cy: number, r: number, extra: Extra<CircleMark> = {}): CircleMark {
  return { kind: 'circle', key, className, cx, cy, r, ...extra };
}

export function segmentMark(key: string, className: string, [x1, y1]: Point, [x2, y2]: Point, extra: Extra<LineMark> = {}): LineMark {
  return { kind: 'line', key, className, x1, y1, x2, y2, ...extra };
}

/** A vertical rule at x from y1 down to y2. */
export function ruleX(key: string, className: string, x: number, y1: number, y2: number, extra: Extra<LineMark> = {}): LineMark {
  return { kind: 'line', key, className, x1: x, y1, x2: x, y2, ...extra };
}

/** A horizontal rule at y from x1 to x2. */
export function ruleY(key: string, className: string, y: number, x1: number, x2: number, extra: Extra<LineMark> = {}): LineMark {
  return { kind: 'line', key, className, x1, y1: y, x2, y2: y, ...extra };
}

export interface ArrowOptions {
  /** Space left between the tail and the start point, and between the tip and the end point. */
  startGap?: number;
  tipGap?: number;
  /** Length of the head; its half-width is 0.45 of it unless `halfWidth` says otherwise. */
  head: number;
  halfWidth?: number;
  /** The head's class and key; default: the shaft's, and `<key>-head`. */
  headClassName?: string;
  headKey?: string;
}

/** An arrow from one point to another: a shaft (a line) and a filled head (a path). */
export function arrowMarks(key: string, className: string, [x1, y1]: Point, [x2, y2]: Point, options: ArrowOptions): [LineMark, PathMark] {
  const length = Math.hypot(x2 - x1, y2 - y1) || 1;
  const [ux, uy] = [(x2 - x1) / length, (y2 - y1) / length];
  const start = options.startGap ?? 0;
  const tip = options.tipGap ?? 0;
  const [tx, ty] = [x2 - ux * tip, y2 - uy * tip];
  const [bx, by] = [tx - ux * options.head, ty - uy * options.head];
  const half = options.halfWidth ?? options.head * 0.45;
  const [px, py] = [-uy * half, ux * half];
  const head: Point[] = [[tx, ty], [bx + px, by + py], [bx - px, by - py]];
  return [
    segmentMark(key, className, [x1 + ux * start, y1 + uy * start], [bx, by]),
    { kind: 'path', key: options.headKey ?? `${key}-head`, className: options.headClassName ?? className, d: `${linePath(head)}Z` },
  ];
}

export interface TextBlockOptions {
  /** Lines are keyed `<key>-<line index>`. */
  key: string;
  className: string;
  x: number;
  /** Baseline of the first line. */
  y: number;
  lineHeight: number;
  size?: number;
  anchor?: TextMark['anchor'];
  /** A line's weight; default normal. */
  weight?: (index: number, count: number) => 'bold' | 'normal';
}

/** Lines of text stacked down from a first baseline (a wrapped label, a name over its value). */
export function textBlock(lines: readonly string[], options: TextBlockOptions): TextMark[] {
  return lines.map((text, index) => ({
    kind: 'text',
    key: `${options.key}-${index}`,
    className: options.className,
    x: options.x,
    y: options.y + index * options.lineHeight,
    text,
    ...(options.anchor ? { anchor: options.anchor } : {}),
    ...(options.size ? { size: options.size } : {}),
    ...(options.weight ? { weight: options.weight(index, lines.length) } : {}),
  }));
}

/** Left edges of items set in a row from `start`, each `gap` after the one before (a key's entries). */
export function rowPositions(widths: readonly number[], start: number, gap: number): number[] {
  let x = start;
  return widths.map((width) => {
    const left = x;
    x += width + gap;
    return left;
  });
}

/** Emphasis class of a mark in a state that may highlight some ids: nothing when none is highlighted. */
export function emphasisClass(highlight: readonly string[], ...ids: string[]): string {
  if (highlight.length === 0) return '';
  return ids.some((id) => highlight.includes(id)) ? ' is-highlighted' : ' is-muted';
}

/** Layers in drawing order, from an object whose keys are the layer ids. */
export function layers(byId: Record<string, Mark[]>): { id: string; marks: Mark[] }[] {
  return Object.entries(byId).map(([id, marks]) => ({ id, marks }));
}
