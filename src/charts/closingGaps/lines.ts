/**
 * The closing chart's lines, resolved from a step's request: each line's points with who made them
 * (country, open or closed weights) as typed fields, and its look (colour, gap kind, dash, arrow),
 * from which every mark's classes are written. Also the per-view specs (axis, dates, value format).
 */
import type { CategorySeries, Model, Series, TimeSeries } from '../../data/schema';
import type { Words } from '../../i18n/words';
import { slug } from '../shared/text';
import type { ClosingGapsState, INDEX_GROUPS, TALENT_CATEGORIES } from './state';

export type View = ClosingGapsState['view'];
export type Country = 'us' | 'cn' | 'other';
export type Access = 'open' | 'closed';
export type GapKind = 'us-china' | 'open-closed';
export interface Encoding {
  country: Country;
  access: Access;
}

export interface MarkerRecord {
  date: string;
  title: string;
}

export interface ClosingGapsData {
  /** The series each view may draw, by id. */
  series: Map<string, Series>;
  /** Who made each leaderboard point and whether its weights are open, by series id, one per point. */
  encodings: Map<string, Encoding[]>;
  /** What each gap series measures the lead of, by series id. */
  gapKinds: Map<string, GapKind>;
  /** Models whose training compute a callout may quote. */
  models: Map<string, Model>;
  /** Reported GPU counts of training runs (category series). */
  gpus: CategorySeries | undefined;
  /** Dated records a marker may show, keyed "events:<id>" or "models:<id>". */
  markers: Map<string, MarkerRecord>;
}

interface ViewSpecBase {
  unit: Series['unit'];
  domain: [number, number];
  ticks: number[];
  /** A value as the view writes it. */
  value: (value: number, words: Words) => string;
}

/** A view over time: its x axis runs between two dates. */
export interface TimeViewSpec extends ViewSpecBase {
  kind: 'time';
  from: string;
  to: string;
  /** The x axis's ticks, as months ("2024-07"), per drawing shape. */
  months: { wide: string[]; narrow: string[] };
}

/** A view over categories (the talent tracker's editions): each layout places them itself. */
interface CategoryViewSpec extends ViewSpecBase {
  kind: 'category';
}

