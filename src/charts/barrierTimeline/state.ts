import { z } from 'astro/zod';
import { partialDate, recordId } from '../../data/schema';

/** What a step may ask of the barriers timeline. Ids are checked against the dataset at build time. */
export const barrierTimelineState = z.strictObject({
  /** Events from the chart's list, drawn in their lane. */
  events: z.array(recordId).min(1),
  /** Events to emphasise and label; the others are drawn muted (and, on a phone, unlabelled). */
  highlight: z.array(recordId).default([]),
  /** One drawn event whose date and title the callout above the chart spells out. */
  focus: recordId.optional(),
  /** The time axis; a few weeks' span zooms in on a burst of events. */
  from: partialDate.default('2024-06'),
  through: partialDate.default('2025-09'),
});

export type BarrierTimelineState = z.output<typeof barrierTimelineState>;
