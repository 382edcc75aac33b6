/**
 * The closing chart: the story's threads as lines over time, from records other chapters already
 * use. Three views, each with its own y axis, so a step can recall one thread:
 *  - scores: LMArena text-leaderboard scores of the best closed, best open, best Chinese and best
 *    US open models at each snapshot, with the same encodings as the ecosystems chapter's arena
 *    chart: solid lines; closed models hollow, open-weight models filled, in the colour of the
 *    developer's country (the best-open line changes colour where its leader changes country).
 *    A key in the chart says so. Callouts write a model's training compute (an Epoch AI estimate,
 *    so "≈") beside it.
 *  - gaps: how far the leader led, in percent: closed over open, and the US over China. A series of
 *    two published readings (the AI Index's) is two dots joined by a thin arrow, not a path through
 *    the months between; a series computed for this site is dashed and named "(computed)".
 *  - talent: the talent tracker's shares in its two editions (NeurIPS 2019 and 2022), in two panels,
 *    where researchers studied and where they work, so that no line crosses a different measure.
 * Vertical markers (dotted event lines) date policy moments and releases from the dataset.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import type { CategorySeries, Model, Series, TimeSeries } from '../../data/schema';
import type { Layer, Mark, Scene, Size, Variant } from '../contract';
import { bottomAxis, leftAxis, type ContinuousScale } from '../shared/axis';
import { plotFrame } from '../shared/frame';
import { partialDateToUTC } from '../../data/dates';
import { formatScientific } from '../../data/values';
import { formatDateShort, formatNumber } from '../../i18n/format';
import { boxesOverlap, estimateTextWidth, stackLabels, type Box } from '../shared/labels';
import { slug, wrapText } from '../shared/text';
import type { ClosingGapsState } from './state';

export type View = ClosingGapsState['view'];

export interface MarkerRecord {
  date: string;
  title: string;
}

export interface ClosingGapsData {
  /** The series each view may draw, by id. */
  series: Map<string, Series>;
  /** Models whose training compute a callout may quote. */
  models: Map<string, Model>;
  /** Reported GPU counts of training runs (category series). */
  gpus: CategorySeries | undefined;
  /** Dated records a marker may show, keyed "events:<id>" or "models:<id>". */
  markers: Map<string, MarkerRecord>;
}

interface ViewSpec {
  unit: Series['unit'];
  kind: Series['kind'];
  domain: [number, number];
  ticks: number[];
  from: string;
  to: string;
  title: { wide: string; narrow: string };
  value: (value: number) => string;
}

