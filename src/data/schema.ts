/**
 * The dataset's schemas: one per collection, defined once. Astro's content collections, the
 * build-time validator and the unit tests all use these, and the TypeScript types come from them.
 *
 * Rules that span records (a cited source must exist, ids are unique across files, a chip's rule
 * must be an export-control event) live in `validate.ts`, which runs these schemas first.
 */
import { z } from 'astro/zod';
import { COUNTRY_CODES } from './countries';
import { isPartialDate } from './dates';

export const recordId = z
  .string({ error: 'needs an id' })
  .regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens, like "qwen3-235b"');

const nonEmptyText = (what: string) =>
  z.string({ error: `needs ${what}` }).trim().min(1, `${what} must not be empty`);

/** "2024", "2024-07" or "2024-07-09"; a bare year may be written unquoted in YAML. */
export const partialDate = z
  .union([z.string(), z.number().int()], { error: 'needs a date like 2024-07-09' })
  .transform((value) => String(value))
  .refine(isPartialDate, 'must be a real date written 2024, 2024-07 or 2024-07-09');

export const fullDate = z
  .string({ error: 'needs a date like 2024-07-09' })
  .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isPartialDate(value), 'must be a full date written 2024-07-09');

export const country = z.enum(COUNTRY_CODES, {
  error: (issue) => `"${String(issue.input)}" is not a known country or bloc code (${COUNTRY_CODES.join(', ')})`,
});

/** Every record cites at least one source by id; `validate.ts` checks that each id exists. */
export const sourceRefs = z
  .array(recordId, { error: 'needs a list of source ids' })
  .min(1, 'must cite at least one source');

/**
 * How far the figures in a record were checked, as tagged in the research notes:
 * verified (seen in the source), secondary (seen in a secondary copy), computed (arithmetic on
 * sourced figures, labelled as such on the site), recalled (not confirmed: must carry `review`).
 */
export const confidence = z.enum(['verified', 'secondary', 'computed', 'recalled'], {
  error: 'must be one of verified, secondary, computed, recalled',
});

const positiveNumber = (what: string) =>
  z.number({ error: `${what} must be a number` }).positive(`${what} must be greater than zero`);
const nonNegativeNumber = (what: string) =>
  z.number({ error: `${what} must be a number` }).nonnegative(`${what} must not be negative`);

/**
 * Set when every source a record cites is a copy (`copyOf`): the figure was not read from its
 * original. validate.ts keeps it true both ways (required when all sources are copies, refused
 * otherwise), so the mark can be trusted.
 */
const restsOnCopy = z.literal(true, { error: 'restsOnCopy is either true or left out' }).optional();

/** Fields every cited record shares. */
const citedRecord = {
  id: recordId,
  sources: sourceRefs,
  confidence,
  /** What an editor must check before this record can be trusted; required when `recalled`. */
  review: z.string().trim().min(1).optional(),
  note: z.string().trim().min(1).optional(),
  restsOnCopy,
};

function requireReviewWhenRecalled<T extends { confidence: string; review?: string | undefined }>(record: T, ctx: z.RefinementCtx<T>) {
  if (record.confidence === 'recalled' && !record.review) {
    ctx.addIssue({
      code: 'custom',
      path: ['review'],
      message: 'a recalled figure must say what to review (field "review")',
    });
  }
}

// ---------------------------------------------------------------- sources

export const SOURCE_KINDS = ['government', 'company', 'research', 'press', 'dataset'] as const;

