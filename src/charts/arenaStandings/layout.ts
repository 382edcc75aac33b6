/**
 * The leaderboard story in three views. LMArena's text leaderboard two ways: Over time: the best closed model's score against the best
 * open model's (and the best open model from a US developer), with the July 2025 scoring change
 * drawn as a break, never joined across. On one date: the top twelve models as a dot plot, with
 * the Chinese open models that ranked lower below a gap. Then, because no LMArena snapshot after
 * August 2025 was found, Epoch AI's capability index (ECI) by month: the best closed model, the best
 * Chinese open model and the best US open model, with the end of the LMArena series marked and, when
 * asked, Epoch's own estimates of the open-closed lag drawn over the windows they cover. The index is
 * a different measure from an arena score (benchmarks, not votes), so it has its own view and axis
 * and is never joined to the arena lines.
 *
 * Encodings, so colour is never alone: filled = open weights, hollow = closed (the site-wide
 * convention); colour = the developer's country, and every line and dot is named; all lines are
 * solid (a dash on this site means an estimate): the best closed model is a solid line with hollow
 * markers, the best open models solid lines with filled markers. The best-open line is grey, its
 * dots take the colour of whichever country held the lead at that snapshot. The scoring change is
 * a thin dotted event line, labelled on the chart.
 */
import { scaleLinear, type ScaleLinear, type ScaleTime } from 'd3-scale';
import { line } from 'd3-shape';
import { compareDates } from '../../data/dates';
import type { Words } from '../../i18n/words';
import type { Layer, Mark, Scene, Size, Variant } from '../contract';
import { bottomAxis, leftAxis } from '../shared/axis';
import { plotFrame, type Drawing } from '../shared/frame';
import { estimateTextWidth } from '../shared/labels';
import { monthAxis, timeScale, xOfDate } from '../shared/timeAxis';
import { utcMonth } from 'd3-time';
import type { ArenaStandingsState } from './state';

export type LineKey = 'closed' | 'open' | 'us-open';
type Country = 'us' | 'cn';

export interface ArenaPoint {
  date: string;
  score: number;
  model: string;
  country: Country;
  open: boolean;
  /** Which export of the leaderboard the point comes from; scoring changed between them. */
  segment: string;
}

export interface RankedModel {
  position: number;
  model: string;
  score: number;
  country: Country;
  open: boolean;
  note?: string | undefined;
}

export type EciGroup = 'closed' | 'cn-open' | 'us-open';

/** The best capability-index score among models released by the end of a month. */
export interface EciPoint {
  date: string;
  score: number;
  model: string;
  note?: string | undefined;
}

/** One of Epoch's estimates of how far open models trail closed ones, dated by the end of its window. */
export interface LagEstimate {
  date: string;
  /** Where the estimate's window starts. */
  from: string;
  group: string;
  months: number;
  note?: string | undefined;
}

export interface ArenaData {
  eci: Record<EciGroup, EciPoint[]>;
  /** The last month of the capability-index series (the copy of Epoch's table ends there). */
  eciAsOf: string;
  lags: LagEstimate[];
  lines: Record<LineKey, ArenaPoint[]>;
  /** Segment names in order; the last is the export after the scoring change. */
  segments: string[];
  changeDate: string;
  ranking: RankedModel[];
  rankingDate: string;
  /** Positions beyond this are "below the top" and shown only when a step asks. */
  topCount: number;
  sources: string[];
}

const EXPERIMENTAL = /-\d{2}-\d{2}-Experimental$/;

