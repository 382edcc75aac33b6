import { defineChart } from '../contract';
import { column, latestAsOf, sourcesOf } from '../shared/records';
import { compareDates } from '../../data/dates';
import { LAB_ROWS, MARKED_EVENTS, rowOf } from './config';
import { layoutReleaseMirrorTimeline, labFor, type Lab, type ReleaseMirrorData } from './layout';
import { releaseMirrorTimelineState } from './state';

/**
 * The window the chart covers: the story's span, from the first open Llama to August 2026, the last
 * month Hugging Face's summer report (the latest broad count of open releases) covers.
 */
const WINDOW = { from: '2022-12', through: '2026-08' };

export default defineChart({
  name: 'releaseMirrorTimeline',
  form: 'row-timeline',
  stateSchema: releaseMirrorTimelineState,
  exampleStates: [
    { models: ['gpt-4', 'gemini-1-ultra', 'claude-3-opus', 'gpt-4o', 'claude-3-5-sonnet', 'o1', 'grok-3', 'claude-4'], highlight: ['gpt-4', 'claude-4'], focus: 'gpt-4' },
    {
      models: ['gpt-4', 'llama-2', 'llama-3-1-405b', 'gpt-4o', 'claude-4', 'qwen-72b', 'deepseek-v2', 'qwen2.5-72b', 'deepseek-v3', 'deepseek-r1', 'qwen3', 'kimi-k2', 'glm-4.5', 'gemma-3', 'gpt-oss'],
      events: ['deepseek-moment-2025-01-27', 'altman-wrong-side-of-history-2025-01-31', 'ai-action-plan-2025-07-23'],
      highlight: ['deepseek-r1', 'gpt-oss', 'kimi-k2', 'glm-4.5', 'ai-action-plan-2025-07-23'],
      focus: 'gpt-oss',
    },
  ],

  select(dataset): ReleaseMirrorData {
    const inWindow = (date: string) => compareDates(date, WINDOW.from) >= 0 && compareDates(date, WINDOW.through) <= 0;
    // Only the leading labs, those with a row: a lab no row takes is left out rather than given a row
    // of its own, so a record added for another chapter cannot crowd the chart.
    const models = new Map(
      dataset.models
        .filter((model) => (model.country === 'US' || model.country === 'CN') && inWindow(model.released) && rowOf(model.organisation))
        .map((model) => [model.id, model]),
    );
    const rows = new Map<string, 'US' | 'CN'>();
    for (const model of models.values()) rows.set(rowOf(model.organisation)!.organisations[0]!, model.country as 'US' | 'CN');
    const order = (key: string) => LAB_ROWS.findIndex((row) => row.organisations[0] === key);
    const labs: Lab[] = [...rows.entries()]
      .map(([organisation, country]) => ({ organisation, country, labelKey: rowOf(organisation)!.labelKey }))
      .sort((a, b) => (a.country === b.country ? 0 : a.country === 'US' ? -1 : 1) || order(a.organisation) - order(b.organisation));
    const events = new Map(
      MARKED_EVENTS.map((id) => {
        const event = dataset.events.find((candidate) => candidate.id === id);
        if (!event) throw new Error(`releaseMirrorTimeline: config names event "${id}", which the dataset does not hold`);
        return [id, { event, marked: id }];
      }),
    );
    return { models, labs, events };
  },

  layout: layoutReleaseMirrorTimeline,

  table(data, words) {
    const { t } = words;
    const models = [...data.models.values()].sort((a, b) => compareDates(a.released, b.released));
    return {
      // From the year of the first release drawn to the end of the window.
      caption: t('releaseMirrorTimeline.table.caption', { from: words.date(models[0]!.released.slice(0, 4)), through: words.date(WINDOW.through) }),
      columns: [
        column('model', t('charts.column.model')), column('lab', t('releaseMirrorTimeline.table.lab')), column('country', t('charts.column.country')),
        column('released', t('charts.column.released')), column('access', t('charts.column.weights')), column('licence', t('charts.column.licence')),
      ],
      rows: models.map((model) => ({
        model: model.name,
        lab: labFor(model, words),
        country: t(`country.${model.country}`),
        released: words.date(model.released),
        access: t(model.access === 'open-weights' ? 'charts.weights.open' : 'charts.weights.closed'),
        licence: model.licence ?? '',
      })),
    };
  },

  sources: (data) => sourcesOf(data.models.values(), [...data.events.values()].map(({ event }) => event)),
  asOf: (data) => latestAsOf([...data.models.values()].map((model) => model.released)),

  legend: (_data, { t }) => [
    { symbol: 'circle', className: 'release country-us is-open', label: t('releaseMirrorTimeline.legend.usOpen') },
    { symbol: 'circle', className: 'release country-us is-closed', label: t('releaseMirrorTimeline.legend.usClosed') },
    { symbol: 'circle', className: 'release country-cn is-open', label: t('releaseMirrorTimeline.legend.cnOpen') },
    { symbol: 'circle', className: 'release country-cn is-closed', label: t('releaseMirrorTimeline.legend.cnClosed') },
    { symbol: 'line', className: 'event-line', label: t('releaseMirrorTimeline.legend.event') },
  ],
});

