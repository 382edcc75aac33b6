import { z } from 'astro/zod';
import { partialDate, recordId } from '../../data/schema';

/** What a step may ask of the mirrored release timeline. Ids are checked against the dataset at build time. */
export const releaseMirrorTimelineState = z.strictObject({
  /** Model releases (model ids) drawn as dots in their lab's row. */
  models: z.array(recordId).min(1),
  /** Events (ids from the chart's event list) drawn as dotted lines across both halves. */
  events: z.array(recordId).default([]),
  /** Models or events to emphasise and label; the others are drawn muted. */
  highlight: z.array(recordId).default([]),
  /** One drawn model or event whose date and details the callout above the chart spells out. */
  focus: recordId.optional(),
  from: partialDate.default('2022-12'),
  through: partialDate.default('2025-09'),
});

export type ReleaseMirrorTimelineState = z.output<typeof releaseMirrorTimelineState>;