export const VIEWS: Record<View, ViewSpec> = {
  scores: {
    unit: 'arena-score',
    kind: 'time',
    domain: [1150, 1550],
    ticks: [1200, 1300, 1400, 1500],
    from: '2024-06-01',
    to: '2025-08-31',
    title: { wide: 'LMArena text score (higher is better)', narrow: 'LMArena score' },
    // Written as the prose writes them (<Value> uses the same number format).
    value: (value) => formatNumber(value),
  },
  index: {
    unit: 'index-points',
    kind: 'time',
    domain: [125, 160],
    ticks: [130, 140, 150, 160],
    from: '2024-06-01',
    to: '2026-02-28',
    title: { wide: 'Epoch Capabilities Index (higher is better)', narrow: 'Capability index' },
    value: (value) => formatNumber(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  },
  gaps: {
    unit: 'percent',
    kind: 'time',
    domain: [0, 10],
    ticks: [0, 2, 4, 6, 8, 10],
    from: '2023-12-01',
    to: '2026-04-30',
    title: { wide: 'How far the leader led, in percent of score', narrow: 'Leader’s lead (%)' },
    // One decimal, as the AI Index rounds its readings ("9.3%", "8.0%"), for every gap alike.
    value: (value) => `${formatNumber(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`,
  },
  talent: {
    unit: 'percent',
    kind: 'category',
    domain: [0, 70],
    ticks: [0, 20, 40, 60],
    // Not a time axis: each panel places the two editions itself.
    from: '2019-12',
    to: '2022-12',
    title: { wide: 'Share of top-tier AI researchers (%)', narrow: 'Share of top-tier (%)' },
    value: (value) => `${formatNumber(value)}%`,
  },
};

const GEOMETRY = {
  wide: { margins: { top: 52, right: 138, bottom: 46, left: 46 }, fontSize: 13, dot: 3.5, panelGap: 28 },
  // The left margin leaves the y labels ("1,500") clear of the phone's edge.
  narrow: { margins: { top: 46, right: 80, bottom: 42, left: 44 }, fontSize: 12, dot: 3, panelGap: 14 },
} as const;

/** The talent view's two panels: where researchers studied (first degree), where they work. */
type Panel = 'studied' | 'work';
const PANELS: Panel[] = ['studied', 'work'];
const PANEL_TITLES: Record<Panel, { wide: string; narrow: string }> = {
  studied: { wide: 'Where they studied (first degree)', narrow: 'Studied in' },
  work: { wide: 'Where they work', narrow: 'Work in' },
};

export function panelOf(category: string): Panel {
  if (/^Undergraduate degree in\b/.test(category)) return 'studied';
  if (/^Working in\b/.test(category)) return 'work';
  throw new Error(`closingGaps: the talent view draws where researchers studied or work; "${category}" is neither`);
}

type Country = 'us' | 'cn' | 'other';
type Access = 'open' | 'closed';

/**
 * Who made each leaderboard point and whether its weights are open. The LMArena series record the
 * model per point; their notes name the developer's country and licence. Best closed models on the
 * leaderboard in these snapshots are all American (GPT, o1, Gemini, Grok); a unit test checks it.
 */
export function pointEncoding(seriesId: string, note: string | undefined): { country: Country; access: Access } {
  switch (seriesId) {
    case 'lmarena-best-closed':
      return { country: 'us', access: 'closed' };
    case 'lmarena-best-us-open':
      return { country: 'us', access: 'open' };
    case 'lmarena-best-chinese':
      return { country: 'cn', access: /proprietary/i.test(note ?? '') ? 'closed' : 'open' };
    case 'lmarena-best-open': {
      const country: Country = /\(China\)/.test(note ?? '') ? 'cn' : /\(US\)/.test(note ?? '') ? 'us' : 'other';
      return { country, access: 'open' };
    }
    default:
      throw new Error(`closingGaps: no encoding for leaderboard series "${seriesId}"`);
  }
}

interface LinePoint {
  date: string;
  value: number;
  label?: string | undefined;
  country: Country;
  access?: Access | undefined;
  /**
   * How the figure was computed, where a source changed its method (LMArena's new scoring of July
   * 2025: the points' `group`). Points of different methods are never joined by a line.
   */
  method?: string | undefined;
}

interface ResolvedLine {
  key: string;
  seriesId: string;
  category?: string | undefined;
  series: Series;
  label: string;
  labelAt: 'start' | 'end';
  /** Computed for this site: dashed, and "(computed)" in its name. */
  computed: boolean;
  /** Two published readings, drawn as an arrow between two dots. */
  twoReadings: boolean;
  panel?: Panel | undefined;
  points: LinePoint[];
  /** Class of the line itself. */
  lineClass: string;
}

/** The index view's groups: who made each line's models and whether their weights are open. */
const INDEX_GROUPS: Record<'closed' | 'cn-open' | 'us-open', { country: Country; access: Access }> = {
  // The series' measure says so: every best closed model in these months is from a US developer.
  closed: { country: 'us', access: 'closed' },
  'cn-open': { country: 'cn', access: 'open' },
  'us-open': { country: 'us', access: 'open' },
};

/** Views that draw models as dots (hollow = closed, filled = open, colour = country). */
const isModelView = (view: View) => view === 'scores' || view === 'index';

function countryOfText(text: string): Country {
  const cn = /\bChina\b|\bChinese\b/.test(text);
  const us = /\bUS\b|\bUnited States\b/.test(text);
  return cn && !us ? 'cn' : us && !cn ? 'us' : 'other';
}

export function resolveLines(data: ClosingGapsData, state: ClosingGapsState): ResolvedLine[] {
  const spec = VIEWS[state.view];
  return state.lines.map((line) => {
    const series = data.series.get(line.series);
    if (!series) throw new Error(`closingGaps: "${line.series}" is not one of the series this chart recalls`);
    if (series.unit !== spec.unit || series.kind !== spec.kind) {
      throw new Error(`closingGaps: "${series.id}" (${series.kind}, ${series.unit}) cannot be drawn in the ${state.view} view (${spec.kind}, ${spec.unit})`);
    }
    const computed = series.confidence === 'computed';
    let points: LinePoint[];
    let lineClass: string;
    if (series.kind === 'time') {
      const timeSeries = series as TimeSeries;
      if (state.view === 'index') {
        const group = line.group;
        if (!group) throw new Error(`closingGaps: "${series.id}" holds several lines; name the group to draw`);
        points = timeSeries.points.filter((point) => point.group === group).map((point) => ({ date: point.date, value: point.value, label: point.label, ...INDEX_GROUPS[group] }));
        if (points.length === 0) throw new Error(`closingGaps: series "${series.id}" has no group "${group}"`);
        lineClass = `series-line country-${INDEX_GROUPS[group].country}`;
      } else if (state.view === 'scores') {
        points = timeSeries.points.map((point) => ({ date: point.date, value: point.value, label: point.label, method: point.group, ...pointEncoding(series.id, point.note) }));
        const countries = new Set(points.map((point) => point.country));
        lineClass = `series-line country-${countries.size === 1 ? points[0]!.country : 'other'}`;
      } else {
        // A lead of one country over the other (drawn in the leader's colour, never China's), or of
        // closed models over open ones (neutral).
        const usOverChina = /\bUS\b/.test(series.label) && /\bChin/.test(series.label);
        points = timeSeries.points.map((point) => ({ date: point.date, value: point.value, country: 'other' as Country, method: point.group }));
        lineClass = `series-line gap-line ${usOverChina ? 'gap-line--us-china' : 'gap-line--open-closed'}${points.length === 2 && !computed ? ' gap-line--two-readings' : ''}`;
      }
    } else {
      const categorySeries = series as CategorySeries;
      if (!line.category) throw new Error(`closingGaps: "${series.id}" is a category series; name the category to draw`);
      const country = countryOfText(line.category);
      points = categorySeries.points
        .filter((point) => point.category === line.category)
        .map((point) => {
          if (!point.group || !/^\d{4}$/.test(point.group)) throw new Error(`closingGaps: "${series.id}", "${line.category}" needs points grouped by edition year`);
          // The tracker's editions sample NeurIPS, held each December.
          return { date: `${point.group}-12`, value: point.value, country };
        });
      if (points.length === 0) throw new Error(`closingGaps: series "${series.id}" has no category "${line.category}"`);
      lineClass = `series-line country-${country}`;
    }
    if (computed) lineClass += ' is-dashed';
    return {
      key: `line-${series.id}${line.category ? `-${slug(line.category)}` : ''}${line.group ? `-${line.group}` : ''}`,
      seriesId: series.id,
      category: line.category,
      series,
      label: computed && !/\(computed\)/.test(line.label) ? `${line.label} (computed)` : line.label,
      labelAt: line.labelAt,
      computed,
      twoReadings: state.view === 'gaps' && points.length === 2 && !computed,
      panel: line.category && state.view === 'talent' ? panelOf(line.category) : undefined,
      points,
      lineClass,
    };
  });
}

/** The x axis as a continuous scale of milliseconds, so the shared axis helper can draw it. */
function msScale(from: string, to: string, range: [number, number]): ContinuousScale & ((value: number) => number) {
  const scale = scaleUtc().domain([partialDateToUTC(from), partialDateToUTC(to)]).range(range);
  const wrapped = ((value: number) => scale(new Date(value))) as ContinuousScale & ((value: number) => number);
  wrapped.ticks = (count?: number) => scale.ticks(count).map((date) => date.getTime());
  return wrapped;
}

function xTicks(view: View, variant: Variant): { values: number[]; format: (value: number) => string } {
  const utc = (year: number, month: number) => Date.UTC(year, month - 1, 1);
  const monthYear = (value: number) => formatDateShort(new Date(value).toISOString().slice(0, 7));
  if (view === 'scores') {
    const values = variant === 'wide' ? [utc(2024, 7), utc(2024, 10), utc(2025, 1), utc(2025, 4), utc(2025, 7)] : [utc(2024, 7), utc(2025, 1), utc(2025, 7)];
    return { values, format: monthYear };
  }
  if (view === 'index') {
    const values = variant === 'wide' ? [utc(2024, 7), utc(2025, 1), utc(2025, 7), utc(2026, 1)] : [utc(2024, 7), utc(2025, 4), utc(2026, 1)];
    return { values, format: monthYear };
  }
  const values = variant === 'wide' ? [utc(2024, 1), utc(2024, 7), utc(2025, 1), utc(2025, 7), utc(2026, 1)] : [utc(2024, 1), utc(2025, 1), utc(2026, 1)];
  return { values, format: monthYear };
}

export function describeState(data: ClosingGapsData, state: ClosingGapsState): string {
  const spec = VIEWS[state.view];
  const lines = resolveLines(data, state);
  const parts = lines.map((line) => {
    const first = line.points[0]!;
    const last = line.points.at(-1)!;
    const when = (date: string) => (state.view === 'talent' ? `${date.slice(0, 4)} edition` : formatDateShort(date));
    const named = (point: LinePoint) => (point.label ? ` (${point.label})` : '');
    return `${line.series.label}${line.category ? `, ${line.category}` : ''}: ${spec.value(first.value)} in ${when(first.date)}${named(first)}, ${spec.value(last.value)} in ${when(last.date)}${named(last)}${line.computed ? ' (computed for this site)' : line.twoReadings ? ' (two published readings)' : ''}`;
  });
  const text = [`${parts.join('; ')}.`];
  for (const callout of state.callouts) {
    const model = data.models.get(callout.model);
    if (model?.trainingComputeFlop) text.push(`${model.name} was trained with about ${formatScientific(model.trainingComputeFlop)} FLOP (an estimate).`);
  }
  for (const marker of state.markers) {
    const record = data.markers.get(marker.record);
    if (record) text.push(`Marked: ${marker.label}, ${formatDateShort(record.date)}.`);
  }
  return text.join(' ');
}


function textBox(x: number, y: number, text: string, fontSize: number, anchor: 'start' | 'middle' | 'end' = 'start'): Box {
  const width = estimateTextWidth(text, fontSize);
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width;
  return { left, top: y - fontSize, right: left + width, bottom: y + 3 };
}

/** Whether a line segment passes through a box (sampled every two units: enough at chart scale). */
function segmentHitsBox([x1, y1, x2, y2]: readonly [number, number, number, number], box: Box): boolean {
  const steps = Math.max(1, Math.ceil(Math.hypot(x2 - x1, y2 - y1) / 2));
  for (let index = 0; index <= steps; index++) {
    const px = x1 + ((x2 - x1) * index) / steps;
    const py = y1 + ((y2 - y1) * index) / steps;
    if (px >= box.left - 2 && px <= box.right + 2 && py >= box.top - 2 && py <= box.bottom + 2) return true;
  }
  return false;
}

/** "DeepSeek-V3 pre-training (H800)" -> "H800s". */
function chipName(category: string): string | undefined {
  const match = /\(([^)]+)\)\s*$/.exec(category);
  return match ? `${match[1]}s` : undefined;
}

