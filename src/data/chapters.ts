/** The chapters in reading order, with their neighbours. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type ChapterEntry = CollectionEntry<'chapters'>;

export async function getChapters(): Promise<ChapterEntry[]> {
  const chapters = await getCollection('chapters');
  chapters.sort((a, b) => a.data.order - b.data.order);
  chapters.forEach((chapter, index) => {
    if (chapter.data.order !== index + 1) {
      throw new Error(`content/chapters/${chapter.id}.mdx has order ${chapter.data.order}; chapter orders must run 1, 2, 3... without gaps or repeats.`);
    }
  });
  return chapters;
}

export function chapterHref(slug: string): string {
  return `/chapters/${slug}/`;
}
