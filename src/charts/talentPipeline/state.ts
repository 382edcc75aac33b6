import { z } from 'astro/zod';
import { recordId } from '../../data/schema';

/** Authored chart text carries no figures: numbers come from the dataset (as on the rest of the site). */
const label = z
  .string()
  .min(1)
  .refine((text) => !/\d/.test(text), 'a label written in a step may not contain digits: take numbers from the dataset');

/** An event to pick out: its dot is emphasised and it is listed, with its date, beside its lane. */
const highlight = z.strictObject({
  event: recordId,
  /** Short text for the list; the event's title when left out. */
  label: label.optional(),
});

/** A pay figure to draw as a bar: a category of a pay series (annual pay, in yuan). */
const payRow = z.strictObject({
  series: recordId,
  category: z.string().min(1),
  label,
});

/**
 * What a step may ask of China's talent pipeline chart. Two views:
 *  - "timeline": universities approved for an AI major (bars per list, optional running total) over
 *    lanes of dated events (schools and universities, shortage reports, pay and hiring, open source);
 *  - "pay": advertised annual pay as bars.
 * Ids are checked against the dataset at build time.
 */
export const talentPipelineState = z.strictObject({
  view: z.enum(['timeline', 'pay']).default('timeline'),
  /** Draw the computed running total of approved universities over the per-list bars. */
  total: z.boolean().default(false),
  /** Events drawn as dots in their lanes (the lane follows from the event's kind and tags). */
  events: z.array(recordId).default([]),
  highlight: z.array(highlight).default([]),
  pay: z.array(payRow).default([]),
  /** Pay rows (by category) to emphasise. */
  payHighlight: z.array(z.string().min(1)).default([]),
});

export type TalentPipelineState = z.output<typeof talentPipelineState>;
