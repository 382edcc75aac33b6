/**
 * The date the story runs to. The brief was written in mid-2025; the site tells the story to the
 * end of August 2025 and marks anything later, with its date, as "what came after".
 */
export const STORY_AS_OF = '2025-08';

/** When this edition of the site was published, for citations. */
export const SITE_PUBLISHED = '2026-11-29';