export const sourceSchema = z.strictObject({
  id: recordId,
  title: nonEmptyText('a title'),
  publisher: nonEmptyText('a publisher'),
  url: z.url({ protocol: /^https?$/, error: 'must be a full http(s) URL' }),
  published: partialDate,
  accessed: fullDate,
  kind: z.enum(SOURCE_KINDS, { error: `must be one of ${SOURCE_KINDS.join(', ')}` }),
  /** The address is the original, but it was read in a copy: name the copy that was read. */
  via: z.string().trim().min(1).optional(),
  /**
   * The address and publisher are a copy, repost or relay of someone else's work: name the original
   * ("Reuters report of 2025-05-12", "Alibaba's figure; no original named"). A record resting only
   * on such sources says so with `restsOnCopy` (validate.ts).
   */
  copyOf: z.string().trim().min(1).optional(),
  /** The language of the source itself, where it is not English (the link's `hreflang`). */
  language: z.string().regex(/^[a-z]{2}$/).optional(),
  /**
   * The language the title is written in, where the title is the source's own, untranslated
   * (most titles of sources in other languages are English descriptions). Chinese names within an
   * English title are marked without it (src/i18n/languages.ts).
   */
  titleLanguage: z.string().regex(/^[a-z]{2}$/).optional(),
  licence: z.string().trim().min(1).optional(),
  note: z.string().trim().min(1).optional(),
});

// ---------------------------------------------------------------- events

export const EVENT_KINDS = [
  'policy',
  'export-control',
  'entity-listing',
  'model-release',
  'corporate',
  'market',
  'leaderboard',
  'talent',
  'education',
  'investment',
  'restriction',
  'regulation',
  'statement',
] as const;

/**
 * The test an export rule applies to a chip, in the rule's own units. TPP is BIS's "total
 * processing performance" (2 x MacTOPS x bit length, which is dense FP16 TFLOPS x 16).
 */
export const controlThresholdSchema = z.strictObject({
  tppMin: positiveNumber('tppMin').optional(),
  interconnectMinGBs: positiveNumber('interconnectMinGBs').optional(),
  /** A second, alternative test (the 2023 rule's performance-density band). */
  orTppMin: positiveNumber('orTppMin').optional(),
  orDensityMin: positiveNumber('orDensityMin').optional(),
  summary: nonEmptyText('a summary'),
});

/** The limits below which a licence-review policy applies (both must hold), in the rule's own units. */
export const reviewLimitsSchema = z.strictObject({
  /** Total processing performance below this. */
  tppBelow: positiveNumber('tppBelow'),
  /** Total DRAM (memory) bandwidth below this, in GB/s. */
  memoryBandwidthBelowGBs: positiveNumber('memoryBandwidthBelowGBs'),
  /** What the review policy is, in words. */
  summary: nonEmptyText('a summary'),
});

export const eventSchema = z
  .strictObject({
    ...citedRecord,
    date: partialDate,
    /** Other dates a reader may meet (published, effective), explained in words. */
    dateNote: z.string().trim().min(1).optional(),
    country,
    actor: nonEmptyText('an actor'),
    kind: z.enum(EVENT_KINDS, { error: `must be one of ${EVENT_KINDS.join(', ')}` }),
    title: nonEmptyText('a title'),
    summary: nonEmptyText('a one-line summary').max(280, 'a summary is one line (280 characters at most)'),
    threshold: controlThresholdSchema.optional(),
    /**
     * For a measure that changes how licence applications are reviewed rather than which chips need
     * one: the upper limits, in the rule's own units, of the chips it applies to (the January 2026
     * rule reviews chips below both limits case by case).
     */
    reviewLimits: reviewLimitsSchema.optional(),
    /** For export measures: whether it adds controls or lifts or loosens them. */
    effect: z.enum(['tightens', 'loosens'], { error: 'must be tightens or loosens' }).optional(),
    /** What the rule or measure covered, for the rules timeline (chips, tools, memory, entities...). */
    covers: z.array(z.enum(['chips', 'tools', 'memory', 'entities', 'countries', 'model-weights', 'services'])).optional(),
    tags: z.array(recordId).optional(),
  })
  .superRefine(requireReviewWhenRecalled);

// ---------------------------------------------------------------- models

export const LICENCE_KINDS = ['permissive', 'custom-open', 'non-commercial', 'research-only'] as const;

