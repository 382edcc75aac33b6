import { z } from 'astro/zod';
import { partialDate, recordId } from '../../data/schema';
import { ORGANISATIONS } from './organisations';

const organisation = z.enum(ORGANISATIONS.map((entry) => entry.key) as [string, ...string[]]);

/** What a step may ask of the organisation-rows strip. */
export const modelFamilyStripsState = z.strictObject({
  /** Rows whose models are drawn; the other rows show their names only. */
  rows: z.array(organisation).min(1),
  /** Draw only models released up to this date (the axis stays the same): the history before a later step. */
  until: partialDate.optional(),
  /** A stretch of time to shade; models released outside it are muted. */
  period: z.strictObject({ from: partialDate, to: partialDate, label: z.string().trim().min(1) }).optional(),
  /** Models (ids) to name beside their marks. */
  labels: z.array(recordId).default([]),
  /** Arrows from one model to another in the same row, with a short caption (e.g. a switch from closed to open). */
  arrows: z.array(z.strictObject({ from: recordId, to: recordId, caption: z.string().trim().min(1) })).default([]),
});

export type ModelFamilyStripsState = z.output<typeof modelFamilyStripsState>;