export function layoutClosingGaps(data: ClosingGapsData, state: ClosingGapsState, size: Size, variant: Variant): Scene {
  if (state.view === 'talent') return layoutTalent(data, state, size, variant);
  const spec = VIEWS[state.view];
  const g = GEOMETRY[variant];
  const fontSize = g.fontSize;
  const lineHeight = fontSize + 3;
  const frame = plotFrame(size, g.margins);
  const x = msScale(spec.from, spec.to, [frame.left, frame.right]);
  const xOf = (date: string) => x(partialDateToUTC(date).getTime());
  const y = scaleLinear().domain(spec.domain).range([frame.bottom, frame.top]);
  const lines = resolveLines(data, state);
  const view = state.view;

  const ticks = xTicks(view, variant);
  const axes: Mark[] = [
    ...bottomAxis(x, frame, { key: `x-${view}`, title: variant === 'wide' ? 'Date of the snapshot' : 'Date', format: ticks.format, tickValues: ticks.values, fontSize }),
    ...leftAxis(y, frame, { key: `y-${view}`, title: spec.title[variant], format: (value) => (spec.unit === 'percent' ? `${value}%` : formatNumber(value)), tickValues: spec.ticks, grid: true, fontSize }),
  ];

  const emphasis = (seriesId: string) => (state.highlight.length === 0 ? '' : state.highlight.includes(seriesId) ? ' is-highlighted' : ' is-muted');
  const paths: Mark[] = [];
  const dots: Mark[] = [];
  const labels: Mark[] = [];
  const path = (points: LinePoint[]) => points.map((point, index) => `${index ? 'L' : 'M'}${xOf(point.date).toFixed(1)},${y(point.value).toFixed(1)}`).join('');

  for (const line of lines) {
    const muted = emphasis(line.seriesId);
    // A line whose points change country is drawn in runs, each in its country's colour; where the
    // source changed how it computes the figure, a new run starts unjoined, as the ecosystems
    // chapter's chart breaks its lines at LMArena's change of scoring.
    const runs: LinePoint[][] = [];
    for (const point of line.points) {
      const run = runs.at(-1);
      if (run && run.at(-1)!.method !== point.method) runs.push([point]);
      else if (isModelView(view) && run && run.at(-1)!.country !== point.country) runs.push([run.at(-1)!, point]);
      else if (run) run.push(point);
      else runs.push([point]);
    }
    if (line.twoReadings) {
      // Two readings a year or more apart: a thin arrow from the first to the second, stopping
      // short of both dots, so it reads as "then" rather than as a path through the months between.
      const [a, b] = line.points as [LinePoint, LinePoint];
      const x1 = xOf(a.date);
      const y1 = y(a.value);
      const x2 = xOf(b.date);
      const y2 = y(b.value);
      const length = Math.hypot(x2 - x1, y2 - y1) || 1;
      const [ux, uy] = [(x2 - x1) / length, (y2 - y1) / length];
      const start = g.dot + 3;
      const tip = g.dot + 4;
      const [tx, ty] = [x2 - ux * tip, y2 - uy * tip];
      const head = variant === 'wide' ? 8 : 7;
      const [bx, by] = [tx - ux * head, ty - uy * head];
      const [px, py] = [-uy * head * 0.45, ux * head * 0.45];
      const gapClass = line.lineClass.split(' ').find((name) => name.startsWith('gap-line--')) ?? '';
      paths.push({ kind: 'line', key: `${view}-arrow-${line.seriesId}`, className: `gap-arrow ${gapClass}${muted}`, x1: x1 + ux * start, y1: y1 + uy * start, x2: bx, y2: by });
      paths.push({ kind: 'path', key: `${view}-arrow-${line.seriesId}-head`, className: `gap-arrowhead ${gapClass}${muted}`, d: `M${tx.toFixed(1)},${ty.toFixed(1)}L${(bx + px).toFixed(1)},${(by + py).toFixed(1)}L${(bx - px).toFixed(1)},${(by - py).toFixed(1)}Z` });
    } else {
      runs.forEach((run, index) => {
        const country = isModelView(view) ? run.at(-1)!.country : undefined;
        const className = country ? line.lineClass.replace(/country-\w+/, `country-${country}`) : line.lineClass;
        // Dashed only for what this site computed (the site-wide meaning of a dash).
        paths.push({ kind: 'path', key: `${view}-${line.key}-run-${index}`, className: `${className}${muted}`, d: path(run), ...(line.computed ? { dash: '5 4' } : {}) });
      });
    }
    const gapClass = line.lineClass.split(' ').find((name) => name.startsWith('gap-line--'));
    for (const point of line.points) {
      const look = isModelView(view) ? `country-${point.country} is-${point.access ?? 'open'}` : `gap-dot ${gapClass ?? ''}`;
      dots.push({ kind: 'circle', key: `${view}-${line.key}-${point.date}`, className: `line-dot ${look}${muted}`, cx: xOf(point.date), cy: y(point.value), r: g.dot });
    }
  }

  // Names: at the end (stacked down the right margin) or above the first point.
  const endLines = lines.filter((line) => line.labelAt === 'end');
  const blockLines = (line: ResolvedLine) => {
    const name = wrapText(line.label, g.margins.right - 10, fontSize);
    return [...name, spec.value(line.points.at(-1)!.value)];
  };
  const order = [...endLines].sort((a, b) => y(a.points.at(-1)!.value) - y(b.points.at(-1)!.value));
  const blocks = order.map(blockLines);
  const tops = stackLabels(
    order.map((line, index) => y(line.points.at(-1)!.value) + fontSize / 3 - ((blocks[index]!.length - 1) * lineHeight) / 2),
    blocks.map((block) => block.length * lineHeight + 4),
    { top: frame.top + fontSize, bottom: frame.bottom + fontSize },
  );
  order.forEach((line, index) => {
    const last = line.points.at(-1)!;
    const lx = xOf(last.date) + 8;
    const country = line.lineClass.match(/country-(\w+)/)?.[1];
    const gapClass = line.lineClass.split(' ').find((name) => name.startsWith('gap-line--'));
    const textClass = `line-label${country ? ` label-${isModelView(view) ? last.country : country}` : ''}${gapClass ? ` ${gapClass}-text` : ''}${emphasis(line.seriesId)}`;
    blocks[index]!.forEach((text, lineIndex) => {
      labels.push({ kind: 'text', key: `${view}-${line.key}-name-${lineIndex}`, className: textClass, x: lx, y: tops[index]! + lineIndex * lineHeight, text, size: fontSize, weight: lineIndex === blocks[index]!.length - 1 ? 'bold' : 'normal' });
    });
  });
  // Names at the start: the highest line's above its first point, the others' below theirs.
  const startLines = lines.filter((candidate) => candidate.labelAt === 'start' && !candidate.twoReadings).sort((a, b) => b.points[0]!.value - a.points[0]!.value);
  // Arrows between two readings are named in a key, each with a small arrow in its colour: at the
  // foot of the frame, where no gap falls (every gap is above one percent), or on a phone, where the
  // monthly line fills the foot, in the empty top right corner, reaching into the margin (no gap after mid-2024 tops 8%).
  const arrowLines = lines.filter((candidate) => candidate.twoReadings).sort((a, b) => b.points[0]!.value - a.points[0]!.value);
  const keyWidth = Math.max(0, ...arrowLines.map((line) => 22 + estimateTextWidth(line.label, fontSize)));
  arrowLines.forEach((line, index) => {
    const gapClass = line.lineClass.split(' ').find((name) => name.startsWith('gap-line--')) ?? '';
    const muted = emphasis(line.seriesId);
    const baseline = variant === 'wide' ? frame.bottom - 6 - (arrowLines.length - 1 - index) * lineHeight : frame.top + fontSize + index * lineHeight;
    const mid = baseline - fontSize / 3;
    const x0 = variant === 'wide' ? frame.left + 8 : Math.max(frame.left + 8, size.width - 4 - keyWidth);
    const head = 6;
    labels.push({ kind: 'line', key: `${view}-${line.key}-key-arrow`, className: `gap-arrow ${gapClass}${muted}`, x1: x0, y1: mid, x2: x0 + 16 - head, y2: mid });
    labels.push({ kind: 'path', key: `${view}-${line.key}-key-arrowhead`, className: `gap-arrowhead ${gapClass}${muted}`, d: `M${x0 + 16},${mid.toFixed(1)}L${x0 + 16 - head},${(mid - 3).toFixed(1)}L${x0 + 16 - head},${(mid + 3).toFixed(1)}Z` });
    const first = line.points[0]!;
    const last = line.points.at(-1)!;
    const text = variant === 'wide' ? `${line.label}: ${spec.value(first.value)} → ${spec.value(last.value)}` : line.label;
    labels.push({ kind: 'text', key: `${view}-${line.key}-start-0`, className: `line-label ${gapClass}-text${muted}`, x: x0 + 22, y: baseline, text, size: fontSize, weight: 'bold' });
  });
  startLines.forEach((line, rank) => {
    const first = line.points[0]!;
    const last = line.points.at(-1)!;
    const gapClass = line.lineClass.split(' ').find((name) => name.startsWith('gap-line--'));
    const text = variant === 'wide' ? `${line.label}: ${spec.value(first.value)} → ${spec.value(last.value)}` : line.label;
    const wrapped = wrapText(text, frame.right - xOf(first.date) - 4, fontSize);
    wrapped.forEach((lineText, lineIndex) => {
      const yText = rank === 0 ? y(first.value) - 8 - (wrapped.length - 1 - lineIndex) * lineHeight : y(first.value) + fontSize + 6 + lineIndex * lineHeight;
      labels.push({ kind: 'text', key: `${view}-${line.key}-start-${lineIndex}`, className: `line-label${gapClass ? ` ${gapClass}-text` : ''}${emphasis(line.seriesId)}`, x: xOf(first.date) + 6, y: yText, text: lineText, size: fontSize, weight: 'bold' });
    });
  });
  // Two-point lines named at their end also show where they started.
  for (const line of endLines.filter((candidate) => candidate.points.length === 2)) {
    const first = line.points[0]!;
    labels.push({ kind: 'text', key: `${view}-${line.key}-first`, className: `line-label${emphasis(line.seriesId)}`, x: xOf(first.date) - 8, y: y(first.value) + fontSize / 3, text: spec.value(first.value), anchor: 'end', size: fontSize });
  }

  // Callouts: a ring on the point, and the model's training compute in the nearest clear spot
  // (below, above, right or left of it), clear of every line and label already drawn.
  const callouts: Mark[] = [];
  const segments = lines.flatMap((line) => line.points.slice(1).map((point, index) => [xOf(line.points[index]!.date), y(line.points[index]!.value), xOf(point.date), y(point.value)] as const));
  const taken: Box[] = labels.flatMap((mark) => (mark.kind === 'text' ? [textBox(mark.x, mark.y, mark.text, fontSize, mark.anchor)] : []));
  for (const callout of state.callouts) {
    const line = lines.find((candidate) => candidate.seriesId === callout.line);
    if (!line) throw new Error(`closingGaps: callout on "${callout.line}", which this step does not draw`);
    const point = line.points.find((candidate) => candidate.date === callout.at);
    if (!point) throw new Error(`closingGaps: "${callout.line}" has no point dated ${callout.at}`);
    const model = data.models.get(callout.model);
    if (!model?.trainingComputeFlop) throw new Error(`closingGaps: "${callout.model}" is not a model with a training-compute estimate`);
    const texts = [model.name, `≈${formatScientific(model.trainingComputeFlop).replace(variant === 'narrow' ? / × /g : /$^/, '×')} FLOP`];
    if (callout.gpus && variant === 'wide') {
      const gpuPoint = data.gpus?.points.find((candidate) => candidate.category === callout.gpus);
      if (!gpuPoint) throw new Error(`closingGaps: no GPU count "${callout.gpus}"`);
      const chips = chipName(gpuPoint.category);
      texts.push(`${data.gpus!.estimate ? '≈' : ''}${formatNumber(gpuPoint.value)}${chips ? ` ${chips}` : ' GPUs'}`);
    }
    const px = xOf(point.date);
    const py = y(point.value);
    const width = Math.max(...texts.map((text) => estimateTextWidth(text, fontSize))) + 4;
    const height = texts.length * lineHeight + 2;
    const gap = g.dot + 10;
    const candidates: Box[] = [
      { left: px - width / 2, top: py + gap, right: px + width / 2, bottom: py + gap + height },
      { left: px + 6, top: py + gap, right: px + 6 + width, bottom: py + gap + height },
      { left: px - 6 - width, top: py + gap, right: px - 6, bottom: py + gap + height },
      { left: px + gap, top: py - height / 2, right: px + gap + width, bottom: py + height / 2 },
      { left: px - width / 2, top: py - gap - height, right: px + width / 2, bottom: py - gap },
      { left: px - gap - width, top: py - height / 2, right: px - gap, bottom: py + height / 2 },
    ];
    // Further out, with a longer leader, if nothing near is clear.
    for (const push of [24, 48, 72]) {
      candidates.push(
        { left: px + 6, top: py + gap + push, right: px + 6 + width, bottom: py + gap + push + height },
        { left: px - 6 - width, top: py + gap + push, right: px - 6, bottom: py + gap + push + height },
        { left: px + gap + push, top: py - height / 2, right: px + gap + push + width, bottom: py + height / 2 },
      );
    }
    const inside = (box: Box) => box.left >= frame.left + 2 && box.right <= size.width - 2 && box.top >= frame.top && box.bottom <= frame.bottom;
    const clear = (box: Box) => inside(box) && !segments.some((segment) => segmentHitsBox(segment, box)) && !taken.some((other) => boxesOverlap(other, box));
    const box = candidates.find(clear) ?? candidates.find((candidate) => inside(candidate) && !taken.some((other) => boxesOverlap(other, candidate))) ?? candidates[0]!;
    taken.push(box);
    const key = `callout-${callout.model}`;
    const nearX = Math.min(Math.max(px, box.left), box.right);
    const nearY = Math.min(Math.max(py, box.top), box.bottom);
    const distance = Math.hypot(nearX - px, nearY - py) || 1;
    const ring = g.dot + 5;
    callouts.push({ kind: 'circle', key: `${key}-ring`, className: 'callout-ring', cx: px, cy: py, r: ring });
    callouts.push({ kind: 'line', key: `${key}-leader`, className: 'annotation-line', x1: px + ((nearX - px) / distance) * ring, y1: py + ((nearY - py) / distance) * ring, x2: nearX, y2: nearY });
    texts.forEach((text, index) => {
      callouts.push({ kind: 'text', key: `${key}-${index}`, className: 'callout-text', x: (box.left + box.right) / 2, y: box.top + lineHeight * (index + 1) - 3, text, anchor: 'middle', size: fontSize, weight: index === 0 ? 'bold' : 'normal' });
    });
  }

  // Markers: a dotted event line at the record's date, its label in rows at the foot of the frame.
  const markers: Mark[] = [];
  const rows: { left: number; right: number; row: number }[] = [];
  for (const marker of state.markers) {
    const record = data.markers.get(marker.record);
    if (!record) throw new Error(`closingGaps: "${marker.record}" is not one of the dated records this chart can mark`);
    const mx = xOf(record.date);
    if (mx < frame.left || mx > frame.right) throw new Error(`closingGaps: "${marker.record}" (${record.date}) falls outside the ${view} view's dates`);
    // On a phone the label is the event's name alone, in a narrow block (the step's text gives the
    // date), so that it stays in the empty foot of the frame, clear of the lines and of the y axis.
    const text = variant === 'wide' ? `${marker.label}, ${formatDateShort(record.date.slice(0, 7))}` : marker.label;
    const wrapped = wrapText(text, variant === 'wide' ? 240 : 80, fontSize);
    const width = Math.max(...wrapped.map((line) => estimateTextWidth(line, fontSize)));
    // Wide: labels point inwards. Phone: outwards, into the free ends of the frame's foot and the
    // right margin (whose line labels sit higher up), flipped when a label would not fit.
    const firstHalf = mx < frame.left + frame.width / 2;
    const rightLimit = variant === 'wide' ? frame.right : size.width - 4;
    let toLeft = variant === 'wide' ? !firstHalf : firstHalf;
    if (toLeft && mx - 4 - width < frame.left + 2) toLeft = false;
    else if (!toLeft && mx + 4 + width > rightLimit) toLeft = true;
    const left = toLeft ? mx - 4 - width : mx + 4;
    let row = 0;
    while (rows.some((other) => other.row === row && left < other.right + 6 && other.left < left + width + 6)) row += 1;
    rows.push({ left, right: left + width, row });
    const key = `marker-${slug(marker.record)}`;
    markers.push({ kind: 'line', key, className: 'event-line marker-line', x1: mx, y1: frame.top, x2: mx, y2: frame.bottom, dash: '1 3' });
    wrapped.forEach((line, index) => {
      // Labels sit at the foot of the frame, where the lines of every view leave room.
      markers.push({ kind: 'text', key: `${key}-label-${index}`, className: 'marker-label', x: toLeft ? mx - 4 : mx + 4, y: frame.bottom - 6 - ((row + 1) * wrapped.length - 1 - index) * lineHeight, text: line, anchor: toLeft ? 'end' : 'start', size: fontSize });
    });
  }

  if (isModelView(view)) labels.push(...scoresKey(lines, size, variant));

  const layers: Layer[] = [
    { id: 'axes', marks: axes },
    { id: 'markers', marks: markers },
    { id: 'lines', marks: paths },
    { id: 'dots', marks: dots },
    { id: 'callouts', marks: callouts },
    { id: 'labels', marks: labels },
  ];
  return { size, title: TITLES[view], description: describeState(data, state), layers };
}

