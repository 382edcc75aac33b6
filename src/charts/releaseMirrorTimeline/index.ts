import { defineChart } from '../contract';
import { column, latestAsOf, sourcesOf } from '../shared/records';
import { compareDates } from '../../data/dates';
import { formatDate } from '../../i18n/format';
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
      .map(([organisation, country]) => ({ organisation, country, label: rowOf(organisation)!.label }))
      .sort((a, b) => (a.country === b.country ? 0 : a.country === 'US' ? -1 : 1) || order(a.organisation) - order(b.organisation));
    const events = new Map(
      MARKED_EVENTS.map(({ id, label }) => {
        const event = dataset.events.find((candidate) => candidate.id === id);
        if (!event) throw new Error(`releaseMirrorTimeline: config names event "${id}", which the dataset does not hold`);
        return [id, { event, label }];
      }),
    );
    return { models, labs, events };
  },

  layout: layoutReleaseMirrorTimeline,

  table(data) {
    return {
      caption: 'Model releases of leading US and Chinese labs, 2023 to August 2026',
      columns: [
        column('model', 'Model'), column('lab', 'Lab'), column('country', 'Country'), column('released', 'Released'), column('access', 'Weights'),
        column('licence', 'Licence'),
      ],
      rows: [...data.models.values()]
        .sort((a, b) => compareDates(a.released, b.released))
        .map((model) => ({
          model: model.name,
          lab: labFor(model),
          country: model.country === 'US' ? 'United States' : 'China',
          released: formatDate(model.released),
          access: model.access === 'open-weights' ? 'open' : 'closed',
          licence: model.licence ?? '',
        })),
    };
  },

  sources: (data) => sourcesOf(data.models.values(), [...data.events.values()].map(({ event }) => event)),
  asOf: (data) => latestAsOf([...data.models.values()].map((model) => model.released)),

  legend: () => [
    { symbol: 'circle', className: 'release country-us is-open', label: 'US lab, open weights' },
    { symbol: 'circle', className: 'release country-us is-closed', label: 'US lab, closed' },
    { symbol: 'circle', className: 'release country-cn is-open', label: 'Chinese lab, open weights' },
    { symbol: 'circle', className: 'release country-cn is-closed', label: 'Chinese lab, closed' },
    { symbol: 'line', className: 'event-line', label: 'Dotted line: a dated event, named above the chart while the text discusses it, then left in grey' },
  ],
});

