import { defineChart } from '../contract';
import { column, latestAsOf, sourcesOf } from '../shared/records';
import { compareDates } from '../../data/dates';
import { BARRIERS } from './config';
import { laneName, layoutBarrierTimeline, type BarrierTimelineData } from './layout';
import { barrierTimelineState } from './state';

/** The burst of bans in the weeks after DeepSeek-R1 (January and February 2025), for the zoomed example. */
const BANS = BARRIERS.filter((entry) => entry.lane === 'bans' && /-2025-0[12]-\d\d$/.test(entry.id)).map((entry) => entry.id);

export default defineChart({
  name: 'barrierTimeline',
  form: 'row-timeline',
  stateSchema: barrierTimelineState,
  exampleStates: [
    { events: BARRIERS.map((entry) => entry.id), through: '2026-09' },
    { events: [...BANS, 'hawley-ai-decoupling-bill-2025-01-29', 's1-on-qwen-2025-01-31', 'perplexity-r1-1776-2025-02-18'], highlight: BANS, focus: 'italy-garante-deepseek-2025-01-30', from: '2025-01-20', through: '2025-02-24' },
    { events: ['ntia-open-weights-report-2024-07-30', 'cisco-deepseek-jailbreak-2025-02', 'house-select-committee-deepseek-2025-04-16', 'athene-v2-best-us-open-2024-12-23'], highlight: ['ntia-open-weights-report-2024-07-30'], focus: 'ntia-open-weights-report-2024-07-30' },
  ],

  select(dataset): BarrierTimelineData {
    const events = new Map(
      BARRIERS.map((entry) => {
        const event = dataset.events.find((candidate) => candidate.id === entry.id);
        if (!event) throw new Error(`barrierTimeline: config names event "${entry.id}", which the dataset does not hold`);
        return [entry.id, { event, entry }];
      }),
    );
    return { events };
  },

  layout: layoutBarrierTimeline,

  table(data, words) {
    const { t } = words;
    const items = [...data.events.values()].sort((a, b) => compareDates(a.event.date, b.event.date));
    // The span of the events, to the month.
    const month = (date: string) => words.date(date.slice(0, 7));
    return {
      caption: t('barrierTimeline.table.caption', { from: month(items[0]!.event.date), through: month(items.at(-1)!.event.date) }),
      columns: [column('date', t('charts.column.date')), column('who', t('charts.column.who')), column('what', t('charts.column.what')), column('lane', t('charts.column.kind'))],
      rows: items.map(({ event, entry }) => ({ date: words.date(event.date), who: event.actor, what: event.title, lane: laneName(entry.lane, words) })),
    };
  },

  sources: (data) => sourcesOf([...data.events.values()].map(({ event }) => event)),
  asOf: (data) => latestAsOf([...data.events.values()].map(({ event }) => event.date)),

  legend: (_data, { t }) => [
    { symbol: 'circle', className: 'barrier-dot country-us', label: t('barrierTimeline.legend.us') },
    { symbol: 'circle', className: 'barrier-dot country-other', label: t('barrierTimeline.legend.other') },
  ],
});
