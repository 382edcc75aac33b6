/**
 * Newer counts of where AI research is done, as a dot plot: one row per measure, each asking the same
 * question, "for every 100 counted for the United States, how many for China?". The US count is the
 * blue tick at 100 on every row; China's is the orange dot. Rows are different measures (researchers
 * by workplace, the most-cited papers, papers accepted at two conferences), so a row is read on its own
 * and against the line at 100, not against the other rows' sources. The ratio is computed by this
 * site from the two published figures, which each row's text gives; a figure the source rounds ("about")
 * or bounds ("over", "just under") makes the ratio approximate ("≈") or a floor ("over").
 */
import { scaleLinear } from 'd3-scale';
import type { CategorySeries } from '../../data/schema';
import type { Mark, Scene, Size, Variant } from '../contract';
import { layers } from '../shared/markBuilders';
import { bottomAxis } from '../shared/axis';
import { plotFrame } from '../shared/frame';
import { formatNumber } from '../../i18n/format';
import { wrapText } from '../shared/text';
import { estimateTextWidth } from '../shared/labels';
import { ROWS, type ParityRow, type RowId } from './rows';
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

/** A figure as its source gives it: "59%", "≈2,450", "over 51%", "just under 32%". */
export function figureText(series: CategorySeries, point: CategoryPoint): string {
  if (point.label) return point.label;
  const number = series.unit === 'percent' ? `${formatNumber(point.value)}%` : formatNumber(point.value);
  if (point.floor) return `${point.floorWords ?? 'over'} ${number}`;
  return `${series.estimate || point.estimate ? '≈' : ''}${number}`;
}

export function ratioText(row: ResolvedRow): string {
  return `${row.ratioFloor ? 'over ' : row.ratioApprox ? '≈' : ''}${row.ratio}`;
}

function rowsOf(data: TalentParityData, state: TalentParityState): ResolvedRow[] {
  return state.rows.map((id) => {
    const row = data.rows.get(id);
    if (!row) throw new Error(`talentParity: row "${id}" has no data`);
    return row;
  });
}

export function describeState(data: TalentParityData, state: TalentParityState): string {
  const rows = rowsOf(data, state).map(
    (row) => `${row.row.label}: ${ratioText(row)} (United States ${figureText(row.series, row.us)}, China ${figureText(row.series, row.cn)})`,
  );
  return `For every 100 counted for the United States, the number counted for China, computed from each source's two figures. ${rows.join('; ')}.`;
}

export function layoutTalentParity(data: TalentParityData, state: TalentParityState, size: Size, variant: Variant): Scene {
  const g = GEOMETRY[variant];
  const fontSize = g.fontSize;
  const lineHeight = fontSize + 3;
  const frame = plotFrame(size, g.margins);
  const x = scaleLinear().domain(DOMAIN).range([frame.left, frame.right]);
  const rows = rowsOf(data, state);
  const focus = state.highlight.length > 0;
  const picked = (row: ResolvedRow) => state.highlight.includes(row.row.id as RowId);
  const emphasis = (row: ResolvedRow) => (!focus ? '' : picked(row) ? ' is-highlighted' : ' is-muted');

  // A row is its name, then the line with the dot. Emphasis is by class alone: a text's weight is not
  // reset when a later state no longer asks for bold, so names keep one weight in every state. Its figures follow the name on the desktop; on a
  // phone a row that is not picked out keeps to its short name, to leave room for those that are.
  const textWidth = frame.width;
  const figures = (row: ResolvedRow) => `US ${figureText(row.series, row.us)}, China ${figureText(row.series, row.cn)}`;
  const parityLabelHeight = lineHeight + 2;
  const heightOf = (texts: string[][]) => parityLabelHeight + texts.reduce((total, lines) => total + lines.length * lineHeight + g.dotLine + g.gap, 0);
  let rowText = rows.map((row) => {
    if (variant === 'narrow') return picked(row) || !focus ? [row.row.short, figures(row)] : [row.row.short];
    return wrapText(`${row.row.label}: ${figures(row)}`, textWidth, fontSize);
  });
  // With nothing picked out and many rows, a phone shows the short names alone (the table has the figures).
  if (variant === 'narrow' && !focus && heightOf(rowText) > frame.height) rowText = rows.map((row) => [row.row.short]);
  const needed = heightOf(rowText);
  if (needed > frame.height) {
    throw new Error(`talentParity: ${rows.length} rows do not fit the ${variant} chart (${Math.round(needed)} of ${Math.round(frame.height)} units); draw fewer or pick out fewer`);
  }

  const axis = bottomAxis(x, frame, {
    key: 'x',
    title: variant === 'wide' ? "China's count for every 100 of the US's (computed)" : 'China per 100 for the US (computed)',
    format: (value) => String(value),
    tickValues: [0, 50, 100, 150],
    grid: true,
    fontSize,
  });

  const guides: Mark[] = [
    { kind: 'line', key: 'parity-line', className: 'parity-line', x1: x(PARITY), y1: frame.top + parityLabelHeight - 4, x2: x(PARITY), y2: frame.bottom },
    {
      kind: 'text',
      key: 'parity-label',
      className: 'parity-label',
      x: x(PARITY),
      y: frame.top + fontSize,
      text: variant === 'wide' ? 'As many as the United States' : 'As many as the US',
      anchor: 'middle',
      size: fontSize,
      weight: 'bold',
    },
  ];
  const leaders: Mark[] = [];
  const dots: Mark[] = [];
  const labels: Mark[] = [];

  let y = frame.top + parityLabelHeight;
  rows.forEach((row, index) => {
    const key = `row-${row.row.id}`;
    const muted = emphasis(row);
    rowText[index]!.forEach((line, lineIndex) => {
      y += lineHeight;
      labels.push({
        kind: 'text',
        key: `${key}-name-${lineIndex}`,
        className: `parity-name${muted}`,
        x: frame.left,
        y: y - 3,
        text: line,
        size: fontSize,
      });
    });
    const cy = y + g.dotLine / 2 + 1;
    const cx = x(Math.min(row.ratio, DOMAIN[1]));
    leaders.push({ kind: 'line', key: `${key}-leader`, className: `parity-leader${muted}`, x1: frame.left, y1: cy, x2: frame.right, y2: cy });
    leaders.push({ kind: 'line', key: `${key}-us`, className: `parity-us country-us${muted}`, x1: x(PARITY), y1: cy - g.tick, x2: x(PARITY), y2: cy + g.tick });
    dots.push({ kind: 'circle', key: `${key}-dot`, className: `parity-dot country-cn${row.ratioApprox || row.ratioFloor ? ' is-approx' : ''}${muted}`, cx, cy, r: g.dot });
    // The ratio beside the dot, on the side away from the US tick so the two never collide, unless it
    // would run off the drawing (a phone): then on the near side, which is clear of the tick that far out.
    const label = ratioText(row);
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
    y += g.dotLine + g.gap;
  });

  return {
    size,
    title: 'For every 100 counted for the United States, how many for China? Newer counts of AI researchers and papers',
    description: describeState(data, state),
    layers: layers({ axes: axis, guides, leaders, dots, labels }),
  };
}

export { ROWS };