/** Shorter model names for labels: dates and build tags dropped ("Qwen3-235B-A22B-Instruct-2507" -> "Qwen3-235B-A22B-Instruct"). */
export function shortArenaName(name: string, variant: Variant, { t }: Words): string {
  const base = name.replace(/\s*\(.*\)$/, '');
  const experimental = EXPERIMENTAL.test(base);
  let text = experimental
    ? base.replace(EXPERIMENTAL, '')
    : base
        .replace(/-\d{4}-\d{2}-\d{2}$/, '')
        .replace(/-\d{4}-preview$/i, '')
        .replace(/-Preview-\d{2}-\d{2}$/, ' Preview')
        .replace(/-\d{4}$/, '')
        .replace(/^kimi-k2$/, 'Kimi-K2');
  // The leaderboard files spell some names in lower case: "Deepseek-v2.5", "Athene-v2".
  text = text.replace(/^Deepseek-v(\d)/i, 'DeepSeek-V$1').replace(/^Athene-v(\d)/, 'Athene-V$1');
  if (variant === 'narrow') {
    if (experimental && text === 'Llama-4-Maverick') return t('arenaStandings.model.experimentalShort', { name: 'Llama 4' });
    text = text
      .replace('-Pro Preview', ' Preview')
      .replace('-Preview', ' Preview')
      .replace('-235B-A22B', '')
      .replace('-Instruct', '')
      .replace('-Thinking', ' Thinking')
      .replace('ChatGPT-4o-latest', 'ChatGPT-4o');
  }
  return experimental ? t('arenaStandings.model.experimental', { name: text }) : text;
}

function visiblePoints(data: ArenaData, state: ArenaStandingsState, key: LineKey): ArenaPoint[] {
  const lastSegment = data.segments.at(-1);
  return data.lines[key].filter((point) => (state.afterChange || point.segment !== lastSegment) && (!state.until || compareDates(point.date, state.until) <= 0));
}

function checkState(state: ArenaStandingsState) {
  if (state.view === 'over-time' && state.lines.length === 0) throw new Error('arenaStandings: the over-time view needs at least one line');
  if (state.view !== 'ranking' && state.beyondTop) throw new Error('arenaStandings: beyondTop applies to the ranking view only');
  if (state.view !== 'over-time' && (state.until || state.afterChange)) throw new Error('arenaStandings: until and afterChange apply to the over-time view only');
  if (state.view !== 'eci' && state.lag) throw new Error('arenaStandings: lag applies to the capability-index view only');
}

export const ECI_GROUPS: EciGroup[] = ['closed', 'cn-open', 'us-open'];

/** "Jan 2023 to Oct 2025", "Jan to May 2026" ("Jan–May 2026" when short): a lag estimate's window, from its start to its date. */
function lagWindow({ t, dateShort, dateShortWithoutYear }: Words, lag: LagEstimate, short = false): string {
  const start = dateShort(lag.from.slice(0, 7));
  const end = dateShort(lag.date.slice(0, 7));
  const sameYear = lag.from.slice(0, 4) === lag.date.slice(0, 4);
  if (!sameYear) return t('arenaStandings.lag.window', { from: start, to: end });
  // Within one year the start is named by its month alone.
  return t(short ? 'arenaStandings.lag.window.short' : 'arenaStandings.lag.window', { from: dateShortWithoutYear(lag.from.slice(0, 7)), to: end });
}

/** Only the months where the leader changes, so a reader hears the story, not every month. */
function changes(points: EciPoint[]): EciPoint[] {
  return points.filter((point, index) => index === 0 || point.model !== points[index - 1]!.model);
}

function describeEci(data: ArenaData, state: ArenaStandingsState, words: Words): string {
  const { t, dateShort } = words;
  const score = (value: number) => words.number(value, { maximumFractionDigits: 1 });
  const parts = ECI_GROUPS.map((group) =>
    t('arenaStandings.describe.eciGroup', {
      name: t(`arenaStandings.best.${group}`),
      changes: words.list(
        changes(data.eci[group]).map((point) => t('arenaStandings.describe.eciChange', { date: dateShort(point.date), model: point.model, score: score(point.score) })),
        'items',
      ),
      date: dateShort(data.eciAsOf),
      score: score(data.eci[group].at(-1)!.score),
    }),
  );
  parts.unshift(t('arenaStandings.describe.eci', { from: dateShort(data.eci.closed[0]!.date), to: dateShort(data.eciAsOf) }));
  parts.push(t('arenaStandings.describe.arenaEnd', { date: words.date(data.rankingDate) }));
  if (state.lag) {
    for (const lag of data.lags) parts.push(t('arenaStandings.describe.lag', { window: lagWindow(words, lag), months: words.number(lag.months), note: lag.note ?? '' }));
  }
  return parts.join(' ');
}