export const VIEWS = {
  scores: {
    unit: 'arena-score',
    kind: 'time',
    domain: [1150, 1550],
    ticks: [1200, 1300, 1400, 1500],
    from: '2024-06-01',
    to: '2025-08-31',
    months: { wide: ['2024-07', '2024-10', '2025-01', '2025-04', '2025-07'], narrow: ['2024-07', '2025-01', '2025-07'] },
    // Written as the prose writes them (<Value> uses the same number format).
    value: (value, words) => words.number(value),
  },
  index: {
    unit: 'index-points',
    kind: 'time',
    domain: [125, 160],
    ticks: [130, 140, 150, 160],
    from: '2024-06-01',
    to: '2026-02-28',
    months: { wide: ['2024-07', '2025-01', '2025-07', '2026-01'], narrow: ['2024-07', '2025-04', '2026-01'] },
    value: (value, words) => words.number(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  },
  gaps: {
    unit: 'percent',
    kind: 'time',
    domain: [0, 10],
    ticks: [0, 2, 4, 6, 8, 10],
    from: '2023-12-01',
    to: '2026-04-30',
    months: { wide: ['2024-01', '2024-07', '2025-01', '2025-07', '2026-01'], narrow: ['2024-01', '2025-01', '2026-01'] },
    // One decimal, as the AI Index rounds its readings ("9.3%", "8.0%"), for every gap alike.
    value: (value, words) => `${words.number(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`,
  },
  talent: {
    unit: 'percent',
    kind: 'category',
    domain: [0, 70],
    ticks: [0, 20, 40, 60],
    value: (value, words) => `${words.number(value)}%`,
  },
} satisfies Record<View, TimeViewSpec | CategoryViewSpec>;

/** Margins, type and dot sizes of the two drawing shapes. */
export const GEOMETRY = {
  wide: { margins: { top: 52, right: 138, bottom: 46, left: 46 }, fontSize: 13, dot: 3.5, panelGap: 28 },
  // The left margin leaves the y labels ("1,500") clear of the phone's edge.
  narrow: { margins: { top: 46, right: 80, bottom: 42, left: 44 }, fontSize: 12, dot: 3, panelGap: 14 },
} as const;

/** The talent view's two panels: where researchers studied (first degree), where they work. */
export type Panel = 'studied' | 'work';
export const PANELS: Panel[] = ['studied', 'work'];
const TALENT: Record<(typeof TALENT_CATEGORIES)[number], { panel: Panel; country: Country }> = {
  'Undergraduate degree in China': { panel: 'studied', country: 'cn' },
  'Undergraduate degree in the US': { panel: 'studied', country: 'us' },
  'Working in the US': { panel: 'work', country: 'us' },
  'Working in China': { panel: 'work', country: 'cn' },
};

/** The index view's groups: who made each line's models and whether their weights are open. */
const INDEX_ENCODINGS: Record<(typeof INDEX_GROUPS)[number], Encoding> = {
  // The series' measure says so: every best closed model in these months is from a US developer.
  closed: { country: 'us', access: 'closed' },
  'cn-open': { country: 'cn', access: 'open' },
  'us-open': { country: 'us', access: 'open' },
};

export interface LinePoint {
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

/** How a line is drawn: what its classes say. */
export interface Look {
  /** The line's colour; absent for a gap, which is coloured by its kind. */
  country?: Country | undefined;
  gap?: GapKind | undefined;
  /** Two published readings, drawn as an arrow between two dots. */
  twoReadings: boolean;
  /** Computed for this site: dashed, and "(computed)" in its name. */
  computed: boolean;
}

export interface ResolvedLine {
  key: string;
  seriesId: string;
  category?: string | undefined;
  series: Series;
  label: string;
  labelAt: 'start' | 'end';
  panel?: Panel | undefined;
  points: LinePoint[];
  look: Look;
}

/** The class of a line (or of one run of it, in another country's colour). */
export function lineClass(look: Look, country = look.country): string {
  const colour = look.gap ? ` gap-line gap-line--${look.gap}${look.twoReadings ? ' gap-line--two-readings' : ''}` : ` country-${country}`;
  return `series-line${colour}${look.computed ? ' is-dashed' : ''}`;
}

/** The gap kind's class, for marks that take a gap's colour ("gap-line--us-china"). */
export const gapClass = (look: Look): string | undefined => (look.gap ? `gap-line--${look.gap}` : undefined);

/** Views that draw models as dots (hollow = closed, filled = open, colour = country). */
export const isModelView = (view: View) => view === 'scores' || view === 'index';

function seriesFor(data: ClosingGapsData, id: string, view: View): Series {
  const series = data.series.get(id);
  if (!series) throw new Error(`closingGaps: "${id}" is not one of the series this chart recalls`);
  const spec = VIEWS[view];
  if (series.unit !== spec.unit || series.kind !== spec.kind) {
    throw new Error(`closingGaps: "${series.id}" (${series.kind}, ${series.unit}) cannot be drawn in the ${view} view (${spec.kind}, ${spec.unit})`);
  }
  return series;
}

function leaderboardPoints(data: ClosingGapsData, series: TimeSeries): LinePoint[] {
  const encodings = data.encodings.get(series.id);
  if (!encodings) throw new Error(`closingGaps: no encoding for leaderboard series "${series.id}"`);
  return series.points.map((point, index) => ({ date: point.date, value: point.value, label: point.label, method: point.group, ...encodings[index]! }));
}

function talentPoints(series: CategorySeries, category: string, country: Country): LinePoint[] {
  const points = series.points
    .filter((point) => point.category === category)
    .map((point) => {
      if (!point.group || !/^\d{4}$/.test(point.group)) throw new Error(`closingGaps: "${series.id}", "${category}" needs points grouped by edition year`);
      // The tracker's editions sample NeurIPS, held each December.
      return { date: `${point.group}-12`, value: point.value, country };
    });
  if (points.length === 0) throw new Error(`closingGaps: series "${series.id}" has no category "${category}"`);
  return points;
}

/** A line's points and colour, by view. */
function pointsAndColour(data: ClosingGapsData, state: ClosingGapsState, index: number, series: Series): { points: LinePoint[]; country?: Country; gap?: GapKind } {
  switch (state.view) {
    case 'index': {
      const group = state.lines[index]!.group;
      const points = (series as TimeSeries).points.filter((point) => point.group === group).map((point) => ({ date: point.date, value: point.value, label: point.label, ...INDEX_ENCODINGS[group] }));
      if (points.length === 0) throw new Error(`closingGaps: series "${series.id}" has no group "${group}"`);
      return { points, country: INDEX_ENCODINGS[group].country };
    }
    case 'scores': {
      const points = leaderboardPoints(data, series as TimeSeries);
      const countries = new Set(points.map((point) => point.country));
      return { points, country: countries.size === 1 ? points[0]!.country : 'other' };
    }
    case 'gaps': {
      // A lead of one country over the other (drawn in the leader's colour, never China's), or of
      // closed models over open ones (neutral).
      const gap = data.gapKinds.get(series.id);
      if (!gap) throw new Error(`closingGaps: "${series.id}" is not a gap series this chart knows`);
      return { points: (series as TimeSeries).points.map((point) => ({ date: point.date, value: point.value, country: 'other' as Country, method: point.group })), gap };
    }
    case 'talent': {
      const { country } = TALENT[state.lines[index]!.category];
      return { points: talentPoints(series as CategorySeries, state.lines[index]!.category, country), country };
    }
  }
}

export function resolveLines(data: ClosingGapsData, state: ClosingGapsState, words: Words): ResolvedLine[] {
  return state.lines.map((line, index) => {
    const series = seriesFor(data, line.series, state.view);
    const computed = series.confidence === 'computed';
    const { points, country, gap } = pointsAndColour(data, state, index, series);
    const category = 'category' in line ? line.category : undefined;
    const group = 'group' in line ? line.group : undefined;
    return {
      key: `line-${series.id}${category ? `-${slug(category)}` : ''}${group ? `-${group}` : ''}`,
      seriesId: series.id,
      category,
      series,
      label: computed && !/\(computed\)/.test(line.label) ? words.t('closingGaps.line.computed', { label: line.label }) : line.label,
      labelAt: line.labelAt,
      panel: category ? TALENT[category as keyof typeof TALENT].panel : undefined,
      points,
      look: { country, gap, computed, twoReadings: state.view === 'gaps' && points.length === 2 && !computed },
    };
  });
}

export function describeState(data: ClosingGapsData, state: ClosingGapsState, words: Words): string {
  const { t } = words;
  const spec = VIEWS[state.view];
  const when = (date: string) => (state.view === 'talent' ? t('closingGaps.describe.edition', { year: date.slice(0, 4) }) : words.dateShort(date));
  const reading = (point: LinePoint) => {
    const values = { value: spec.value(point.value, words), date: when(point.date) };
    return point.label ? t('closingGaps.describe.reading.model', { ...values, model: point.label }) : t('closingGaps.describe.reading', values);
  };
  const parts = resolveLines(data, state, words).map((line) => {
    const name = line.category ? t('closingGaps.describe.name', { series: line.series.label, category: line.category }) : line.series.label;
    const values = { name, first: reading(line.points[0]!), last: reading(line.points.at(-1)!) };
    if (line.look.computed) return t('closingGaps.describe.line.computed', values);
    return line.look.twoReadings ? t('closingGaps.describe.line.twoReadings', values) : t('closingGaps.describe.line', values);
  });
  const text = [t('closingGaps.describe.lines', { lines: words.list(parts, 'clauses') })];
  if (state.view === 'talent') return text.join(' ');
  for (const callout of state.callouts) {
    const model = data.models.get(callout.model);
    if (model?.trainingComputeFlop) text.push(t('closingGaps.describe.callout', { model: model.name, flop: words.scientific(model.trainingComputeFlop) }));
  }
  for (const marker of state.markers) {
    const record = data.markers.get(marker.record);
    if (record) text.push(t('closingGaps.describe.marker', { label: marker.label, date: words.dateShort(record.date) }));
  }
  return text.join(' ');
}

/**
 * Who made a leaderboard point and whether its weights are open. The LMArena series record the
 * model per point, and their notes name the developer's country and licence: read here once, by
 * select(), so that the layout works from typed fields. Best closed models on the leaderboard in
 * these snapshots are all American (GPT, o1, Gemini, Grok); a unit test checks it.
 */
export function pointEncoding(seriesId: string, note: string | undefined): Encoding {
  switch (seriesId) {
    case 'lmarena-best-closed':
      return { country: 'us', access: 'closed' };
    case 'lmarena-best-us-open':
      return { country: 'us', access: 'open' };
    case 'lmarena-best-chinese':
      return { country: 'cn', access: /proprietary/i.test(note ?? '') ? 'closed' : 'open' };
    case 'lmarena-best-open':
      return { country: /\(China\)/.test(note ?? '') ? 'cn' : /\(US\)/.test(note ?? '') ? 'us' : 'other', access: 'open' };
    default:
      throw new Error(`closingGaps: no encoding for leaderboard series "${seriesId}"`);
  }
}
