/**
 * The corrections log as the pages read it: every entry checked against the chapters as built
 * (the chapter exists, the anchor is one of its ids) and the sources, or the build stops with the
 * file, the entry, the field and the ids it could have used.
 */
import { getCollection, getEntry, render } from 'astro:content';
import { getChapters } from '../data/chapters';
import { chapterAnchors } from '../data/chapterAnchors';
import type { Correction } from '../data/correctionSchema';
import { getDataset } from '../data/dataset';
import { DatasetError } from '../data/validate';
import { crossCheckCorrections } from '../data/validateCorrections';
import type { ChapterMeta } from '../mdx/remarkChapterMeta';
import { chapterNotes } from './chapterNotes';

/** Each chapter's slug, in reading order, with the ids a link may point at on its page. */
async function loadChapterAnchors(): Promise<Map<string, string[]>> {
  const dataset = await getDataset();
  const anchors = new Map<string, string[]>();
  for (const chapter of await getChapters()) {
    const { headings, remarkPluginFrontmatter } = await render(chapter);
    const meta = remarkPluginFrontmatter as ChapterMeta;
    // The same conditions under which the chapter page shows each block.
    const notes = chapterNotes({ chapterFile: `content/chapters/${chapter.id}.mdx`, citations: meta.citations, charts: meta.charts, dataset });
    const blocks = { keyPoints: chapter.data.keyPoints.length > 0, quiz: (await getEntry('quizzes', chapter.id)) !== undefined, notes: notes.length > 0 };
    anchors.set(chapter.id, chapterAnchors({ sequences: meta.sequences, headings, blocks }));
  }
  return anchors;
}

async function load(): Promise<Correction[]> {
  const entries = (await getCollection('corrections')).map((entry) => ({ file: entry.filePath ?? 'content/corrections', entry: entry.data }));
  const dataset = await getDataset();
  const problems = crossCheckCorrections(entries, { chapters: await loadChapterAnchors(), sourceIds: new Set(dataset.sources.map((source) => source.id)) });
  if (problems.length > 0) throw new DatasetError(problems, 'The corrections log');
  return entries.map(({ entry }) => entry);
}

let cached: Promise<Correction[]> | undefined;

/** Every entry, checked; one read per build (in development, afresh each time). */
export function getCorrections(): Promise<Correction[]> {
  if (import.meta.env.DEV) return load();
  return (cached ??= load());
}
