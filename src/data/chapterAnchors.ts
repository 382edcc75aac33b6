/**
 * The ids a link into a chapter may point at, so that a correction names a passage that exists.
 * They come from what the build already knows of a chapter: its scrolly sequences and their steps
 * (read by the remark plugin, src/mdx/remarkChapterMeta.ts), its section headings (the ids Astro's
 * rehypeHeadingIds gives them, which rehypeSectionLinks links), and the blocks the chapter page
 * adds after the text, whose ids are fixed here and used by their components.
 */
/** The blocks after a chapter's text, by the id each carries on the page. */
export const CHAPTER_BLOCK_IDS = {
  keyPoints: 'key-points',
  quiz: 'quiz',
  notes: 'notes',
} as const;

export interface ChapterAnchorSource {
  /** The chapter's sequences with their steps' ids, as the remark plugin reads them. */
  sequences: readonly { id: string; steps: readonly { id: string }[] }[];
  /** As Astro's render() returns them (depth 1-6, the id rehype gave each). */
  headings: readonly { depth: number; slug: string }[];
  /** Which blocks the page shows: a chapter without key points has no #key-points. */
  blocks: { keyPoints: boolean; quiz: boolean; notes: boolean };
}

/** Section headings are the h2s and h3s: the ones that carry a link to themselves. */
const SECTION_DEPTHS = new Set([2, 3]);

/** Every id a correction may anchor to: section headings, sequences and their steps, then the blocks. */
export function chapterAnchors({ sequences, headings, blocks }: ChapterAnchorSource): string[] {
  const anchors = [
    ...headings.filter((heading) => SECTION_DEPTHS.has(heading.depth)).map((heading) => heading.slug),
    ...sequences.flatMap((sequence) => [sequence.id, ...sequence.steps.map((step) => step.id)]),
  ];
  if (blocks.keyPoints) anchors.push(CHAPTER_BLOCK_IDS.keyPoints);
  if (blocks.quiz) anchors.push(CHAPTER_BLOCK_IDS.quiz);
  if (blocks.notes) anchors.push(CHAPTER_BLOCK_IDS.notes);
  return anchors.filter(Boolean);
}
