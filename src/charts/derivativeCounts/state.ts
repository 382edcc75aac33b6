import { z } from 'astro/zod';

/**
 * What a step may ask of the derivative-model counts. The three kinds of figure are never joined:
 *   claims  Alibaba's own dated "more than" claims
 *   press   the "over 100,000" figure as quoted in the press, with the line it draws
 *   counts  Hugging Face's own count by base-model family
 */
export const derivativeCountsState = z.strictObject({
  show: z.array(z.enum(['claims', 'press', 'counts'])).min(1),
  /** Shade the stretch between the last claim below the quoted figure and the first above it. */
  crossing: z.boolean().default(false),
  /** Include figures dated after the story's end (August 2025), marked as later. */
  later: z.boolean().default(false),
});

export type DerivativeCountsState = z.output<typeof derivativeCountsState>;
