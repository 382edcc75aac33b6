/** Frontmatter of a chapter (content/chapters/<slug>.mdx). The file name is the chapter's slug. */
import { z } from 'astro/zod';
import { partialDate } from './schema';

export const CLAIM_ID = /^C\d{2}$/;

export const chapterSchema = z.strictObject({
  title: z.string().trim().min(1),
  /** Position in the story, 1 = introduction. */
  order: z.number().int().min(1),
  /** One line: used by the cover, link previews and the teacher guide. */
  summary: z.string().trim().min(1).max(200),
  /** A short kicker above the title (e.g. "Chapter 3"). */
  kicker: z.string().trim().min(1),
  /** Claims from the brief (C01-C25) this chapter tells. */
  claims: z.array(z.string().regex(CLAIM_ID, 'claim ids look like C07')).default([]),
  /** The date the chapter's story runs to. */
  asOf: partialDate,
  /** Key points shown in the takeaways box at the end. */
  keyPoints: z.array(z.string().trim().min(1)).default([]),
});
