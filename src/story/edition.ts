/**
 * The latest date any chapter's sources reach. The first edition stopped at August 2025; the
 * December 2026 edition carries the story on to the summer of 2026 (Hugging Face's summer report,
 * covering January to August 2026, is the last broad dataset). Each chapter's own `asOf` says how
 * far its sources reach, which may be earlier.
 */
export const STORY_AS_OF = '2026-08';

/** When this edition of the site was published, for citations. */
export const SITE_PUBLISHED = '2026-12-07';
