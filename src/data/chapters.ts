/** The chapters in reading order (src/story/validateStory.ts checks that their orders run 1, 2, 3...). */
import { getCollection, type CollectionEntry } from 'astro:content';

export type ChapterEntry = CollectionEntry<'chapters'>;

export async function getChapters(): Promise<ChapterEntry[]> {
  const chapters = await getCollection('chapters');
  return chapters.sort((a, b) => a.data.order - b.data.order);
}

export function chapterHref(slug: string): string {
  return `/chapters/${slug}/`;
}
