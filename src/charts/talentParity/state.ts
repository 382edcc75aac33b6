import { z } from 'astro/zod';
import { ROW_IDS } from './rows';

const rowId = z.enum(ROW_IDS, { error: (issue) => `"${String(issue.input)}" is not a row of the talentParity chart (${ROW_IDS.join(', ')})` });

/**
 * What a step may ask of the parity chart: which measures to draw, top to bottom, and which to pick
 * out (the others are drawn muted). Rows are a fixed catalogue (rows.ts), each a measure that counts
 * something for the United States and for China.
 */
export const talentParityState = z
  .strictObject({
    rows: z.array(rowId).min(1),
    highlight: z.array(rowId).default([]),
  })
  .refine((state) => state.highlight.every((id) => state.rows.includes(id)), 'a highlighted row must be among the rows drawn');

export type TalentParityState = z.output<typeof talentParityState>;
