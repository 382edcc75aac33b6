import { defineChart } from '../contract';
import { column, latestAsOf, sourcesOf } from '../shared/records';
import { compareDates } from '../../data/dates';
import { formatDate } from '../../i18n/format';
import { BARRIERS, LANES } from './config';
import { layoutBarrierTimeline, type BarrierTimelineData } from './layout';
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

  table(data) {
    const laneName = (key: string) => LANES.find((lane) => lane.key === key)!.label.join(' ');
    return {
      caption: 'Risks and barriers around open models, and Chinese ones in particular, July 2024 to August 2026',
      columns: [column('date', 'Date'), column('who', 'Who'), column('what', 'What'), column('lane', 'Kind')],
      rows: [...data.events.values()]
        .sort((a, b) => compareDates(a.event.date, b.event.date))
        .map(({ event, entry }) => ({ date: formatDate(event.date), who: event.actor, what: event.title, lane: laneName(entry.lane) })),
    };
  },

  sources: (data) => sourcesOf([...data.events.values()].map(({ event }) => event)),
  asOf: (data) => latestAsOf([...data.events.values()].map(({ event }) => event.date)),

  legend: () => [
    { symbol: 'circle', className: 'barrier-dot country-us', label: 'US actor' },
    { symbol: 'circle', className: 'barrier-dot country-other', label: 'Other government or bloc' },
  ],
});
