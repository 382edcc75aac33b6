import { defineChart } from '../contract';
import { column, latestAsOf, sourcesOf } from '../shared/records';
import type { Dataset, TimeSeries } from '../../data/schema';
import { compareDates } from '../../data/dates';
import { ECI_GROUPS, layoutArena, type ArenaData, type ArenaPoint, type EciGroup, type EciPoint, type LagEstimate, type RankedModel } from './layout';
import { arenaStandingsState } from './state';

const SERIES = {
  closed: 'lmarena-best-closed',
  open: 'lmarena-best-open',
  chinese: 'lmarena-best-chinese',
  usOpen: 'lmarena-best-us-open',
  ranking: 'lmarena-top12-2025-08-04',
} as const;
const CHANGE_EVENT = 'lmarena-method-change-2025-07-23';
const TOP_COUNT = 12;
/** Epoch AI's capability index by month, and Epoch's own estimates of the open-closed lag. */
const ECI = 'epoch-eci-monthly';
const LAG = 'epoch-open-closed-lag';
/**
 * Where the window of each of Epoch's lag estimates starts (each point is dated by its window's end):
 * the October 2025 insight covers January 2023 onwards, the May 2026 one 1 January 2026 onwards.
 */
const LAG_WINDOW_START: Record<string, string> = { 'headline-2025': '2023-01-01', 'analysis-2025': '2023-01-01', 'window-2026': '2026-01-01' };

function timeSeries(dataset: Dataset, id: string): TimeSeries {
  const series = dataset.series.find((entry) => entry.id === id);
  if (!series || series.kind !== 'time') throw new Error(`arenaStandings: needs the time series "${id}"`);
  return series;
}

