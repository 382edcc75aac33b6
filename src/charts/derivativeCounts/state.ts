import { z } from 'astro/zod';

/**
 * What a step may ask of the derivative-model counts. The three kinds of figure are never joined:
 *   claims  Alibaba's own dated "more than" claims
 *   press   the "over 100,000" figure as quoted in the press, with the line it draws
 *   counts       Hugging Face's own count by base-model family, for mid-2025 (published February 2026)
 *   counts-2026  Hugging Face's own count in its summer 2026 report
 */
export const derivativeCountsState = z.strictObject({
  show: z.array(z.enum(['claims', 'press', 'counts', 'counts-2026'])).min(1),
  /** Shade the stretch between the last claim below the quoted figure and the first above it. */
  crossing: z.boolean().default(false),
  /**
   * Run the time axis on through summer 2026 and include the figures dated after August 2025 (the end of the
   * first edition's window, where the axis stops otherwise).
   */
  later: z.boolean().default(false),
});

export type DerivativeCountsState = z.output<typeof derivativeCountsState>;