export function describeState(data: ArenaData, state: ArenaStandingsState, words: Words): string {
  const { t } = words;
  checkState(state);
  if (state.view === 'eci') return describeEci(data, state, words);
  if (state.view === 'ranking') {
    const shown = data.ranking.filter((entry) => state.beyondTop || entry.position <= data.topCount);
    const list = shown.map((entry) =>
      t('arenaStandings.describe.rankingEntry', {
        position: entry.position,
        model: entry.model,
        country: t(`arenaStandings.country.${entry.country}`),
        access: t(entry.open ? 'arenaStandings.access.open' : 'arenaStandings.access.closed'),
        score: entry.score,
      }),
    );
    return t('arenaStandings.describe.ranking', { date: words.date(data.rankingDate), list: words.list(list, 'clauses') });
  }
  const parts: string[] = [];
  for (const key of state.lines) {
    const points = visiblePoints(data, state, key);
    if (points.length === 0) continue;
    const texts = points.map((point) => t('arenaStandings.describe.point', { date: words.dateShort(point.date), model: point.model, country: t(`arenaStandings.country.${point.country}`), score: point.score }));
    parts.push(t('arenaStandings.describe.line', { name: t(`arenaStandings.best.${key}`), points: words.list(texts, 'items') }));
  }
  if (state.afterChange) parts.push(t('arenaStandings.describe.change', { date: words.date(data.changeDate) }));
  return parts.join(' ');
}

type EndLabel = { key: string; y: number; text: string; model?: string; className: string; x: number };

/** Line-end labels (a line's name, and on a desktop its latest model under it), stacked downward when they would touch. */
function endLabelMarks(endLabels: EndLabel[], variant: Variant, font: number): Mark[] {
  const labelHeight = variant === 'wide' ? 2 * font + 5 : font + 3;
  endLabels.sort((a, b) => a.y - b.y);
  for (let index = 1; index < endLabels.length; index++) {
    const previous = endLabels[index - 1]!;
    if (endLabels[index]!.y - previous.y < labelHeight) endLabels[index]!.y = previous.y + labelHeight;
  }
  return endLabels.flatMap((label) => [
    { kind: 'text', key: label.key, className: label.className, x: label.x, y: label.y, text: label.text, size: font, weight: 'bold' } satisfies Mark,
    ...(label.model ? [{ kind: 'text', key: `${label.key}-model`, className: `${label.className} arena-end-model`, x: label.x, y: label.y + font + 2, text: label.model, size: font } satisfies Mark] : []),
  ]);
}

/** A time view (over time, or the capability index): its frame, scales and font. */
interface TimePlot extends Drawing<ArenaStandingsState> {
  data: ArenaData;
  font: number;
  x: ScaleTime<number, number>;
  y: ScaleLinear<number, number>;
}

function timePlot(data: ArenaData, state: ArenaStandingsState, size: Size, variant: Variant, words: Words, from: string, to: string, domain: [number, number]): TimePlot {
  const frame = plotFrame(size, variant === 'wide' ? { top: 40, right: 150, bottom: 40, left: 50 } : { top: 36, right: 74, bottom: 30, left: 38 });
  const x = timeScale(from, to, frame);
  const y = scaleLinear().domain(domain).range([frame.bottom, frame.top]);
  return { data, state, variant, size, frame, words, font: variant === 'wide' ? 13 : 12, x, y };
}

/** The score axis, and months along the bottom (titled on a desktop only). */
function timeAxes({ x, y, frame, variant, font, words }: TimePlot, keys: { y: string; x: string }, yTitle: string, yTicks: number[], xTitle: string, every: number): Mark[] {
  return [
    ...leftAxis(y, frame, { key: keys.y, title: yTitle, format: String, tickValues: yTicks, grid: true, fontSize: font }),
    ...monthAxis(x, frame, { key: keys.x, title: variant === 'wide' ? xTitle : '', months: x.ticks(utcMonth.every(every)!), fontSize: font, words }).filter(
      (mark) => variant === 'wide' || mark.key !== `${keys.x}-title`,
    ),
  ];
}

