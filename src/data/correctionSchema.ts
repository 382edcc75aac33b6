/**
 * An entry of the public corrections and updates log (content/corrections/*.yaml, each file a list).
 * The schema checks each entry on its own; `corrections.ts` checks what spans files and content
 * (unique ids, the chapter, the anchor in that chapter, the sources).
 */
import { z } from 'astro/zod';
import { fullDate, recordId, sourceRefs } from './schema';

/**
 * correction: a statement was wrong; clarification: it was misleading or imprecise and is now
 * precise; update: new information since publication; no-change: a reported error that was checked
 * and kept, with the reasons.
 */
export const CORRECTION_KINDS = ['correction', 'clarification', 'update', 'no-change'] as const;

/** Where on the site the change was made. */
export const CORRECTION_PARTS = ['text', 'chart', 'data', 'quiz', 'guide', 'glossary', 'sources'] as const;

const text = (what: string) => z.string({ error: `needs ${what}` }).trim().min(1, `${what} must not be empty`);

export const correctionSchema = z.strictObject({
  /** Stable: the entry's fragment on /corrections/. */
  id: recordId,
  /** The day the entry was published. */
  date: fullDate,
  kind: z.enum(CORRECTION_KINDS, { error: `must be one of ${CORRECTION_KINDS.join(', ')}` }),
  /** A chapter's slug (content/chapters/<slug>.mdx). */
  chapter: recordId,
  /** An id in that chapter: a step, a section heading, or one of the blocks (src/data/chapterAnchors.ts). */
  anchor: z.string({ error: 'needs an anchor (an id in the chapter)' }).regex(/^[^\s#]+$/, 'an anchor is an id in the chapter, written without "#" or spaces'),
  parts: z.array(z.enum(CORRECTION_PARTS, { error: `must be one of ${CORRECTION_PARTS.join(', ')}` }), { error: 'needs a list of the parts changed' }).min(1, 'must name at least one part changed'),
  /** The item of a fact-check this entry answers, as a short code ("W9"). */
  review: z.string().trim().min(1).max(20, 'a review item is a short code').optional(),
  /** What the site said and why it was wrong (for no-change: what was reported). */
  wrong: text('what was wrong ("wrong")'),
  /** What is right (for no-change: why the text was kept). */
  right: text('what is right ("right")'),
  /** Literal words removed from the site, which must never appear on it again (a test holds this). */
  oldWords: z.array(text('old words')).min(1, 'leave oldWords out rather than empty').optional(),
  sources: sourceRefs,
});

export type Correction = z.output<typeof correctionSchema>;
export type CorrectionKind = Correction['kind'];
