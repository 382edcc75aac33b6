/** The Talent chapter's four sequences, step by step. */
import type { SequenceExpectation, StepExpectation } from './expect';

const STEPS: Record<string, Record<string, StepExpectation>> = {
  'talent-flows': {
    'origins-2019': { present: ['node-origin-china', 'node-origin-united-states'], absent: ['node-work-united-states', 'flow-talent-flow-china-undergrad-work-2019-work-united-states'], texts: { 'node-label-origin-china': 'China 29%' } },
    'work-2019': { present: ['node-work-united-states', 'node-work-china'], absent: ['flow-talent-flow-china-undergrad-work-2019-work-united-states'], texts: { 'node-label-work-united-states': /59%/ } },
    'china-flows-2019': {
      present: ['flow-talent-flow-china-undergrad-work-2019-work-united-states', 'flow-talent-flow-china-undergrad-work-2019-work-china'],
      classes: { 'flow-talent-flow-china-undergrad-work-2019-work-united-states': /country-us/, 'flow-talent-flow-china-undergrad-work-2019-work-china': /country-cn/ },
      texts: { 'flow-talent-flow-china-undergrad-work-2019-work-united-states-value': '56%' },
    },
    'us-grad-school-2019': { present: ['cohort-talent-flow-us-grad-stay-2019-cohort-from', 'flow-talent-flow-us-grad-stay-2019-cohort-stayed-to-work-in-the-united-states'], absent: ['node-origin-china'] },
    'edition-2022': { present: ['node-origin-china', 'node-work-china'], absent: ['flow-talent-flow-china-undergrad-work-2019-work-united-states', 'node-grad-china'], texts: { 'node-label-origin-china': 'China 47%', 'node-label-work-china': 'China 28%' } },
    'grad-school-2022': { present: ['node-grad-china', 'flow-talent-flow-china-undergrad-grad-school-2022-grad-china'], texts: { 'flow-talent-flow-china-undergrad-grad-school-2022-grad-china-value': '51%' } },
    'carnegie-2025': {
      present: ['cohort-talent-carnegie-followup-2025-cohort-still-in-the-united-states', 'cohort-talent-carnegie-followup-2025-cohort-moved-to-china'],
      absent: ['node-origin-china', 'node-grad-china'],
      texts: { 'cohort-talent-carnegie-followup-2025-label-cohort-still-in-the-united-states': 'Still in the US 87' },
    },
  },
  'talent-shifts': {
    'origin-shift': {
      present: ['row-talent-dumbbell-top-tier-undergraduate-degree-in-china-2022', 'row-talent-dumbbell-origin-other-europe-2019'],
      absent: ['row-talent-dumbbell-top-tier-working-in-the-us-2022'],
      classes: { 'row-talent-dumbbell-top-tier-undergraduate-degree-in-china-2022': /is-highlighted/, 'row-talent-dumbbell-origin-other-europe-2022': /is-muted/ },
      texts: { 'row-talent-dumbbell-top-tier-undergraduate-degree-in-china-2022-value': '47%' },
    },
    'work-shift': {
      present: ['row-talent-dumbbell-top-tier-working-in-the-us-2022', 'row-talent-dumbbell-mobility-working-outside-their-country-of-origin-2022'],
      absent: ['row-talent-dumbbell-top-tier-undergraduate-degree-in-china-2022'],
      classes: { 'row-talent-dumbbell-mobility-working-outside-their-country-of-origin-2019': /is-computed/ },
      texts: { 'row-talent-dumbbell-mobility-working-outside-their-country-of-origin-2019-value': '≈55%' },
    },
    'us-institutions': { present: ['row-talent-dumbbell-us-institutions-china-origin-2022', 'row-talent-dumbbell-us-institutions-us-origin-2022'], absent: ['row-talent-dumbbell-mobility-working-outside-their-country-of-origin-2022'], texts: { 'row-talent-dumbbell-us-institutions-china-origin-2022-value': '38%' } },
    elite: {
      present: ['row-talent-dumbbell-elite-origin-china-2022', 'row-talent-dumbbell-elite-work-china-2022'],
      absent: ['row-talent-dumbbell-elite-work-china-2019', 'row-talent-dumbbell-us-institutions-china-origin-2022'],
      texts: { 'row-talent-dumbbell-elite-work-china-name': /not published/ },
    },
  },
  'talent-pipeline': {
    'ai-majors': { present: ['majors-2019-03', 'majors-total-2021-03'], absent: ['lane-schools', 'event-mohrss-ai-shortage-report-2020-05'], texts: { 'majors-total-2021-03-value': '≈345' } },
    'gap-reports': {
      present: ['lane-reports', 'event-mohrss-ai-shortage-report-2020-05-label-0'],
      classes: { 'event-mohrss-ai-shortage-report-2020-05': /is-highlighted/, 'majors-2019-03': /is-muted/ },
      texts: { 'event-mohrss-ai-shortage-report-2020-05-label-0': /^May 2020: / },
    },
    schools: {
      present: ['lane-schools', 'event-moe-ai-schools-circular-2024-12-label-0'],
      absent: ['event-mohrss-ai-shortage-report-2020-05-label-0'],
      classes: { 'event-moe-ai-schools-circular-2024-12': /is-highlighted/ },
    },
    pay: {
      present: ['pay-talent-liepin-pay-2023-ai-generated-content-generative-ai-postings', 'pay-talent-liepin-pay-2023-new-energy-vehicle-postings'],
      absent: ['majors-2019-03', 'pay-talent-deepseek-salary-postings-2025-highest-posted-role-rmb-110-000-a-month-x-14'],
      texts: { 'pay-talent-liepin-pay-2023-ai-generated-content-generative-ai-postings-value': 'over RMB 400,000' },
    },
    'deepseek-pay': {
      present: ['pay-talent-deepseek-salary-postings-2025-highest-posted-role-rmb-110-000-a-month-x-14'],
      classes: { 'pay-talent-deepseek-salary-postings-2025-highest-posted-role-rmb-110-000-a-month-x-14': /is-estimate.*is-highlighted/ },
      texts: { 'pay-talent-deepseek-salary-postings-2025-highest-posted-role-rmb-110-000-a-month-x-14-value': '≈RMB 1,540,000' },
    },
    'open-source-lane': {
      present: ['lane-open-source', 'majors-2019-03', 'event-miit-openatom-conference-2025-07-23-label-0'],
      absent: ['pay-talent-liepin-pay-2023-new-energy-vehicle-postings', 'event-cn-ai-plus-opinions-2025-08-26-label-0'],
      classes: { 'event-miit-openatom-conference-2025-07-23': /is-highlighted/, 'event-cn-ai-plus-opinions-2025-08-26': /is-muted/ },
    },
    'ai-plus': {
      present: ['lane-open-source', 'event-cn-ai-plus-opinions-2025-08-26-label-0'],
      absent: ['event-miit-openatom-conference-2025-07-23-label-0'],
      classes: { 'event-cn-ai-plus-opinions-2025-08-26': /is-highlighted/, 'event-miit-openatom-conference-2025-07-23': /is-muted/ },
    },
    'plan-2026': {
      present: ['lane-open-source', 'event-cn-fyp15-outline-approved-2026-03-12-label-0', 'event-cn-government-work-report-2026-03-05-label-0'],
      absent: ['lane-visas', 'event-cn-ai-plus-opinions-2025-08-26-label-0'],
      classes: { 'event-cn-fyp15-outline-approved-2026-03-12': /is-highlighted/, 'event-cn-ai-plus-opinions-2025-08-26': /is-muted/ },
      texts: { 'event-cn-fyp15-outline-approved-2026-03-12-label-0': /^12 Mar 2026: / },
    },
    'visa-rules': {
      present: ['lane-visas', 'event-us-h1b-payment-2025-09-21-label-0', 'event-cn-k-visa-2025-10-01-label-0'],
      absent: ['event-cn-fyp15-outline-approved-2026-03-12-label-0'],
      classes: { 'event-us-h1b-payment-2025-09-21': /country-us.*is-highlighted/, 'event-cn-k-visa-2025-10-01': /country-cn.*is-highlighted/, 'event-us-court-strikes-h1b-payment-2026-06-08': /is-muted/ },
      texts: { 'event-us-h1b-payment-2025-09-21-label-0': 'Sept 2025: US: a payment for' },
    },
    'fee-in-court': {
      present: ['lane-visas', 'event-us-court-upholds-h1b-payment-2025-12-23-label-0', 'event-us-court-strikes-h1b-payment-2026-06-08-label-0'],
      absent: ['event-us-h1b-payment-2025-09-21-label-0'],
      classes: { 'event-us-court-strikes-h1b-payment-2026-06-08': /is-highlighted/, 'event-us-h1b-payment-2025-09-21': /is-muted/ },
    },
    'venue-dispute': {
      present: ['lane-visas', 'event-neurips-sanctions-rule-2026-03-23-label-0', 'event-cn-neurips-boycott-call-2026-03-26-label-0'],
      absent: ['event-us-court-strikes-h1b-payment-2026-06-08-label-0'],
      classes: { 'event-neurips-sanctions-rule-2026-03-23': /country-us.*is-highlighted/, 'event-cn-neurips-boycott-call-2026-03-26': /country-cn.*is-highlighted/ },
    },
  },
  'talent-parity': {
    'tracker-last': {
      present: ['row-tracker-2019-dot', 'row-tracker-2022-dot', 'row-tracker-2022-us', 'parity-line'],
      absent: ['row-cited-2021-dot', 'row-iclr-2026-dot'],
      classes: { 'row-tracker-2022-dot': /country-cn.*is-highlighted/, 'row-tracker-2019-dot': /is-muted/ },
      texts: { 'row-tracker-2022-value': /^67$/, 'row-tracker-2019-value': /^19$/ },
    },
    'top-cited': {
      present: ['row-cited-2021-dot', 'row-cited-2024-dot'],
      absent: ['row-neurips-2025-dot'],
      classes: { 'row-cited-2024-dot': /is-highlighted/, 'row-tracker-2022-dot': /is-muted/ },
      texts: { 'row-cited-2024-value': /^89$/, 'row-cited-2021-value': /^52$/ },
    },
    'neurips-2025': {
      present: ['row-neurips-2025-dot'],
      absent: ['row-iclr-2026-dot'],
      classes: { 'row-neurips-2025-dot': /is-approx.*is-highlighted/, 'row-cited-2024-dot': /is-muted/ },
      texts: { 'row-neurips-2025-value': /^≈97$/ },
    },
    'iclr-2026': {
      present: ['row-iclr-2026-dot', 'row-neurips-2025-dot'],
      classes: { 'row-iclr-2026-dot': /is-approx.*is-highlighted/, 'row-neurips-2025-dot': /is-muted/ },
      texts: { 'row-iclr-2026-value': /^over 159$/ },
    },
  },
};

export const SEQUENCES: SequenceExpectation[] = Object.entries(STEPS).map(([id, steps]) => ({ id, steps }));
