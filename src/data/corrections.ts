/**
 * The corrections log as the pages read it. Each entry was checked on its own when loaded
 * (src/data/loader.ts); its chapter, anchor and sources are checked with the rest of the story's
 * references (src/story/validateStory.ts), which the pages that show the log load first.
 */
import { getCollection } from 'astro:content';
import type { Correction } from './correctionSchema';

export async function getCorrections(): Promise<Correction[]> {
  return (await getCollection('corrections')).map((entry) => entry.data);
}
