import { z } from 'astro/zod';
import { recordId } from '../../data/schema';

/** Words written into a step carry no figures: numbers come from the dataset. */
const label = z
  .string()
  .min(1)
  .refine((text) => !/\d/.test(text), 'a label written in a step may not contain digits: take numbers from the dataset');

/**
 * A line's name and where it goes: beside the last point (default) or above the first. A step
 * cannot choose a line's style: the chart dashes only what this site computed (and says so in the
 * line's name), and draws a series of two published readings as an arrow between them.
 */
const named = { series: recordId, label, labelAt: z.enum(['start', 'end']).default('end') };

/** The index view's series holds several lines: the group to draw. */
export const INDEX_GROUPS = ['closed', 'cn-open', 'us-open'] as const;
/** The talent view's lines: one measure of the tracker each, in the panel of its kind. */
export const TALENT_CATEGORIES = ['Undergraduate degree in China', 'Undergraduate degree in the US', 'Working in the US', 'Working in China'] as const;

/** A point picked out on a line, with the training compute (and chips) of the model behind it. */
const callout = z.strictObject({
  line: recordId,
  /** The point's date in the line's series. */
  at: z.string().min(1),
  /** The model whose training compute is written beside the point (models collection). */
  model: recordId,
  /** A category of the GPU-count series naming the chips the model was trained on. */
  gpus: z.string().min(1).optional(),
});

/** A dated record drawn as a vertical rule: "events:<id>" or "models:<id>". */
const marker = z.strictObject({
  record: z.string().regex(/^(events|models):[a-z0-9.-]+$/, 'must look like events:<id> or models:<id>'),
  label,
});

/** What the views over time share: call-outs on points, dated markers, and emphasis by series id. */
const overTime = {
  callouts: z.array(callout).default([]),
  markers: z.array(marker).default([]),
  /** Series ids to emphasise; the other lines are drawn muted. */
  highlight: z.array(recordId).default([]),
};

/**
 * What a step may ask of the closing line chart. Four views, each its own y axis:
 *  - "scores": LMArena scores of the best closed, best open, best Chinese and best US open models;
 *  - "index": Epoch AI's capability index of the best closed, best Chinese open and best US open
 *    model by month, the yardstick that continues after the LMArena snapshots end (never joined to them);
 *  - "gaps": how far the leader led (closed over open, US over China), in percent;
 *  - "talent": the talent tracker's shares in its 2019 and 2022 editions, in two panels (where
 *    researchers studied, where they work), so that only like measures share a panel.
 * Ids are checked against the chart's records at build time.
 */
export const closingGapsState = z.discriminatedUnion('view', [
  z.strictObject({ view: z.literal('scores'), lines: z.array(z.strictObject(named)).min(1), ...overTime }),
  z.strictObject({
    view: z.literal('index'),
    lines: z.array(z.strictObject({ ...named, group: z.enum(INDEX_GROUPS, { error: 'an index line must name the group to draw: closed, cn-open or us-open' }) })).min(1),
    ...overTime,
  }),
  z.strictObject({ view: z.literal('gaps'), lines: z.array(z.strictObject(named)).min(1), ...overTime }),
  z.strictObject({
    view: z.literal('talent'),
    lines: z.array(z.strictObject({ ...named, category: z.enum(TALENT_CATEGORIES, { error: `a talent line is one of: ${TALENT_CATEGORIES.join('; ')}` }) })).min(1),
    highlight: z.array(recordId).default([]),
  }),
]);

export type ClosingGapsState = z.output<typeof closingGapsState>;
export type TimeViewState = Exclude<ClosingGapsState, { view: 'talent' }>;
export type TalentState = Extract<ClosingGapsState, { view: 'talent' }>;
