import { z } from 'astro/zod';

/** What a step may ask of the US-China gap dumbbells. */
export const benchmarkGapDumbbellState = z.strictObject({
  /** "before": only the earlier gaps; "after": the later ones too, with arrows showing the change. */
  stage: z.enum(['before', 'after']),
  /** Whether the Chatbot Arena panel (a gap in percent of score, not in points) is shown. */
  arena: z.boolean().default(false),
  /**
   * Whether the Arena panel adds the later report's reading (AI Index 2026) as a second row, beside the
   * earlier report's. Needs arena: true. The two reports disagree about the month they share, so the
   * rows are labelled by report.
   */
  latest: z.boolean().default(false),
  /** Benchmarks (category names, e.g. "MMMU"), "arena" or "arena-latest" to emphasise; the others are muted. */
  highlight: z.array(z.string().min(1)).default([]),
});

export type BenchmarkGapDumbbellState = z.output<typeof benchmarkGapDumbbellState>;
