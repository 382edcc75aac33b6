import { defineChart } from '../contract';
import { column, latestAsOf, sourcesOf } from '../shared/records';
import { compareDates } from '../../data/dates';
import { COVER_ROWS, RESPONSES } from './config';
import { coverName, isEasing, layoutExportRuleTimeline, type ExportRuleTimelineData } from './layout';
import { exportRuleTimelineState } from './state';

const RULE_KINDS = new Set(['export-control', 'entity-listing']);

export default defineChart({
  name: 'exportRuleTimeline',
  form: 'row-timeline',
  stateSchema: exportRuleTimelineState,
  exampleStates: [
    { rules: ['bis-rule-2022-10-07', 'bis-rule-2023-10-17', 'bis-rule-2024-12-02'], focus: 'bis-rule-2024-12-02', highlight: ['bis-rule-2024-12-02'] },
    {
      rules: ['bis-rule-2022-10-07', 'bis-macau-extension-2023-01-18', 'bis-rule-2023-10-17', 'bis-rule-2024-12-02', 'bis-diffusion-rule-2025-01-13', 'h20-licence-2025-04-09', 'bis-diffusion-rescinded-2025-05-13', 'h20-sales-resume-2025-07-14'],
      responses: ['nvidia-a800-china-2022-11-07', 'nvidia-h800-launch-2023-03-21', 'nvidia-h20-china-2023-11', 'nvidia-h20-charge-2025-04-15', 'h20-revenue-share-2025-08-11', 'big-fund-iii-2024-05-24', 'china-mineral-export-ban-2024-12-03', 'cac-summons-nvidia-2025-07-31'],
      highlight: ['nvidia-a800-china-2022-11-07', 'nvidia-h800-launch-2023-03-21', 'nvidia-h20-china-2023-11'],
    },
    {
      // A step that zooms in on the months after mid-2025, when Beijing's lane fills and both sides
      // suspend measures of the autumn (the US affiliates rule, a loosening ring in the listed-firms row).
      rules: ['h20-sales-resume-2025-07-14', 'bis-affiliates-rule-2025-09-29', 'bis-affiliates-rule-suspended-2025-11-10', 'bis-h200-case-by-case-2026-01-15'],
      responses: ['cac-summons-nvidia-2025-07-31', 'cac-rtx-pro-6000d-2025-09-17', 'china-state-datacentres-domestic-chips-2025-11', 'china-customs-h200-block-2026-01-14', 'china-h200-approvals-2026-01-28', 'nvidia-outlook-no-china-2026-05-20'],
      focus: 'bis-h200-case-by-case-2026-01-15',
      highlight: ['bis-h200-case-by-case-2026-01-15', 'china-customs-h200-block-2026-01-14'],
      from: '2025-06',
      through: '2026-07',
    },
  ],

  select(dataset): ExportRuleTimelineData {
    const rules = new Map(
      dataset.events.filter((event) => RULE_KINDS.has(event.kind) && event.country === 'US' && event.covers?.length).map((event) => [event.id, event]),
    );
    const responses = new Map(
      RESPONSES.map((id) => {
        const event = dataset.events.find((candidate) => candidate.id === id);
        if (!event) throw new Error(`exportRuleTimeline: config names answer "${id}", which the dataset does not hold`);
        if (event.country !== 'US' && event.country !== 'CN') throw new Error(`exportRuleTimeline: answer "${id}" must be a US or Chinese event`);
        return [id, { event, id }];
      }),
    );
    return { rules, responses };
  },

  layout: layoutExportRuleTimeline,

  table(data, words) {
    const { t } = words;
    const coverLabel = (key: string) => {
      const row = COVER_ROWS.find((candidate) => candidate.key === key);
      return row ? coverName(row.key, 'wide', words) : key;
    };
    const rows = [
      ...[...data.rules.values()].map((rule) => ({
        date: rule.date,
        actor: rule.actor,
        what: rule.title,
        type: t(isEasing(rule) ? 'exportRuleTimeline.table.easing' : 'exportRuleTimeline.table.adding'),
        covers: words.list((rule.covers ?? []).map(coverLabel), 'items'),
      })),
      ...[...data.responses.values()].map(({ event }) => ({
        date: event.date,
        actor: event.actor,
        what: event.title,
        type: t(event.country === 'CN' ? 'exportRuleTimeline.move.CN' : 'exportRuleTimeline.move.US'),
        covers: '',
      })),
    ].sort((a, b) => compareDates(a.date, b.date));
    return {
      caption: t('exportRuleTimeline.table.caption'),
      columns: [
        column('date', t('charts.column.date')), column('actor', t('charts.column.who')), column('what', t('charts.column.what')), column('type', t('charts.column.kind')),
        column('covers', t('exportRuleTimeline.table.covers')),
      ],
      rows: rows.map((row) => ({ ...row, date: words.date(row.date) })),
    };
  },

  sources: (data) => sourcesOf(data.rules.values(), [...data.responses.values()].map(({ event }) => event)),
  asOf: (data) => latestAsOf([...[...data.rules.values()].map((rule) => rule.date), ...[...data.responses.values()].map(({ event }) => event.date)]),

  legend: (_data, { t }) => [
    { symbol: 'circle', className: 'rule-dot country-us is-tightening', label: t('exportRuleTimeline.legend.adding') },
    { symbol: 'circle', className: 'rule-dot country-us is-eased', label: t('exportRuleTimeline.legend.easing') },
    { symbol: 'triangle', className: 'answer-mark country-us', label: t('exportRuleTimeline.move.US') },
    { symbol: 'diamond', className: 'answer-mark country-cn', label: t('exportRuleTimeline.move.CN') },
  ],
});
