/**
 * Newer counts of where AI research is done, as a dot plot: one row per measure, each asking the same
 * question, "for every 100 counted for the United States, how many for China?". The US count is the
 * blue tick at 100 on every row; China's is the orange dot. Rows are different measures (researchers
 * by workplace, the most-cited papers, papers accepted at two conferences), so a row is read on its own
 * and against the line at 100, not against the other rows' sources. The ratio is computed by this
 * site from the two published figures, which each row's text gives; a figure the source rounds ("about")
 * or bounds ("over", "just under") makes the ratio approximate ("≈") or a floor ("over").
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { CategorySeries } from '../../data/schema';
import type { Mark, Scene, Size, Variant } from '../contract';
import { layers } from '../shared/markBuilders';
import { bottomAxis } from '../shared/axis';
import { plotFrame } from '../shared/frame';
import type { Words } from '../../i18n/words';
import type { Drawing } from '../shared/frame';
import { wrapText } from '../shared/text';
import { estimateTextWidth } from '../shared/labels';
import { ROWS, rowYear, type ParityRow, type RowId } from './rows';
import type { TalentParityState } from './state';

type CategoryPoint = CategorySeries['points'][number];

export interface ResolvedRow {
  row: ParityRow;
  series: CategorySeries;
  us: CategoryPoint;
  cn: CategoryPoint;
  /** China's figure for every 100 of the US's, rounded. */
  ratio: number;
  /** The ratio is a lower bound: China's figure is a floor, or the US figure an upper bound. */
  ratioFloor: boolean;
  /** The ratio rests on rounded or estimated figures. */
  ratioApprox: boolean;
}

export interface TalentParityData {
  rows: Map<RowId, ResolvedRow>;
}

const DOMAIN: [number, number] = [0, 180];
const PARITY = 100;

const GEOMETRY = {
  wide: { margins: { top: 6, right: 24, bottom: 44, left: 16 }, fontSize: 13, dot: 7, tick: 9, dotLine: 22, gap: 8 },
  narrow: { margins: { top: 4, right: 14, bottom: 40, left: 10 }, fontSize: 12, dot: 6, tick: 7, dotLine: 15, gap: 3 },
} as const;

/** An upper bound in the source's words ("just under 32%"), kept in the point's label. */
function isUpperBound(point: CategoryPoint): boolean {
  return /^just under\b|^under\b|^less than\b/i.test(point.label ?? '');
}

export function resolveRow(row: ParityRow, series: CategorySeries): ResolvedRow {
  const find = (category: string) => {
    const point = series.points.find((candidate) => candidate.category === category && (row.group === undefined || candidate.group === row.group));
    if (!point) throw new Error(`talentParity: series "${series.id}" has no "${category}" point${row.group ? ` in group "${row.group}"` : ''}`);
    return point;
  };
  const us = find('United States');
  const cn = find('China');
  const ratioFloor = Boolean(cn.floor) || isUpperBound(us);
  const ratioApprox = !ratioFloor && Boolean(series.estimate || us.estimate || cn.estimate);
  return { row, series, us, cn, ratio: Math.round((cn.value / us.value) * 100), ratioFloor, ratioApprox };
}

/** A row's name: in full (desktop, table), or short (phone). */
export function rowLabel(row: ResolvedRow, { t }: Words, short = false): string {
  const year = rowYear(row.row, row.series.asOf);
  return short ? t(`talentParity.row.${row.row.id as RowId}.short`, { year }) : t(`talentParity.row.${row.row.id as RowId}`, { year });
}

/** A figure as its source gives it: "59%", "≈2,450", "over 51%", "just under 32%". */
export function figureText(series: CategorySeries, point: CategoryPoint, words: Words): string {
  if (point.label) return point.label;
  const value = series.unit === 'percent' ? words.t('charts.percent', { value: words.number(point.value) }) : words.number(point.value);
  if (point.floor) return point.floorWords ? words.t(`value.floor.${point.floorWords}`, { value }) : words.t('talentParity.figure.over', { value });
  return `${series.estimate || point.estimate ? '≈' : ''}${value}`;
}