export const modelSchema = z
  .strictObject({
    ...citedRecord,
    name: nonEmptyText('a name'),
    organisation: nonEmptyText('an organisation'),
    country,
    /** The model line it belongs to (Qwen, Llama, DeepSeek...), for grouping in charts. */
    family: nonEmptyText('a family'),
    released: partialDate,
    access: z.enum(['open-weights', 'closed'], { error: 'must be open-weights or closed' }),
    licence: z.string().trim().min(1, 'licence must not be empty').optional(),
    licenceKind: z.enum(LICENCE_KINDS, { error: `must be one of ${LICENCE_KINDS.join(', ')}` }).optional(),
    /** Parameters in billions; for a family, `total` is its largest model and `smallest` its smallest. */
    parameters: z
      .strictObject({
        totalB: positiveNumber('parameters.totalB'),
        activeB: positiveNumber('parameters.activeB').optional(),
        smallestB: positiveNumber('parameters.smallestB').optional(),
      })
      .optional(),
    /** Training compute in FLOP; always an estimate (Epoch AI's, unless the note says otherwise). */
    trainingComputeFlop: positiveNumber('trainingComputeFlop').optional(),
    flagship: z.boolean().optional(),
    tags: z.array(recordId).optional(),
  })
  .superRefine(requireReviewWhenRecalled)
  .superRefine((model, ctx) => {
    if (model.access === 'open-weights' && !model.licence) {
      ctx.addIssue({ code: 'custom', path: ['licence'], message: 'an open-weights model must name its licence' });
    }
    if (model.access === 'open-weights' && !model.licenceKind) {
      ctx.addIssue({ code: 'custom', path: ['licenceKind'], message: 'an open-weights model must say what kind of licence it is' });
    }
    if (model.parameters?.activeB !== undefined && model.parameters.activeB > model.parameters.totalB) {
      ctx.addIssue({ code: 'custom', path: ['parameters', 'activeB'], message: 'active parameters cannot exceed total parameters' });
    }
  });

// ---------------------------------------------------------------- chips

export const chipSchema = z
  .strictObject({
    ...citedRecord,
    name: nonEmptyText('a name'),
    vendor: nonEmptyText('a vendor'),
    country,
    released: partialDate,
    /** Dense (no sparsity) BF16/FP16 tensor throughput. */
    tflopsDense: positiveNumber('tflopsDense'),
    memoryGB: positiveNumber('memoryGB').optional(),
    memoryBandwidthTBs: positiveNumber('memoryBandwidthTBs').optional(),
    interconnectGBs: positiveNumber('interconnectGBs').optional(),
    /** BIS total processing performance, where the source gives it. */
    tpp: positiveNumber('tpp').optional(),
    dieAreaMm2: positiveNumber('dieAreaMm2').optional(),
    /** Sold worldwide, or made for the Chinese market to pass a rule. */
    market: z.enum(['global', 'china', 'domestic'], { error: 'must be global, china or domestic' }),
    /** The export rule (an event id) this chip was designed to sit under. */
    designedToFit: recordId.optional(),
    /** Export-control events whose test this chip meets (so it needs a licence for China). */
    coveredBy: z.array(recordId),
    /** Figures are analysts' estimates, not the maker's datasheet. */
    estimate: z.boolean({ error: 'must say whether the figures are estimates (true or false)' }),
    /**
     * A chip known only from press reports, not confirmed by its maker: its `released` is the
     * reported plan, not a launch, and tables say so.
     */
    reportedOnly: z.boolean().optional(),
    tags: z.array(recordId).optional(),
  })
  .superRefine(requireReviewWhenRecalled);

// ---------------------------------------------------------------- series

export const SERIES_UNITS = [
  'count',
  'percent',
  'percentage-points',
  'arena-score',
  'usd-billions',
  'rmb-billions',
  /** Chinese yuan (renminbi), e.g. advertised annual pay. */
  'rmb',
  'tflops',
  'flop',
  'millions',
  /** US dollars in millions, e.g. a reported training cost. */
  'usd-millions',
  /** US dollars, e.g. a visa payment. */
  'usd',
  /** A span of time in months, e.g. how far one group of models trails another. */
  'months',
  /** Points on a composite capability index (Epoch AI's ECI): meaningful only as differences. */
  'index-points',
] as const;

