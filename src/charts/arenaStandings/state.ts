import { z } from 'astro/zod';
import { partialDate } from '../../data/schema';

/** What a step may ask of the LMArena chart: scores over time, or the ranking on one date. */
export const arenaStandingsState = z.strictObject({
  view: z.enum(['over-time', 'ranking']),
  /** Over time: which best-of lines to draw (best closed model, best open model, best US open model). */
  lines: z.array(z.enum(['closed', 'open', 'us-open'])).default(['closed', 'open']),
  /** Over time: draw snapshots up to this date only (the axis stays the same). */
  until: partialDate.optional(),
  /** Over time: include the snapshots after LMArena's July 2025 scoring change (drawn as a new line). */
  afterChange: z.boolean().default(false),
  /** Ranking: add the Chinese open models that ranked below the top twelve. */
  beyondTop: z.boolean().default(false),
});

export type ArenaStandingsState = z.output<typeof arenaStandingsState>;
