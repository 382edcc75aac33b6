/**
 * What the remark plugin (src/mdx/remarkChapterMeta.ts) reads from a chapter's MDX, typed once:
 * Astro hands it back untyped as `remarkPluginFrontmatter`, so the story model parses it here and
 * nothing downstream casts it.
 */
import { z } from 'astro/zod';

const stepDefinitionSchema = z.object({
  id: z.string(),
  description: z.string(),
  /** The step's chart state as written in the MDX; the chart's own schema checks it (buildSequence.ts). */
  state: z.unknown(),
});

const sequenceDefinitionSchema = z.object({
  id: z.string(),
  chart: z.string(),
  caption: z.string(),
  steps: z.array(stepDefinitionSchema),
});

/** A <Value> of the prose, by its attributes (src/data/values.ts `quoteValue` reads them). */
const valueUseSchema = z.object({
  series: z.string().optional(),
  at: z.string().optional(),
  group: z.string().optional(),
  record: z.string().optional(),
  field: z.string().optional(),
  bare: z.boolean().optional(),
  digits: z.number().optional(),
});

export const chapterMetaSchema = z.object({
  /** Source ids in the order the prose first cites them (note numbers). */
  citations: z.array(z.string()),
  /** The charts of the chapter's sequences, each once. */
  charts: z.array(z.string()),
  sequences: z.array(sequenceDefinitionSchema),
  /** Glossary ids marked with <Term>, in reading order (a repeat is an error: the id is on the page). */
  terms: z.array(z.string()),
  /** Claim ids marked in the prose with {/* claim C07 *\/}. */
  claimMarkers: z.array(z.string()),
  values: z.array(valueUseSchema),
  /** The records whose dates the prose shows with <DateOf record="collection:id">. */
  dates: z.array(z.string()),
  words: z.number(),
  readingMinutes: z.number(),
});

export type ChapterMeta = z.output<typeof chapterMetaSchema>;
export type SequenceDefinition = ChapterMeta['sequences'][number];
export type StepDefinition = SequenceDefinition['steps'][number];
export type ValueUse = ChapterMeta['values'][number];