export function ratioText(row: ResolvedRow, words: Words): string {
  const ratio = words.number(row.ratio);
  return row.ratioFloor ? words.t('talentParity.ratio.over', { ratio }) : `${row.ratioApprox ? '≈' : ''}${ratio}`;
}

function rowsOf(data: TalentParityData, state: TalentParityState): ResolvedRow[] {
  return state.rows.map((id) => {
    const row = data.rows.get(id);
    if (!row) throw new Error(`talentParity: row "${id}" has no data`);
    return row;
  });
}

export function describeState(data: TalentParityData, state: TalentParityState, words: Words): string {
  const rows = rowsOf(data, state).map((row) =>
    words.t('talentParity.describe.row', { label: rowLabel(row, words), ratio: ratioText(row, words), us: figureText(row.series, row.us, words), cn: figureText(row.series, row.cn, words) }),
  );
  return words.t('talentParity.describe', { rows: words.list(rows, 'clauses') });
}

type Geometry = (typeof GEOMETRY)[Variant];

interface Plot extends Drawing<TalentParityState> {
  g: Geometry;
  fontSize: number;
  lineHeight: number;
  parityLabelHeight: number;
  x: ScaleLinear<number, number>;
  rows: ResolvedRow[];
  focus: boolean;
  picked: (row: ResolvedRow) => boolean;
}

function plot(data: TalentParityData, state: TalentParityState, size: Size, variant: Variant, words: Words): Plot {
  const g = GEOMETRY[variant];
  const frame = plotFrame(size, g.margins);
  const focus = state.highlight.length > 0;
  return {
    state, variant, size, frame, words, g,
    fontSize: g.fontSize,
    lineHeight: g.fontSize + 3,
    parityLabelHeight: g.fontSize + 3 + 2,
    x: scaleLinear().domain(DOMAIN).range([frame.left, frame.right]),
    rows: rowsOf(data, state),
    focus,
    picked: (row) => state.highlight.includes(row.row.id as RowId),
  };
}

/**
 * The lines of each row's text. A row is its name, then the line with the dot. Emphasis is by class
 * alone: a text's weight is not reset when a later state no longer asks for bold, so names keep one
 * weight in every state. Its figures follow the name on the desktop; on a phone a row that is not
 * picked out keeps to its short name, to leave room for those that are.
 */
function rowTexts(p: Plot): string[][] {
  const { words, rows, variant, frame, fontSize, g, lineHeight, focus } = p;
  const figures = (row: ResolvedRow) => words.t('talentParity.figures', { us: figureText(row.series, row.us, words), cn: figureText(row.series, row.cn, words) });
  const heightOf = (texts: string[][]) => p.parityLabelHeight + texts.reduce((total, lines) => total + lines.length * lineHeight + g.dotLine + g.gap, 0);
  let rowText = rows.map((row) => {
    if (variant === 'narrow') return p.picked(row) || !focus ? [rowLabel(row, words, true), figures(row)] : [rowLabel(row, words, true)];
    return wrapText(words.t('talentParity.row.text', { label: rowLabel(row, words), figures: figures(row) }), frame.width, fontSize);
  });
  // With nothing picked out and many rows, a phone shows the short names alone (the table has the figures).
  if (variant === 'narrow' && !focus && heightOf(rowText) > frame.height) rowText = rows.map((row) => [rowLabel(row, words, true)]);
  const needed = heightOf(rowText);
  if (needed > frame.height) {
    throw new Error(`talentParity: ${rows.length} rows do not fit the ${variant} chart (${Math.round(needed)} of ${Math.round(frame.height)} units); draw fewer or pick out fewer`);
  }
  return rowText;
}

