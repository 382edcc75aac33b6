import { z } from 'astro/zod';
import { partialDate } from '../../data/schema';

/**
 * What a step may ask of the leaderboard chart: LMArena scores over time, the LMArena ranking on one
 * date, or Epoch AI's capability index by month, which carries the story on after the LMArena
 * snapshots end (a different measure, drawn as a view of its own, never joined to the arena lines).
 */
export const arenaStandingsState = z.strictObject({
  view: z.enum(['over-time', 'ranking', 'eci']),
  /** Over time: which best-of lines to draw (best closed model, best open model, best US open model). */
  lines: z.array(z.enum(['closed', 'open', 'us-open'])).default(['closed', 'open']),
  /** Over time: draw snapshots up to this date only (the axis stays the same). */
  until: partialDate.optional(),
  /** Over time: include the snapshots after LMArena's July 2025 scoring change (drawn as a new line). */
  afterChange: z.boolean().default(false),
  /** Ranking: add the Chinese open models that ranked below the top twelve. */
  beyondTop: z.boolean().default(false),
  /** Capability index: add Epoch's own estimates of how far open models trail closed ones, with their windows. */
  lag: z.boolean().default(false),
});

export type ArenaStandingsState = z.output<typeof arenaStandingsState>;