export default defineChart({
  name: 'arenaStandings',
  form: 'lines',
  stateSchema: arenaStandingsState,
  exampleStates: [
    { view: 'over-time', until: '2024-10' },
    { view: 'over-time', lines: ['closed', 'open', 'us-open'], afterChange: true },
    { view: 'ranking', beyondTop: true },
    { view: 'eci' },
    { view: 'eci', lag: true },
  ],

  select(dataset): ArenaData {
    const closed = timeSeries(dataset, SERIES.closed);
    const open = timeSeries(dataset, SERIES.open);
    const chinese = timeSeries(dataset, SERIES.chinese);
    const usOpen = timeSeries(dataset, SERIES.usOpen);
    const ranking = dataset.series.find((entry) => entry.id === SERIES.ranking);
    if (!ranking || ranking.kind !== 'category') throw new Error(`arenaStandings: needs the category series "${SERIES.ranking}"`);
    const change = dataset.events.find((event) => event.id === CHANGE_EVENT);
    if (!change) throw new Error(`arenaStandings: needs the event "${CHANGE_EVENT}"`);

    // Each best-open point's note names its developer's country, "(China)" or "(US)".
    const countryOfNote = (note: string | undefined, date: string): 'us' | 'cn' => {
      if (/\(China\)/.test(note ?? '')) return 'cn';
      if (/\(US\)/.test(note ?? '')) return 'us';
      throw new Error(`arenaStandings: the best-open point of ${date} does not name its country ("(China)" or "(US)") in its note`);
    };
    const toPoints = (series: TimeSeries, pick: (point: TimeSeries['points'][number]) => Pick<ArenaPoint, 'country' | 'open'>): ArenaPoint[] =>
      [...series.points]
        .sort((a, b) => compareDates(a.date, b.date))
        .map((point) => ({ date: point.date, score: point.value, model: point.label ?? '', segment: point.group ?? 'all', ...pick(point) }));
    const segments = [...new Set(closed.points.map((point) => point.group ?? 'all'))];

    const ranked: RankedModel[] = ranking.points.map((point) => ({
      position: Number(point.category),
      model: point.label ?? '',
      score: point.value,
      country: point.group === 'cn' ? 'cn' : 'us',
      // The file's licence column, kept in the note: "(open)" marks a non-proprietary licence.
      open: /\(open\)/.test(point.note ?? ''),
      note: point.note,
    }));

    const eci = timeSeries(dataset, ECI);
    const lag = timeSeries(dataset, LAG);
    const eciLines = Object.fromEntries(
      ECI_GROUPS.map((group) => {
        const points: EciPoint[] = eci.points
          .filter((point) => point.group === group)
          .sort((a, b) => compareDates(a.date, b.date))
          .map((point) => ({ date: point.date, score: point.value, model: point.label ?? '', note: point.note }));
        if (points.length === 0) throw new Error(`arenaStandings: the series "${ECI}" has no points in the group "${group}"`);
        return [group, points];
      }),
    ) as Record<EciGroup, EciPoint[]>;
    // Each lag estimate is dated by the end of the window it covers.
    const lags: LagEstimate[] = [...lag.points]
      .sort((a, b) => compareDates(a.date, b.date))
      .map((point) => {
        const from = LAG_WINDOW_START[point.group ?? ''];
        if (!from) throw new Error(`arenaStandings: no window start for the lag estimate "${point.group ?? point.date}" of "${LAG}"`);
        return { date: point.date, from, group: point.group!, months: point.value, note: point.note };
      });

    return {
      eci: eciLines,
      eciAsOf: eci.asOf,
      lags,
      lines: {
        closed: toPoints(closed, () => ({ country: 'us', open: false })),
        open: toPoints(open, (point) => ({ country: countryOfNote(point.note, point.date), open: true })),
        'us-open': toPoints(usOpen, () => ({ country: 'us', open: true })),
      },
      segments,
      changeDate: change.date,
      ranking: ranked.sort((a, b) => a.position - b.position),
      rankingDate: ranking.asOf,
      topCount: TOP_COUNT,
      sources: sourcesOf([closed, open, chinese, usOpen, ranking, eci, lag], [change]),
    };
  },

  layout: layoutArena,

  table(data, words) {
    const { t, date } = words;
    const countryName = (country: 'us' | 'cn') => t(country === 'cn' ? 'country.CN' : 'country.US');
    const access = (open: boolean) => t(open ? 'arenaStandings.table.access.open' : 'arenaStandings.table.access.closed');
    const afterChange = t('arenaStandings.table.afterChange', { date: date(data.changeDate.slice(0, 7)) });
    const overTime = (['closed', 'open', 'us-open'] as const).flatMap((key) =>
      data.lines[key].map((point) => ({
        what: t(`arenaStandings.table.best.${key}`),
        date: date(point.date),
        model: point.model,
        country: countryName(point.country),
        access: access(point.open),
        measure: t('arenaStandings.table.arenaScore'),
        score: point.score,
        note: point.segment === data.segments.at(-1) && data.segments.length > 1 ? afterChange : '',
      })),
    );
    const eciRows = ECI_GROUPS.flatMap((group) =>
      data.eci[group].map((point) => ({
        what: t(`arenaStandings.table.eci.${group}`),
        date: date(point.date),
        model: point.model,
        country: countryName(group === 'cn-open' ? 'cn' : 'us'),
        access: access(group !== 'closed'),
        measure: t('arenaStandings.table.eciMeasure'),
        score: point.score,
        note: point.note ?? '',
      })),
    );
    const lagRows = data.lags.map((lag) => ({
      what: t('arenaStandings.table.lag'),
      date: date(lag.date),
      model: '',
      country: '',
      access: '',
      measure: t('arenaStandings.table.months'),
      score: lag.months,
      note: lag.note ?? '',
    }));
    const ranking = data.ranking.map((entry) => ({
      what: t('arenaStandings.table.rank', { position: entry.position, date: date(data.rankingDate) }),
      date: date(data.rankingDate),
      model: entry.model,
      country: countryName(entry.country),
      access: access(entry.open),
      measure: t('arenaStandings.table.arenaScore'),
      score: entry.score,
      note: entry.note ?? '',
    }));
    const columns = ['what', 'date', 'model', 'country', 'access', 'measure', 'score', 'note'] as const;
    return {
      caption: t('arenaStandings.table.caption', { rankingDate: date(data.rankingDate), eciDate: date(data.eciAsOf) }),
      columns: columns.map((key) => column(key, t(`arenaStandings.table.${key}`), key === 'score' ? { numeric: true } : {})),
      rows: [...overTime, ...ranking, ...eciRows, ...lagRows],
    };
  },

  sources: (data) => data.sources,
  asOf: (data) => latestAsOf([data.rankingDate, data.eciAsOf, ...data.lags.map((lag) => lag.date)]),
  estimate: () => true,

  legend: (_data, { t }) => [
    { symbol: 'circle', className: 'arena-point country-us is-closed', label: t('arenaStandings.legend.closed') },
    { symbol: 'circle', className: 'arena-point country-us is-open', label: t('arenaStandings.legend.usOpen') },
    { symbol: 'circle', className: 'arena-point country-cn is-open', label: t('arenaStandings.legend.cnOpen') },
  ],
});
