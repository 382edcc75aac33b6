import { defineChart } from '../contract';
import { column, latestAsOf, sourcesOf } from '../shared/records';
import { compareDates } from '../../data/dates';
import type { DatasetEvent, TimeSeries } from '../../data/schema';
import { isPaySeries, laneOf, laneTitle, payText, layoutTalentPipeline, type TalentPipelineData } from './layout';
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

  table(data, words) {
    const { t, date } = words;
    const rows: Record<string, string | number>[] = [];
    const majors = t('talentPipeline.table.majors');
    for (const point of data.perList.points) rows.push({ date: date(point.date), lane: majors, what: t('talentPipeline.table.perList'), value: point.value });
    for (const point of data.total.points) rows.push({ date: date(point.date), lane: majors, what: t('talentPipeline.table.total'), value: point.value });
    for (const series of data.pay.values()) {
      for (const point of series.points) {
        const what = t(series.estimate ? 'talentPipeline.table.payWhatEstimate' : 'talentPipeline.table.payWhat', { category: point.category });
        rows.push({ date: date(series.asOf), lane: t('talentPipeline.table.pay'), what, value: payText(point.value, point.floor, false, words) });
      }
    }
    for (const event of [...data.events.values()].sort((a, b) => compareDates(a.date, b.date))) {
      rows.push({ date: date(event.date), lane: laneTitle(words, laneOf(event), 'wide'), what: t('talentPipeline.table.event', { title: event.title, summary: event.summary }), value: '' });
    }
    return {
      caption: t('talentPipeline.table.caption'),
      columns: [
        column('date', t('talentPipeline.table.date')), column('lane', t('talentPipeline.table.lane')), column('what', t('talentPipeline.table.what')),
        column('value', t('talentPipeline.table.value'), { numeric: true }),
      ],
      rows,
    };
  },

  sources: (data) => sourcesOf([data.perList, data.total, ...data.pay.values()], data.events.values()),
  asOf: (data) => latestAsOf([...data.events.values()].map((event) => event.date).concat(data.perList.asOf, ...[...data.pay.values()].map((series) => series.asOf))),

  estimate: (data) => [...data.pay.values()].some((series) => series.estimate),

  // No legend under the chart: its two views share no encoding. Each view keys its own marks in
  // the chart (the running total's label, the lane lists, the estimate note under the pay bars).
});
