import { z } from 'astro/zod';
import { recordId } from '../../data/schema';

/**
 * What a step may ask of the talent flow diagram. Two views:
 *  - the tracker's two ends for one edition: `origin` (shares by country of undergraduate degree)
 *    on the left, `work` (shares by country of work) on the right, and only the `flows` a source
 *    publishes between them;
 *  - a followed `cohort`: one flow series whose points all leave the same group (e.g. Carnegie's
 *    2025 follow-up of the 2019 sample), drawn on its own.
 * Series ids are checked against the dataset at build time.
 */
export const talentSankeyState = z
  .strictObject({
    /** Left column: a category series of shares by country of undergraduate degree. */
    origin: recordId.optional(),
    /** Right column: a category series of shares by country of work. */
    work: recordId.optional(),
    /** Published flows (flow series ids) drawn from the left column; each value is a share of its "from" node. */
    flows: z.array(recordId).default([]),
    /** A followed group, drawn alone: a flow series whose points share one "from". */
    cohort: recordId.optional(),
    /** Countries or node names to emphasise ("China"); the others are drawn muted. */
    highlight: z.array(z.string().min(1)).default([]),
  })
  .refine((state) => (state.cohort === undefined) !== (state.origin === undefined), {
    message: 'give either an origin column (with optional work column and flows) or a cohort, not both',
  });

export type TalentSankeyState = z.output<typeof talentSankeyState>;
