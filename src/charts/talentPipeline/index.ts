import { defineChart } from '../contract';
import { column, latestAsOf, sourcesOf } from '../shared/records';
import { compareDates } from '../../data/dates';
import type { DatasetEvent, TimeSeries } from '../../data/schema';
import { formatDate } from '../../i18n/format';
import { LANE_TITLES, formatYuan, isPaySeries, laneOf, layoutTalentPipeline, type TalentPipelineData } from './layout';
import { talentPipelineState } from './state';

const PER_LIST = 'talent-ai-majors-approved';
const TOTAL = 'talent-ai-majors-cumulative';

/**
 * China's education and talent events, and what its ministries, State Council and legislature said or
 * decided on open source (not firms' statements, which the Ecosystems chapter tells); and, from either
 * country, the rules on who may come to study, work and publish (tag "visas").
 */
function isPipelineEvent(event: DatasetEvent): boolean {
  if (event.tags?.includes('visas')) return event.country === 'CN' || event.country === 'US';
  if (event.country !== 'CN') return false;
  if (event.kind === 'education' || event.kind === 'talent') return true;
  return (event.kind === 'statement' || event.kind === 'policy') && /Ministry|State Council|National People's Congress/.test(event.actor) && /open[- ]source/i.test(`${event.title} ${event.summary}`);
}

export default defineChart({
  name: 'talentPipeline',
  form: 'bars',
  stateSchema: talentPipelineState,
  exampleStates: [
    { total: true },
    {
      events: ['moe-ai-education-bases-2024-02', 'moe-ai-schools-circular-2024-12', 'beijing-ai-class-hours-2025', 'university-ai-expansion-2025-03', 'mohrss-ai-shortage-report-2020-05', 'deepseek-job-postings-2025-02'],
      highlight: [{ event: 'moe-ai-schools-circular-2024-12', label: 'Schools told to teach AI at every stage' }, { event: 'beijing-ai-class-hours-2025' }],
    },
    {
      view: 'pay',
      pay: [
        { series: 'talent-liepin-pay-2023', category: 'New-energy-vehicle postings', label: 'Electric-vehicle jobs, average' },
        { series: 'talent-liepin-pay-2023', category: 'AI-generated-content (generative AI) postings', label: 'Generative-AI jobs, average' },
        { series: 'talent-deepseek-salary-postings-2025', category: 'Highest posted role (RMB 110,000 a month x 14)', label: 'DeepSeek, highest-paid posting' },
      ],
      payHighlight: ['Highest posted role (RMB 110,000 a month x 14)'],
    },
  ],

  select(dataset): TalentPipelineData {
    const time = (id: string) => {
      const series = dataset.series.find((record) => record.id === id);
      if (!series || series.kind !== 'time') throw new Error(`talentPipeline: the dataset needs the time series "${id}"`);
      return series as TimeSeries;
    };
    return {
      perList: time(PER_LIST),
      total: time(TOTAL),
      pay: new Map(dataset.series.filter(isPaySeries).map((series) => [series.id, series])),
      events: new Map(dataset.events.filter(isPipelineEvent).map((event) => [event.id, event])),
    };
  },

  layout: layoutTalentPipeline,

  table(data) {
    const rows: Record<string, string | number>[] = [];
    for (const point of data.perList.points) rows.push({ date: formatDate(point.date), lane: 'AI majors', what: 'Universities newly approved for an undergraduate AI major (ministry list)', value: point.value });
    for (const point of data.total.points) rows.push({ date: formatDate(point.date), lane: 'AI majors', what: 'Running total of approved universities (computed: sum of the lists)', value: point.value });
    for (const series of data.pay.values()) {
      for (const point of series.points) {
        rows.push({ date: formatDate(series.asOf), lane: 'Pay', what: `${point.category} (annual pay${series.estimate ? ', estimate' : ''})`, value: `${point.floor ? 'over ' : ''}${formatYuan(point.value)}` });
      }
    }
    for (const event of [...data.events.values()].sort((a, b) => compareDates(a.date, b.date))) {
      rows.push({ date: formatDate(event.date), lane: LANE_TITLES[laneOf(event)].wide, what: `${event.title}. ${event.summary}`, value: '' });
    }
    return {
      caption: "China's AI talent pipeline, and both countries' rules on visas and venues: AI-major approvals, advertised pay and dated events",
      columns: [column('date', 'Date'), column('lane', 'Thread'), column('what', 'What'), column('value', 'Value', { numeric: true })],
      rows,
    };
  },

  sources: (data) => sourcesOf([data.perList, data.total, ...data.pay.values()], data.events.values()),
  asOf: (data) => latestAsOf([...data.events.values()].map((event) => event.date).concat(data.perList.asOf, ...[...data.pay.values()].map((series) => series.asOf))),

  estimate: (data) => [...data.pay.values()].some((series) => series.estimate),

  // No legend under the chart: its two views share no encoding. Each view keys its own marks in
  // the chart (the running total's label, the lane lists, the estimate note under the pay bars).
});