/** One path per export (the scoring change is a break, not a step in the data), its points, and its end label. */
function arenaLine(p: TimePlot, key: LineKey, marks: Mark[], endLabels: EndLabel[]): void {
  const { data, state, variant, x, y, words } = p;
  const points = visiblePoints(data, state, key);
  for (const segment of data.segments) {
    const inSegment = points.filter((point) => point.segment === segment);
    if (inSegment.length < 2) continue;
    const d = line<ArenaPoint>()
      .x((point) => xOfDate(x, point.date))
      .y((point) => y(point.score))(inSegment);
    marks.push({ kind: 'path', key: `line-${key}-${segment}`, className: `arena-line line-${key}${key === 'closed' ? ' country-us' : key === 'us-open' ? ' country-us' : ' country-other'}`, d: d ?? '' });
  }
  for (const point of points) {
    marks.push({
      kind: 'circle',
      key: `point-${key}-${point.date}`,
      className: `arena-point line-${key} country-${point.country} ${point.open ? 'is-open' : 'is-closed'}`,
      cx: xOfDate(x, point.date),
      cy: y(point.score),
      r: variant === 'wide' ? 4.5 : 3.5,
    });
  }
  const last = points.at(-1);
  if (!last) return;
  const name = shortArenaName(last.model, variant, words);
  // On a desktop the line's name and its latest model go on two lines, so both fit the margin.
  endLabels.push({
    key: `end-label-${key}`,
    x: xOfDate(x, last.date) + 8,
    y: y(last.score) + 4,
    text: words.t(`arenaStandings.end.${key}`),
    ...(variant === 'wide' ? { model: name.replace(/-(it|Instruct)$/i, '') } : {}),
    className: `arena-end-label label-${key === 'open' ? last.country : 'us'}`,
  });
}

/** Names the first snapshot where the best open model came from China. */
function firstChineseNote({ data, state, variant, x, y, frame, font, words }: TimePlot): Mark[] {
  if (!state.lines.includes('open')) return [];
  const points = visiblePoints(data, state, 'open');
  const firstChinese = points.find((point) => point.country === 'cn');
  if (!firstChinese || firstChinese === points.at(-1)) return [];
  const px = xOfDate(x, firstChinese.date);
  const py = y(firstChinese.score);
  const model = shortArenaName(firstChinese.model, variant, words);
  // Below the point, clear of the lines: in these months the open lines run flat just above.
  const lines = variant === 'wide' ? [words.t('arenaStandings.firstCn.lead'), words.t('arenaStandings.firstCn.with', { model })] : [model];
  const widest = Math.max(...lines.map((text) => estimateTextWidth(text, font) * 1.08));
  const centre = Math.min(Math.max(px, frame.left + 4 + widest / 2), frame.right - widest / 2);
  const top = py + (variant === 'wide' ? 30 : 24);
  return [
    { kind: 'line', key: 'first-cn-leader', className: 'leader-line', x1: px, y1: py + 6, x2: px, y2: top - font },
    ...lines.map((text, index): Mark => ({ kind: 'text', key: `first-cn-label-${index}`, className: 'arena-note label-cn', x: centre, y: top + index * (font + 3), text, anchor: 'middle', size: font, weight: 'bold' })),
  ];
}

function layoutOverTime(data: ArenaData, state: ArenaStandingsState, size: Size, variant: Variant, words: Words): Layer[] {
  const allDates = Object.values(data.lines).flat().map((point) => point.date).sort(compareDates);
  const p = timePlot(data, state, size, variant, words, `${allDates[0]!.slice(0, 7)}-01`, '2025-08-20', [1200, 1500]);
  const { t } = words;
  // Months on the time axis: the snapshots span about a year.
  const axes = timeAxes(p, { y: 'y', x: 'x' }, t(`arenaStandings.axis.score.${variant}`), [1200, 1300, 1400, 1500], t('arenaStandings.axis.snapshot'), variant === 'wide' ? 3 : 6);

  const guides: Mark[] = [];
  if (state.afterChange) {
    const cx = xOfDate(p.x, data.changeDate);
    guides.push({ kind: 'line', key: 'change-line', className: 'change-line event-line', dash: '1 3', x1: cx, y1: p.frame.top, x2: cx, y2: p.frame.bottom });
    guides.push({ kind: 'text', key: 'change-label', className: 'change-label', x: cx - 4, y: p.frame.bottom - 8, text: t(`arenaStandings.change.${variant}`), anchor: 'end', size: p.font });
  }

  const marks: Mark[] = [];
  const endLabels: EndLabel[] = [];
  const drawOrder: LineKey[] = ['us-open', 'closed', 'open'];
  for (const key of drawOrder) if (state.lines.includes(key)) arenaLine(p, key, marks, endLabels);
  const labels = [...endLabelMarks(endLabels, variant, p.font), ...firstChineseNote(p)];

  return [
    { id: 'axes', marks: axes },
    { id: 'guides', marks: guides },
    { id: 'series', marks },
    { id: 'labels', marks: labels },
  ];
}

