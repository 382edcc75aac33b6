import { z } from 'astro/zod';

/**
 * What a step may ask of the notable-models bars.
 *   totals  every notable model, one tinted bar per country and year
 *   split   the same bars, the open-weight part filled and the rest hollow
 *   open    only the open-weight part, on its own (smaller) scale
 *   share   each bar as 100% of that country's models that year: how much of it is open
 */
export const openModelsByCountryState = z.strictObject({
  view: z.enum(['totals', 'split', 'open', 'share']),
  /** Whether the partial current year (Epoch's copy stops mid-year) is drawn. */
  partialYear: z.boolean().default(false),
  /** Years ("2024") to emphasise with their values; the others are muted. Empty: none. */
  highlight: z.array(z.string().regex(/^\d{4}$/, 'a year like "2024"')).default([]),
});

export type OpenModelsByCountryState = z.output<typeof openModelsByCountryState>;
