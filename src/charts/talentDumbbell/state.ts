import { z } from 'astro/zod';
import { recordId } from '../../data/schema';

/** One block of rows: categories of a dumbbell-form series (one point per tracker edition). */
const rowSet = z.strictObject({
  series: recordId,
  /** The categories to draw, in this order; all of the series' categories when left out. */
  categories: z.array(z.string().min(1)).min(1).optional(),
  /** Heading above the block, saying what the shares are shares of; the series label by default. */
  heading: z.string().min(1).optional(),
  /** Words put before each category in its row label ("Studied in " + "China"). */
  prefix: z.string().min(1).optional(),
});

/** What a step may ask of the 2019-vs-2022 dumbbell chart. Series ids are checked at build time. */
export const talentDumbbellState = z.strictObject({
  sets: z.array(rowSet).min(1),
  /** Categories to emphasise (across sets); the other rows are drawn muted. */
  highlight: z.array(z.string().min(1)).default([]),
});

export type TalentDumbbellState = z.output<typeof talentDumbbellState>;