function layoutRanking(data: ArenaData, state: ArenaStandingsState, size: Size, variant: Variant, words: Words): Layer[] {
  const { t } = words;
  const font = variant === 'wide' ? 13 : 12;
  const shown = data.ranking.filter((entry) => state.beyondTop || entry.position <= data.topCount);
  const extra = shown.some((entry) => entry.position > data.topCount);
  const rows = data.topCount + (extra ? 1 + shown.filter((entry) => entry.position > data.topCount).length : 0);
  const frame = plotFrame(size, variant === 'wide' ? { top: 44, right: 44, bottom: 40, left: 274 } : { top: 38, right: 24, bottom: 40, left: 166 });
  const rowStep = frame.height / Math.max(rows, data.topCount + 3);
  const minScore = Math.min(...data.ranking.map((entry) => entry.score));
  const x = scaleLinear().domain([Math.floor((minScore - 10) / 20) * 20, 1480]).range([frame.left, frame.right]);
  const rowY = (entry: RankedModel) => {
    const index = entry.position <= data.topCount ? entry.position - 1 : data.topCount + 1 + shown.filter((other) => other.position > data.topCount && other.position < entry.position).length;
    return frame.top + rowStep * (index + 0.5);
  };
  const axes: Mark[] = bottomAxis(x, frame, { key: 'score', title: t(`arenaStandings.ranking.axis.${variant}`), format: String, tickValues: x.ticks(4), grid: true, fontSize: font });
  const marks: Mark[] = [];
  const labels: Mark[] = [];
  labels.push({
    kind: 'text',
    key: 'ranking-title',
    className: 'arena-note',
    x: 2,
    y: 16,
    text: variant === 'wide' ? t('arenaStandings.ranking.heading.wide', { date: words.date(data.rankingDate) }) : t('arenaStandings.ranking.heading.narrow', { date: words.dateShort(data.rankingDate) }),
    size: font,
    weight: 'bold',
  });
  for (const entry of shown) {
    const cy = rowY(entry);
    marks.push({ kind: 'line', key: `rank-guide-${entry.position}`, className: 'rank-guide', x1: frame.left, y1: cy, x2: x(entry.score), y2: cy });
    marks.push({ kind: 'circle', key: `rank-dot-${entry.position}`, className: `arena-point country-${entry.country} ${entry.open ? 'is-open' : 'is-closed'}`, cx: x(entry.score), cy, r: variant === 'wide' ? 6 : 4.5 });
    labels.push({
      kind: 'text',
      key: `rank-name-${entry.position}`,
      className: `rank-name${entry.country === 'cn' ? ' label-cn' : ''}`,
      x: frame.left - 8,
      y: cy + font / 2 - 2,
      text: t('arenaStandings.ranking.name', { position: entry.position, model: shortArenaName(entry.model, variant, words) }),
      anchor: 'end',
      size: font,
      weight: entry.open ? 'bold' : 'normal',
    });
    if (variant === 'wide') {
      labels.push({ kind: 'text', key: `rank-score-${entry.position}`, className: 'rank-score', x: x(entry.score) + 10, y: cy + font / 2 - 2, text: String(entry.score), size: font });
    }
  }
  if (extra) {
    const gapY = frame.top + rowStep * (data.topCount + 0.5);
    labels.push({ kind: 'text', key: 'rank-gap', className: 'rank-gap', x: frame.left - 8, y: gapY + font / 2 - 2, text: t(`arenaStandings.ranking.gap.${variant}`), anchor: 'end', size: font });
  }
  return [
    { id: 'axes', marks: axes },
    { id: 'series', marks },
    { id: 'labels', marks: labels },
  ];
}

