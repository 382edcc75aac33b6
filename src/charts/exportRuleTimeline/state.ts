import { z } from 'astro/zod';
import { partialDate, recordId } from '../../data/schema';

/** What a step may ask of the rules timeline. Ids are checked against the dataset at build time. */
export const exportRuleTimelineState = z.strictObject({
  /** US rules (events with a `covers` list) drawn as columns of the matrix. */
  rules: z.array(recordId).min(1),
  /** Answers to the rules (events of the chart's response list) drawn in the lanes below. */
  responses: z.array(recordId).default([]),
  /** Rules or answers to emphasise; the others are drawn muted. */
  highlight: z.array(recordId).default([]),
  /** One drawn rule or answer whose date and title the callout above the chart spells out. */
  focus: recordId.optional(),
  /** The time axis: from and through (partial dates). */
  from: partialDate.default('2022-07'),
  through: partialDate.default('2025-09'),
});

export type ExportRuleTimelineState = z.output<typeof exportRuleTimelineState>;