function axis({ x, frame, words, variant, fontSize }: Plot): Mark[] {
  return bottomAxis(x, frame, {
    key: 'x',
    title: words.t(`talentParity.axis.x.${variant}`),
    format: (value) => words.number(value),
    tickValues: [0, 50, 100, 150],
    grid: true,
    fontSize,
  });
}

function guides({ x, frame, words, variant, fontSize, parityLabelHeight }: Plot): Mark[] {
  return [
    { kind: 'line', key: 'parity-line', className: 'parity-line', x1: x(PARITY), y1: frame.top + parityLabelHeight - 4, x2: x(PARITY), y2: frame.bottom },
    {
      kind: 'text',
      key: 'parity-label',
      className: 'parity-label',
      x: x(PARITY),
      y: frame.top + fontSize,
      text: words.t(`talentParity.parity.${variant}`),
      anchor: 'middle',
      size: fontSize,
      weight: 'bold',
    },
  ];
}

/** A row's leader line, US tick, China's dot and the ratio beside it, on the line at `cy`. */
function rowMarks(p: Plot, row: ResolvedRow, cy: number, muted: string, leaders: Mark[], dots: Mark[], labels: Mark[]): void {
  const { x, g, frame, fontSize, size } = p;
  const key = `row-${row.row.id}`;
  const cx = x(Math.min(row.ratio, DOMAIN[1]));
  leaders.push({ kind: 'line', key: `${key}-leader`, className: `parity-leader${muted}`, x1: frame.left, y1: cy, x2: frame.right, y2: cy });
  leaders.push({ kind: 'line', key: `${key}-us`, className: `parity-us country-us${muted}`, x1: x(PARITY), y1: cy - g.tick, x2: x(PARITY), y2: cy + g.tick });
  dots.push({ kind: 'circle', key: `${key}-dot`, className: `parity-dot country-cn${row.ratioApprox || row.ratioFloor ? ' is-approx' : ''}${muted}`, cx, cy, r: g.dot });
  // The ratio beside the dot, on the side away from the US tick so the two never collide, unless it
  // would run off the drawing (a phone): then on the near side, which is clear of the tick that far out.
  const label = ratioText(row, p.words);
  const right = row.ratio >= PARITY && cx + g.dot + 4 + estimateTextWidth(label, fontSize) <= size.width - 2;
  labels.push({
    kind: 'text',
    key: `${key}-value`,
    className: `parity-value${muted}`,
    x: right ? cx + g.dot + 4 : cx - g.dot - 4,
    y: cy + fontSize / 3,
    text: label,
    anchor: right ? 'start' : 'end',
    size: fontSize,
    weight: 'bold',
  });
}

export function layoutTalentParity(data: TalentParityData, state: TalentParityState, size: Size, variant: Variant, words: Words): Scene {
  const p = plot(data, state, size, variant, words);
  const rowText = rowTexts(p);
  const emphasis = (row: ResolvedRow) => (!p.focus ? '' : p.picked(row) ? ' is-highlighted' : ' is-muted');
  const leaders: Mark[] = [];
  const dots: Mark[] = [];
  const labels: Mark[] = [];

  let y = p.frame.top + p.parityLabelHeight;
  p.rows.forEach((row, index) => {
    const muted = emphasis(row);
    rowText[index]!.forEach((line, lineIndex) => {
      y += p.lineHeight;
      labels.push({ kind: 'text', key: `row-${row.row.id}-name-${lineIndex}`, className: `parity-name${muted}`, x: p.frame.left, y: y - 3, text: line, size: p.fontSize });
    });
    rowMarks(p, row, y + p.g.dotLine / 2 + 1, muted, leaders, dots, labels);
    y += p.g.dotLine + p.g.gap;
  });

  return {
    size,
    title: words.t('talentParity.title'),
    description: describeState(data, state, words),
    layers: layers({ axes: axis(p), guides: guides(p), leaders, dots, labels }),
  };
}

export { ROWS };
