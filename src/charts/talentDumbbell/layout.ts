/**
 * How the talent tracker's shares moved between its two editions (NeurIPS 2019 and NeurIPS 2022),
 * as a dumbbell chart: one row per measure, a small dark dot for 2019, a larger coloured dot for 2022 and a bar
 * between them. Rows come in blocks, one per series, under a heading that says what the shares are
 * shares of (all top-tier researchers, those at US institutions, the elite tier): mixing those up
 * is the easiest way to misread the tracker.
 *
 * Encodings: country = colour of the 2022 dot and bar, and always the row's text; a value computed
 * from other published figures (e.g. 42 + 13) has a dashed outline and a "≈" in its label; a year
 * without a published value has no dot, and the row label says so.
 */
import { scaleLinear } from 'd3-scale';
import type { CategorySeries, Series } from '../../data/schema';
import type { Mark, Scene, Size, Variant } from '../contract';
import { layers } from '../shared/markBuilders';
import { bottomAxis } from '../shared/axis';
import { plotFrame } from '../shared/frame';
import { formatNumber } from '../../i18n/format';
import { shortName, slug, wrapText } from '../shared/text';
import type { TalentDumbbellState } from './state';

export interface TalentDumbbellData {
  /** Dumbbell-form series (tag "dumbbell"), by id. */
  series: Map<string, CategorySeries>;
}

export const EDITIONS = ['2019', '2022'] as const;
type Edition = (typeof EDITIONS)[number];

const DOMAIN: [number, number] = [0, 80];

const GEOMETRY = {
  wide: { margins: { top: 8, right: 40, bottom: 44, left: 40 }, fontSize: 13, rowHeight: 54, headingGap: 8, r2019: 5, r2022: 7.5, labelGap: 10 },
  narrow: { margins: { top: 6, right: 30, bottom: 40, left: 26 }, fontSize: 12, rowHeight: 38, headingGap: 6, r2019: 4.5, r2022: 6.5, labelGap: 8 },
} as const;

type CategoryPoint = CategorySeries['points'][number];

export interface Row {
  key: string;
  seriesId: string;
  category: string;
  label: string;
  points: Partial<Record<Edition, CategoryPoint>>;
}

export interface RowBlock {
  key: string;
  heading: string;
  rows: Row[];
}

/** A point computed from other published figures (the dataset's note says so), not read in a source. */
export function isComputed(series: Series, point: CategoryPoint): boolean {
  return series.confidence === 'computed' && /^computed\b/i.test(point.note ?? '');
}

export function countryClass(category: string): string {
  const cn = /\bChina\b/.test(category);
  const us = /\bUS\b|\bUnited States\b/.test(category);
  if (cn && !us) return 'country-cn';
  if (us && !cn) return 'country-us';
  return 'country-other';
}

/** "Where elite AI researchers studied as undergraduates, 2019 vs 2022" -> "Where elite ... undergraduates". */
function defaultHeading(series: CategorySeries): string {
  return series.label.replace(/,\s*2019 vs 2022$/, '');
}

export function resolveBlocks(data: TalentDumbbellData, state: TalentDumbbellState): RowBlock[] {
  return state.sets.map((set) => {
    const series = data.series.get(set.series);
    if (!series) throw new Error(`talentDumbbell: "${set.series}" is not a dumbbell series (tag "dumbbell") in the dataset`);
    const available = [...new Set(series.points.map((point) => point.category))];
    const categories = set.categories ?? available;
    const rows = categories.map((category) => {
      if (!available.includes(category)) throw new Error(`talentDumbbell: series "${series.id}" has no category "${category}"; it has ${available.join(', ')}`);
      const points: Partial<Record<Edition, CategoryPoint>> = {};
      for (const point of series.points.filter((candidate) => candidate.category === category)) {
        if (!EDITIONS.includes(point.group as Edition)) throw new Error(`talentDumbbell: series "${series.id}", "${category}" has a point in group "${point.group}", not 2019 or 2022`);
        points[point.group as Edition] = point;
      }
      return { key: `row-${series.id}-${slug(category)}`, seriesId: series.id, category, label: `${set.prefix ?? ''}${category}`, points };
    });
    return { key: `block-${series.id}`, heading: set.heading ?? defaultHeading(series), rows };
  });
}

const percent = (value: number) => `${formatNumber(value)}%`;

export function describeState(data: TalentDumbbellData, state: TalentDumbbellState): string {
  const blocks = resolveBlocks(data, state);
  return blocks
    .map((block) => {
      const series = data.series.get(block.rows[0]!.seriesId)!;
      const rows = block.rows.map((row) => {
        const text = (edition: Edition) => {
          const point = row.points[edition];
          if (!point) return `${edition} not published`;
          return `${isComputed(series, point) ? 'about ' : ''}${percent(point.value)} in ${edition}`;
        };
        return `${row.label}: ${text('2019')}, ${text('2022')}`;
      });
      return `${block.heading} (MacroPolo tracker, NeurIPS authors). ${rows.join('; ')}.`;
    })
    .join(' ');
}

