import { z } from 'astro/zod';
import { partialDate, recordId } from '../../data/schema';

/**
 * What a step may ask of the two-lane timeline. Ids are events (any collection file) or, in the
 * China lane, models; the layout checks that each exists and belongs to its lane's country.
 */
export const policyTimelineLanesState = z.strictObject({
  /** The stretch of time on the axis. */
  window: z.strictObject({ from: partialDate, to: partialDate }),
  /** Top lane: US restrictions (export rules, listings, service cut-offs). */
  us: z.array(recordId).default([]),
  /** Bottom lane: China's plans, rules, market moves and open-weight releases. */
  cn: z.array(recordId).default([]),
  /** Items to emphasise and label; the others are drawn muted. */
  highlight: z.array(recordId).default([]),
  /** "Then this followed" connectors from a US item to a China item: timing, not proven cause. */
  links: z.array(z.strictObject({ from: recordId, to: recordId })).default([]),
});

export type PolicyTimelineLanesState = z.output<typeof policyTimelineLanesState>;