const seriesCommon = {
  ...citedRecord,
  label: nonEmptyText('a label'),
  unit: z.enum(SERIES_UNITS, { error: `must be one of ${SERIES_UNITS.join(', ')}` }),
  /** The date the figures describe the world at: required, because counts and ranks move. */
  asOf: partialDate,
  /** True when the figures are estimates or company claims rather than measurements. */
  estimate: z.boolean({ error: 'must say whether the figures are estimates (true or false)' }),
  /** What exactly is measured, in a sentence a reader can check against the source. */
  measure: nonEmptyText('a description of what is measured'),
  tags: z.array(recordId).optional(),
};

const pointCommon = {
  value: nonNegativeNumber('value'),
  /** "more than" claims (> 100,000) are floors, not exact counts. */
  floor: z.boolean().optional(),
  /** How the source words the floor, where it says "at least" rather than "more than". */
  floorWords: z.enum(['more than', 'at least'], { error: 'must be "more than" or "at least"' }).optional(),
  label: z.string().trim().min(1).optional(),
  note: z.string().trim().min(1).optional(),
  /** A point may cite its own sources when they differ from the series'. */
  sources: sourceRefs.optional(),
  /** As for a record, when the point cites its own sources and all of them are copies. */
  restsOnCopy,
  estimate: z.boolean().optional(),
};

export const timePointSchema = z.strictObject({ ...pointCommon, date: partialDate, group: recordId.optional() });
export const categoryPointSchema = z.strictObject({
  ...pointCommon,
  category: nonEmptyText('a category'),
  group: recordId.optional(),
});
export const flowPointSchema = z.strictObject({
  ...pointCommon,
  from: nonEmptyText('a "from" node'),
  to: nonEmptyText('a "to" node'),
});

export const seriesSchema = z
  .discriminatedUnion(
    'kind',
    [
      z.strictObject({ ...seriesCommon, kind: z.literal('time'), points: z.array(timePointSchema).min(1, 'needs at least one point') }),
      z.strictObject({ ...seriesCommon, kind: z.literal('category'), points: z.array(categoryPointSchema).min(1, 'needs at least one point') }),
      z.strictObject({ ...seriesCommon, kind: z.literal('flow'), points: z.array(flowPointSchema).min(1, 'needs at least one point') }),
    ],
    { error: 'kind must be time, category or flow' },
  )
  .superRefine(requireReviewWhenRecalled)
  .superRefine((series, ctx) => {
    if (series.unit === 'percent') {
      series.points.forEach((point, index) => {
        if (point.value > 100) ctx.addIssue({ code: 'custom', path: ['points', index, 'value'], message: 'a percentage cannot exceed 100' });
      });
    }
  });

// ---------------------------------------------------------------- glossary

export const glossarySchema = z.strictObject({
  id: recordId,
  term: nonEmptyText('a term'),
  short: nonEmptyText('a short definition').max(240, 'a short definition fits in 240 characters'),
  long: z.string().trim().min(1).optional(),
  /** Other spellings that chapters may mark as this term. */
  aliases: z.array(nonEmptyText('an alias')).optional(),
  related: z.array(recordId).optional(),
  sources: sourceRefs.optional(),
});

// ---------------------------------------------------------------- the collections

export const datasetSchemas = {
  sources: sourceSchema,
  events: eventSchema,
  models: modelSchema,
  chips: chipSchema,
  series: seriesSchema,
  glossary: glossarySchema,
} as const;

export type CollectionName = keyof typeof datasetSchemas;
export const COLLECTION_NAMES = Object.keys(datasetSchemas) as CollectionName[];

export type Source = z.output<typeof sourceSchema>;
export type DatasetEvent = z.output<typeof eventSchema>;
export type Model = z.output<typeof modelSchema>;
export type Chip = z.output<typeof chipSchema>;
export type Series = z.output<typeof seriesSchema>;
export type TimeSeries = Extract<Series, { kind: 'time' }>;
export type CategorySeries = Extract<Series, { kind: 'category' }>;
export type FlowSeries = Extract<Series, { kind: 'flow' }>;
export type GlossaryTerm = z.output<typeof glossarySchema>;

export interface Dataset {
  sources: Source[];
  events: DatasetEvent[];
  models: Model[];
  chips: Chip[];
  series: Series[];
  glossary: GlossaryTerm[];
}