export function layoutTalentDumbbell(data: TalentDumbbellData, state: TalentDumbbellState, size: Size, variant: Variant): Scene {
  const blocks = resolveBlocks(data, state);
  const g = GEOMETRY[variant];
  const frame = plotFrame(size, g.margins);
  const fontSize = g.fontSize;
  const x = scaleLinear().domain(DOMAIN).range([frame.left, frame.right]);
  const lineHeight = fontSize + 3;
  const headingLines = blocks.map((block) => wrapText(block.heading, size.width - 8, fontSize));

  // Rows shrink (never below two text lines) if a step asks for more than fits.
  const rowCount = blocks.reduce((total, block) => total + block.rows.length, 0);
  const headingSpace = headingLines.reduce((total, lines) => total + lines.length * lineHeight + g.headingGap, 0);
  const minimum = fontSize + 2 * g.r2022 + 8;
  const rowHeight = Math.min(g.rowHeight, (frame.height - headingSpace) / Math.max(1, rowCount));
  if (rowHeight < minimum) {
    throw new Error(`talentDumbbell: ${rowCount} rows and ${blocks.length} headings do not fit the ${variant} chart; show fewer rows in this step`);
  }

  const axis = bottomAxis(x, frame, {
    key: 'x',
    title: variant === 'wide' ? 'Share of the group named in each heading (%)' : 'Share of the group (%)',
    format: (value) => `${value}%`,
    tickValues: [0, 20, 40, 60, 80],
    grid: true,
    fontSize,
  });

  const headings: Mark[] = [];
  const links: Mark[] = [];
  const dots: Mark[] = [];
  const labels: Mark[] = [];
  const emphasis = (category: string) => (state.highlight.length === 0 ? '' : state.highlight.includes(category) ? ' is-highlighted' : ' is-muted');

  let y = frame.top;
  blocks.forEach((block, blockIndex) => {
    const series = data.series.get(block.rows[0]!.seriesId)!;
    headingLines[blockIndex]!.forEach((line, index) => {
      y += lineHeight;
      headings.push({ kind: 'text', key: `${block.key}-heading-${index}`, className: 'dumbbell-heading', x: 4, y: y - 3, text: line, size: fontSize, weight: 'bold' });
    });
    y += g.headingGap;
    for (const row of block.rows) {
      const country = countryClass(row.category);
      const muted = emphasis(row.category);
      const labelY = y + fontSize;
      const dotY = labelY + 4 + g.r2022;
      const missing = EDITIONS.filter((edition) => !row.points[edition]);
      const name = variant === 'narrow' ? shortName(row.label) : row.label;
      labels.push({
        kind: 'text',
        key: `${row.key}-name`,
        className: `dumbbell-name${muted}`,
        x: frame.left,
        y: labelY,
        text: missing.length ? `${name} (${missing.join(', ')}: not published)` : name,
        size: fontSize,
        weight: muted === ' is-highlighted' ? 'bold' : 'normal',
      });
      const v2019 = row.points['2019']?.value;
      const v2022 = row.points['2022']?.value;
      if (v2019 !== undefined && v2022 !== undefined) {
        links.push({ kind: 'line', key: `${row.key}-link`, className: `dumbbell-link ${country}${muted}`, x1: x(v2019), y1: dotY, x2: x(v2022), y2: dotY });
      }
      const rising = v2019 === undefined || v2022 === undefined || v2022 >= v2019;
      for (const edition of EDITIONS) {
        const point = row.points[edition];
        if (!point) continue;
        const computed = isComputed(series, point);
        const cx = x(point.value);
        const r = edition === '2019' ? g.r2019 : g.r2022;
        dots.push({
          kind: 'circle',
          key: `${row.key}-${edition}`,
          className: `dumbbell-dot dumbbell-dot--${edition}${edition === '2022' ? ` ${country}` : ''}${computed ? ' is-computed' : ''}${muted}`,
          cx,
          cy: dotY,
          r,
        });
        // The earlier value sits on the side away from the later one, so the two never collide.
        const onLeft = edition === '2019' ? rising && v2022 !== undefined : !rising;
        labels.push({
          kind: 'text',
          key: `${row.key}-${edition}-value`,
          className: `dumbbell-value dumbbell-value--${edition}${muted}`,
          x: onLeft ? cx - r - 4 : cx + r + 4,
          y: dotY + fontSize / 3,
          text: `${computed ? '≈' : ''}${percent(point.value)}`,
          anchor: onLeft ? 'end' : 'start',
          size: fontSize,
          weight: edition === '2022' ? 'bold' : 'normal',
        });
      }
      y += rowHeight;
    }
  });

  return {
    size,
    title: 'Top-tier AI researchers: how the shares changed between the 2019 and 2022 editions',
    description: describeState(data, state),
    layers: layers({ axes: axis, headings, links, dots, labels }),
  };
}