const TITLES: Record<View, string> = {
  scores: 'LMArena scores of the best closed and open models over time',
  index: "Epoch AI's capability index of the best closed, best Chinese open and best US open models by month",
  gaps: 'How far the leader led: closed over open models, and the US over China',
  talent: 'Where top-tier AI researchers studied and where they worked, 2019 and 2022',
};

/**
 * The key to the scores view's marks, in the chart (the legend under a chart is the same for every
 * view, and only this view draws models): hollow = closed, filled = open weights, colour = the
 * developer's country, for the kinds of point the lines drawn actually hold.
 */
function scoresKey(lines: ResolvedLine[], size: Size, variant: Variant): Mark[] {
  const g = GEOMETRY[variant];
  const fontSize = g.fontSize;
  const points = lines.flatMap((line) => line.points);
  const items: { look: string; text: string }[] = [];
  if (points.some((point) => point.access === 'closed')) items.push({ look: 'country-us is-closed', text: variant === 'wide' ? 'closed model (US)' : 'closed (US)' });
  if (points.some((point) => point.access !== 'closed' && point.country === 'us')) items.push({ look: 'country-us is-open', text: variant === 'wide' ? 'open weights, US' : 'open, US' });
  if (points.some((point) => point.access !== 'closed' && point.country === 'cn')) items.push({ look: 'country-cn is-open', text: variant === 'wide' ? 'open weights, China' : 'open, China' });
  const gap = variant === 'wide' ? 16 : 9;
  const widths = items.map((item) => g.dot * 2 + 8 + estimateTextWidth(item.text, fontSize));
  let x = size.width - 4 - widths.reduce((total, width) => total + width, 0) - gap * (items.length - 1);
  const yText = fontSize + 1;
  const marks: Mark[] = [];
  items.forEach((item, index) => {
    const id = slug(item.look);
    marks.push({ kind: 'circle', key: `key-${id}`, className: `line-dot ${item.look}`, cx: x + g.dot + 1, cy: yText - fontSize / 3, r: g.dot + 0.5 });
    marks.push({ kind: 'text', key: `key-${id}-text`, className: 'key-text', x: x + g.dot * 2 + 8, y: yText, text: item.text, size: fontSize });
    x += widths[index]! + gap;
  });
  return marks;
}