/** Where the capability-index view's time axis starts and ends: LMArena's first snapshot's month to mid-2026. */
const ECI_AXIS = { from: '2024-07-01', to: '2026-06-30' };
const ECI_DOMAIN: [number, number] = [115, 160];

/** Where the LMArena series stops, and why the chart changes source, on the chart itself: the arena data stop here. */
function arenaEndGuides({ data, x, frame, font, variant, words }: TimePlot): Mark[] {
  const { t } = words;
  const endX = xOfDate(x, data.rankingDate);
  const endLines =
    variant === 'wide'
      ? [t('arenaStandings.arenaEnd.wide', { date: words.dateShort(data.rankingDate.slice(0, 7)) }), t('arenaStandings.arenaEnd.wide.why')]
      : [t('arenaStandings.arenaEnd.narrow'), t('arenaStandings.arenaEnd.narrow.why')];
  return [
    { kind: 'line', key: 'arena-end-line', className: 'change-line event-line', dash: '1 3', x1: endX, y1: frame.top, x2: endX, y2: frame.bottom },
    ...endLines.map((text, index): Mark => ({ kind: 'text', key: index === 0 ? 'arena-end-label' : `arena-end-label-${index}`, className: 'change-label', x: endX - 4, y: frame.top + font + index * (font + 3), text, anchor: 'end', size: font })),
  ];
}

/** Epoch's lag estimates: a window inside the axis is shaded and named at its top; earlier ones share one bar along the bottom. */
function lagGuides({ data, x, y, frame, font, variant, words }: TimePlot): Mark[] {
  const { t } = words;
  const guides: Mark[] = [];
  for (const lag of data.lags) {
    const x0 = Math.max(frame.left, xOfDate(x, lag.from));
    const x1 = Math.min(frame.right, xOfDate(x, lag.date));
    if (x1 <= x0) continue;
    const months = t('arenaStandings.lag.months', { months: words.number(lag.months) });
    if (compareDates(lag.from, ECI_AXIS.from) >= 0) {
      // A window inside the axis (January to May 2026): shaded, named at its top.
      guides.push({ kind: 'rect', key: `lag-band-${lag.group}`, className: 'lag-band', x: x0, y: frame.top, width: x1 - x0, height: frame.height });
      const lines =
        variant === 'wide'
          ? [t('arenaStandings.lag.band.wide', { window: lagWindow(words, lag) }), t('arenaStandings.lag.band.wide.months', { months }), t('arenaStandings.lag.band.wide.behind')]
          : [t('arenaStandings.lag.band.narrow', { window: lagWindow(words, lag, true) }), t('arenaStandings.lag.band.narrow.months', { months })];
      lines.forEach((text, index) => {
        guides.push({ kind: 'text', key: `lag-label-${lag.group}-${index}`, className: 'lag-label', x: x0 + 4, y: y(ECI_DOMAIN[0] + 2) - (lines.length - 1 - index) * (font + 3), text, size: font, weight: index === 0 ? 'bold' : 'normal' });
      });
    }
  }
  // The earlier windows start before the axis: one bar along the bottom, its figures side by side.
  const earlier = data.lags.filter((lag) => compareDates(lag.from, ECI_AXIS.from) < 0);
  if (earlier.length > 0) {
    const end = Math.min(frame.right, xOfDate(x, earlier[0]!.date));
    const barY = y(ECI_DOMAIN[0] + 1.5);
    guides.push({ kind: 'line', key: 'lag-bar-earlier', className: 'lag-bar', x1: frame.left, y1: barY, x2: end, y2: barY });
    guides.push({ kind: 'line', key: 'lag-bar-earlier-end', className: 'lag-bar', x1: end, y1: barY - 4, x2: end, y2: barY + 4 });
    guides.push({ kind: 'path', key: 'lag-bar-earlier-start', className: 'lag-bar-head', d: `M${frame.left.toFixed(1)},${barY.toFixed(1)} L${(frame.left + 7).toFixed(1)},${(barY - 4).toFixed(1)} L${(frame.left + 7).toFixed(1)},${(barY + 4).toFixed(1)} Z` });
    const figures = words.list(
      earlier.map((lag) => words.number(lag.months)),
      'or',
    );
    const text =
      variant === 'wide'
        ? t('arenaStandings.lag.earlier.wide', { window: lagWindow(words, earlier[0]!), figures })
        : t('arenaStandings.lag.earlier.narrow', { date: words.dateShort(earlier[0]!.date.slice(0, 7)), figures });
    guides.push({ kind: 'text', key: 'lag-label-earlier', className: 'lag-label', x: frame.left + 10, y: barY - 6, text, size: font, weight: 'bold' });
  }
  return guides;
}

