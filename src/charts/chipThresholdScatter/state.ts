import { z } from 'astro/zod';
import { recordId } from '../../data/schema';

/** What a step may ask of the chip scatter. Ids are checked against the dataset at build time. */
export const chipThresholdState = z.strictObject({
  /** Export rules (event ids) drawn so far, oldest first; a chip covered by any of them is shown as controlled. */
  rules: z.array(recordId).default([]),
  /** Chips (ids) on the chart, or "all". */
  chips: z.union([z.literal('all'), z.array(recordId).min(1)]),
  /** Chips to emphasise; the others are drawn muted. */
  highlight: z.array(recordId).default([]),
});

export type ChipThresholdState = z.output<typeof chipThresholdState>;