/**
 * The talent view: a slope chart in two panels, where researchers studied and where they work, each
 * with the tracker's 2019 and 2022 editions, on one y scale. Lines in a panel are like measures.
 */
function layoutTalent(data: ClosingGapsData, state: ClosingGapsState, size: Size, variant: Variant): Scene {
  const spec = VIEWS.talent;
  const g = GEOMETRY[variant];
  const fontSize = g.fontSize;
  const lineHeight = fontSize + 3;
  const frame = plotFrame(size, { ...g.margins, right: variant === 'wide' ? 24 : 8 });
  const y = scaleLinear().domain(spec.domain).range([frame.bottom, frame.top]);
  const lines = resolveLines(data, state);
  const panelWidth = (frame.width - g.panelGap) / 2;
  const panelLeft = (panel: Panel) => frame.left + PANELS.indexOf(panel) * (panelWidth + g.panelGap);
  // Room left of each panel's first edition for its values, and right of its second for the names.
  const x2019 = (panel: Panel) => panelLeft(panel) + (variant === 'wide' ? 52 : 40);
  const x2022 = (panel: Panel) => panelLeft(panel) + panelWidth * (variant === 'wide' ? 0.52 : 0.62);
  const xOf = (panel: Panel, date: string) => (date.startsWith('2019') ? x2019(panel) : x2022(panel));
  const emphasis = (seriesId: string) => (state.highlight.length === 0 ? '' : state.highlight.includes(seriesId) ? ' is-highlighted' : ' is-muted');

  const axes: Mark[] = [...leftAxis(y, frame, { key: 'y-talent', title: spec.title[variant], format: (value) => `${value}%`, tickValues: spec.ticks, grid: true, fontSize })];
  for (const panel of PANELS) {
    const left = panelLeft(panel);
    axes.push({ kind: 'line', key: `x-talent-${panel}-domain`, className: 'axis-domain', x1: left, y1: frame.bottom, x2: left + panelWidth, y2: frame.bottom });
    for (const [edition, x] of [['2019', x2019(panel)], ['2022', x2022(panel)]] as const) {
      axes.push({ kind: 'line', key: `x-talent-${panel}-tick-${edition}`, className: 'axis-tick', x1: x, y1: frame.bottom, x2: x, y2: frame.bottom + 5 });
      axes.push({ kind: 'text', key: `x-talent-${panel}-label-${edition}`, className: 'axis-label', x, y: frame.bottom + 19, text: edition, anchor: 'middle', size: fontSize });
    }
    axes.push({ kind: 'text', key: `x-talent-${panel}-title`, className: 'panel-title', x: left + 4, y: frame.top + fontSize, text: PANEL_TITLES[panel][variant], size: fontSize, weight: 'bold' });
  }
  axes.push({ kind: 'text', key: 'x-talent-title', className: 'axis-title', x: frame.left + frame.width / 2, y: frame.bottom + 38, text: variant === 'wide' ? 'MacroPolo talent tracker edition' : 'Tracker edition', anchor: 'middle', size: fontSize });

  const paths: Mark[] = [];
  const dots: Mark[] = [];
  const labels: Mark[] = [];
  for (const panel of PANELS) {
    const inPanel = lines.filter((line) => line.panel === panel);
    for (const line of inPanel) {
      const muted = emphasis(line.seriesId);
      const d = line.points.map((point, index) => `${index ? 'L' : 'M'}${xOf(panel, point.date).toFixed(1)},${y(point.value).toFixed(1)}`).join('');
      paths.push({ kind: 'path', key: `talent-${line.key}-run-0`, className: `${line.lineClass}${muted}`, d });
      const country = line.lineClass.match(/country-(\w+)/)?.[1] ?? 'other';
      for (const point of line.points) {
        dots.push({ kind: 'circle', key: `talent-${line.key}-${point.date}`, className: `line-dot country-${country} is-open${muted}`, cx: xOf(panel, point.date), cy: y(point.value), r: g.dot + 0.5 });
      }
      // The first edition's value, left of its dot.
      const first = line.points[0]!;
      labels.push({ kind: 'text', key: `talent-${line.key}-first`, className: `line-label${muted}`, x: xOf(panel, first.date) - 8, y: y(first.value) + fontSize / 3, text: spec.value(first.value), anchor: 'end', size: fontSize });
    }
    // Names and last values right of the second edition, stacked so they never overlap.
    const ends = inPanel.filter((line) => line.points.length > 1 || line.points[0]!.date.startsWith('2022'));
    const order = [...ends].sort((a, b) => y(a.points.at(-1)!.value) - y(b.points.at(-1)!.value));
    const room = panelLeft(panel) + panelWidth - x2022(panel) - 10;
    const blocks = order.map((line) => [...wrapText(line.label, room, fontSize), spec.value(line.points.at(-1)!.value)]);
    const tops = stackLabels(
      order.map((line, index) => y(line.points.at(-1)!.value) + fontSize / 3 - ((blocks[index]!.length - 1) * lineHeight) / 2),
      blocks.map((block) => block.length * lineHeight + 2),
      { top: frame.top + fontSize + lineHeight, bottom: frame.bottom },
    );
    order.forEach((line, index) => {
      const country = line.lineClass.match(/country-(\w+)/)?.[1];
      blocks[index]!.forEach((text, lineIndex) => {
        labels.push({
          kind: 'text',
          key: `talent-${line.key}-name-${lineIndex}`,
          className: `line-label${country ? ` label-${country}` : ''}${emphasis(line.seriesId)}`,
          x: x2022(panel) + 8,
          y: tops[index]! + lineIndex * lineHeight,
          text,
          size: fontSize,
          weight: lineIndex === blocks[index]!.length - 1 ? 'bold' : 'normal',
        });
      });
    });
  }
  const layers: Layer[] = [
    { id: 'axes', marks: axes },
    { id: 'markers', marks: [] },
    { id: 'lines', marks: paths },
    { id: 'dots', marks: dots },
    { id: 'callouts', marks: [] },
    { id: 'labels', marks: labels },
  ];
  return { size, title: TITLES.talent, description: describeState(data, state), layers };
}
