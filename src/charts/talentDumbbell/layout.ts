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
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { CategorySeries, Series } from '../../data/schema';
import type { Mark, Scene, Size, Variant } from '../contract';
import { layers } from '../shared/markBuilders';
import { bottomAxis } from '../shared/axis';
import { plotFrame } from '../shared/frame';
import type { Words } from '../../i18n/words';
import type { Drawing, Frame } from '../shared/frame';
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
export function defaultHeading(series: CategorySeries): string {
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

const percent = (words: Words, value: number) => words.t('charts.percent', { value: words.number(value) });

export function describeState(data: TalentDumbbellData, state: TalentDumbbellState, words: Words): string {
  const { t } = words;
  const blocks = resolveBlocks(data, state);
  return blocks
    .map((block) => {
      const series = data.series.get(block.rows[0]!.seriesId)!;
      const rows = block.rows.map((row) => {
        const text = (edition: Edition) => {
          const point = row.points[edition];
          if (!point) return t('talentDumbbell.describe.notPublished', { edition });
          return t(isComputed(series, point) ? 'talentDumbbell.describe.valueAbout' : 'talentDumbbell.describe.value', { value: percent(words, point.value), edition });
        };
        return t('talentDumbbell.describe.row', { label: row.label, first: text('2019'), second: text('2022') });
      });
      return t('talentDumbbell.describe.block', { heading: block.heading, rows: words.list(rows, 'clauses') });
    })
    .join(' ');
}

type Geometry = (typeof GEOMETRY)[Variant];

interface Plot extends Drawing<TalentDumbbellState> {
  data: TalentDumbbellData;
  g: Geometry;
  fontSize: number;
  lineHeight: number;
  x: ScaleLinear<number, number>;
  rowHeight: number;
}

/** Where a row's text and dots sit, and how a step's emphasis shows on them. */
interface RowPlace {
  row: Row;
  series: CategorySeries;
  y: number;
  country: string;
  muted: string;
}

function plot(data: TalentDumbbellData, state: TalentDumbbellState, size: Size, variant: Variant, words: Words, blocks: RowBlock[], headingLines: string[][]): Plot {
  const g = GEOMETRY[variant];
  const frame: Frame = plotFrame(size, g.margins);
  const fontSize = g.fontSize;
  const lineHeight = fontSize + 3;
  // Rows shrink (never below two text lines) if a step asks for more than fits.
  const rowCount = blocks.reduce((total, block) => total + block.rows.length, 0);
  const headingSpace = headingLines.reduce((total, lines) => total + lines.length * lineHeight + g.headingGap, 0);
  const minimum = fontSize + 2 * g.r2022 + 8;
  const rowHeight = Math.min(g.rowHeight, (frame.height - headingSpace) / Math.max(1, rowCount));
  if (rowHeight < minimum) {
    throw new Error(`talentDumbbell: ${rowCount} rows and ${blocks.length} headings do not fit the ${variant} chart; show fewer rows in this step`);
  }
  const x = scaleLinear().domain(DOMAIN).range([frame.left, frame.right]);
  return { data, state, variant, size, frame, words, g, fontSize, lineHeight, x, rowHeight };
}

function axis(p: Plot): Mark[] {
  return bottomAxis(p.x, p.frame, {
    key: 'x',
    title: p.words.t(p.variant === 'wide' ? 'talentDumbbell.axis.x.wide' : 'talentDumbbell.axis.x.narrow'),
    format: (value) => percent(p.words, value),
    tickValues: [0, 20, 40, 60, 80],
    grid: true,
    fontSize: p.fontSize,
  });
}

function rowName(p: Plot, { row, y, muted }: RowPlace): Mark {
  const missing = EDITIONS.filter((edition) => !row.points[edition]);
  const name = p.variant === 'narrow' ? shortName(row.label, p.words) : row.label;
  return {
    kind: 'text',
    key: `${row.key}-name`,
    className: `dumbbell-name${muted}`,
    x: p.frame.left,
    y: y + p.fontSize,
    text: missing.length ? p.words.t('talentDumbbell.label.notPublished', { name, editions: p.words.list(missing, 'items') }) : name,
    size: p.fontSize,
    weight: muted === ' is-highlighted' ? 'bold' : 'normal',
  };
}

/** A row's bar, dots and value labels. */
function rowMarks(p: Plot, place: RowPlace, links: Mark[], dots: Mark[], labels: Mark[]): void {
  const { g, fontSize, x } = p;
  const { row, series, country, muted } = place;
  const dotY = place.y + fontSize + 4 + g.r2022;
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
      text: `${computed ? '≈' : ''}${percent(p.words, point.value)}`,
      anchor: onLeft ? 'end' : 'start',
      size: fontSize,
      weight: edition === '2022' ? 'bold' : 'normal',
    });
  }
}

export function layoutTalentDumbbell(data: TalentDumbbellData, state: TalentDumbbellState, size: Size, variant: Variant, words: Words): Scene {
  const blocks = resolveBlocks(data, state);
  const headingLines = blocks.map((block) => wrapText(block.heading, size.width - 8, GEOMETRY[variant].fontSize));
  const p = plot(data, state, size, variant, words, blocks, headingLines);
  const headings: Mark[] = [];
  const links: Mark[] = [];
  const dots: Mark[] = [];
  const labels: Mark[] = [];
  const emphasis = (category: string) => (state.highlight.length === 0 ? '' : state.highlight.includes(category) ? ' is-highlighted' : ' is-muted');

  let y = p.frame.top;
  blocks.forEach((block, blockIndex) => {
    const series = data.series.get(block.rows[0]!.seriesId)!;
    headingLines[blockIndex]!.forEach((line, index) => {
      y += p.lineHeight;
      headings.push({ kind: 'text', key: `${block.key}-heading-${index}`, className: 'dumbbell-heading', x: 4, y: y - 3, text: line, size: p.fontSize, weight: 'bold' });
    });
    y += p.g.headingGap;
    for (const row of block.rows) {
      const place: RowPlace = { row, series, y, country: countryClass(row.category), muted: emphasis(row.category) };
      labels.push(rowName(p, place));
      rowMarks(p, place, links, dots, labels);
      y += p.rowHeight;
    }
  });

  return {
    size,
    title: words.t('talentDumbbell.title', { first: EDITIONS[0], second: EDITIONS[1] }),
    description: describeState(data, state, words),
    layers: layers({ axes: axis(p), headings, links, dots, labels }),
  };
}
