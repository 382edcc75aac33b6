import { z } from 'astro/zod';
import { recordId } from '../../data/schema';

/** What a step may ask of the training-compute dot plot. Ids are checked against the dataset at build time. */
export const trainingComputeDotsState = z.strictObject({
  /** Models (ids with an Epoch AI compute estimate) drawn as dots, or "all". */
  models: z.union([z.literal('all'), z.array(recordId).min(1)]),
  /** Models to emphasise; the others are drawn muted. */
  highlight: z.array(recordId).default([]),
  /** Show DeepSeek's own account of DeepSeek-V3's final training run beside its dot. */
  claim: z.boolean().default(false),
});

export type TrainingComputeDotsState = z.output<typeof trainingComputeDotsState>;