/** The three index lines, their points, and their end labels. */
function eciSeries({ data, x, y, variant, font, words }: TimePlot): { marks: Mark[]; labels: Mark[] } {
  const marks: Mark[] = [];
  const endLabels: EndLabel[] = [];
  const groups: EciGroup[] = ['us-open', 'closed', 'cn-open'];
  const country = (group: EciGroup) => (group === 'cn-open' ? 'cn' : 'us');
  for (const group of groups) {
    const points = data.eci[group];
    const d = line<EciPoint>()
      .x((point) => xOfDate(x, point.date))
      .y((point) => y(point.score))(points);
    marks.push({ kind: 'path', key: `eci-line-${group}`, className: `arena-line eci-line eci-line-${group} country-${country(group)}`, d: d ?? '' });
    for (const point of points) {
      marks.push({
        kind: 'circle',
        key: `eci-point-${group}-${point.date}`,
        className: `arena-point eci-point country-${country(group)} ${group === 'closed' ? 'is-closed' : 'is-open'}`,
        cx: xOfDate(x, point.date),
        cy: y(point.score),
        r: variant === 'wide' ? 3.5 : 2.8,
      });
    }
    const last = points.at(-1)!;
    endLabels.push({
      key: `eci-end-label-${group}`,
      x: xOfDate(x, last.date) + 8,
      y: y(last.score) + 4,
      text: words.t(`arenaStandings.end.${group}`),
      ...(variant === 'wide' ? { model: last.model } : {}),
      className: `arena-end-label label-${country(group)}`,
    });
  }
  return { marks, labels: endLabelMarks(endLabels, variant, font) };
}

function layoutEci(data: ArenaData, state: ArenaStandingsState, size: Size, variant: Variant, words: Words): Layer[] {
  const p = timePlot(data, state, size, variant, words, ECI_AXIS.from, ECI_AXIS.to, ECI_DOMAIN);
  const { t } = words;
  const axes = timeAxes(p, { y: 'eci-y', x: 'eci-x' }, t(`arenaStandings.eci.axis.${variant}`), [120, 130, 140, 150, 160], t('arenaStandings.eci.month'), 6);
  const guides = [...arenaEndGuides(p), ...(state.lag ? lagGuides(p) : [])];
  const { marks, labels } = eciSeries(p);
  return [
    { id: 'axes', marks: axes },
    { id: 'guides', marks: guides },
    { id: 'series', marks },
    { id: 'labels', marks: labels },
  ];
}

export function layoutArena(data: ArenaData, state: ArenaStandingsState, size: Size, variant: Variant, words: Words): Scene {
  const { t } = words;
  const description = describeState(data, state, words);
  const layers =
    state.view === 'ranking' ? layoutRanking(data, state, size, variant, words) : state.view === 'eci' ? layoutEci(data, state, size, variant, words) : layoutOverTime(data, state, size, variant, words);
  return {
    size,
    title:
      state.view === 'ranking'
        ? t('arenaStandings.title.ranking', { date: words.date(data.rankingDate) })
        : state.view === 'eci'
          ? t('arenaStandings.title.eci')
          : t('arenaStandings.title.overTime'),
    description,
    layers,
  };
}
