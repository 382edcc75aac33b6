/**
 * Every scrolly sequence of the story, read from the chapters' MDX by the remark plugin: for
 * embeds, chart data downloads and teacher guides. Sequence ids are unique across the site.
 */
import { render } from 'astro:content';
import { getChapters, type ChapterEntry } from './chapters';
import type { ChapterMeta, SequenceDefinition } from '../mdx/remarkChapterMeta';

export interface StorySequence {
  chapter: ChapterEntry;
  sequence: SequenceDefinition;
}

let cached: Promise<StorySequence[]> | undefined;

async function load(): Promise<StorySequence[]> {
  const all: StorySequence[] = [];
  const seen = new Map<string, string>();
  for (const chapter of await getChapters()) {
    const { remarkPluginFrontmatter } = await render(chapter);
    for (const sequence of (remarkPluginFrontmatter as ChapterMeta).sequences) {
      const earlier = seen.get(sequence.id);
      if (earlier) throw new Error(`Scrolly id "${sequence.id}" is used in ${earlier} and ${chapter.id}: sequence ids must be unique across the site (they name embeds and downloads).`);
      seen.set(sequence.id, chapter.id);
      all.push({ chapter, sequence });
    }
  }
  return all;
}

export function getSequences(): Promise<StorySequence[]> {
  if (import.meta.env.DEV) return load();
  return (cached ??= load());
}
