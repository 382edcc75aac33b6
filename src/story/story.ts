/**
 * The story as the pages read it: chapters in reading order with what their MDX says (read once
 * by the remark plugin, typed by src/story/meta.ts), their sequences, the cover's figure and the
 * corrections log, all checked once by validateStory. The first page to ask loads and checks it;
 * a problem stops the build with every broken reference listed, so no page checks them again.
 */
import { getCollection, render } from 'astro:content';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { frontmatter as cover } from '../../content/cover.mdx';
import claimsText from '../../content/claims.yaml?raw';
import { charts } from '../charts/registry';
import { getChapters, type ChapterEntry } from '../data/chapters';
import type { Correction } from '../data/correctionSchema';
import { getDataset } from '../data/dataset';
import { DatasetError, fieldPath, type DatasetProblem } from '../data/validate';
import { getChartData } from './chartData';
import { perBuild } from './perBuild';
import { chapterMetaSchema, type ChapterMeta, type SequenceDefinition } from './meta';
import { CLAIMS_FILE, chapterFile, coverFigureOf, validateStory, type StoryChapterInput } from './validateStory';

export interface StoryChapter {
  entry: ChapterEntry;
  meta: ChapterMeta;
}

export interface StorySequence {
  chapter: ChapterEntry;
  definition: SequenceDefinition;
}

export interface Story {
  /** In reading order. */
  chapters: StoryChapter[];
  /** Every sequence of the story, in reading order; ids are unique across the site. */
  sequences: StorySequence[];
  cover: { sequence: string; step: string };
  /** The corrections log, checked against the chapters' ids. */
  corrections: Correction[];
}

const claimsSchema = z.array(z.object({ id: z.string(), chapters: z.array(z.string()), claim: z.string() }));

function readClaims(problems: DatasetProblem[]): z.output<typeof claimsSchema> {
  const result = claimsSchema.safeParse(parseYaml(claimsText));
  if (result.success) return result.data;
  problems.push(...result.error.issues.map((issue) => ({ file: CLAIMS_FILE, field: fieldPath(issue.path), message: issue.message })));
  return [];
}

async function readChapter(entry: ChapterEntry): Promise<StoryChapterInput & StoryChapter> {
  const { headings, remarkPluginFrontmatter } = await render(entry);
  const parsed = chapterMetaSchema.safeParse(remarkPluginFrontmatter);
  if (!parsed.success) {
    throw new Error(`${chapterFile(entry.id)}: the remark plugin's output does not fit src/story/meta.ts (is remarkChapterMeta registered in astro.config.mjs?): ${parsed.error.message}`);
  }
  return { entry, meta: parsed.data, slug: entry.id, order: entry.data.order, claims: entry.data.claims, hasKeyPoints: entry.data.keyPoints.length > 0, headings };
}

async function load(): Promise<Story> {
  const problems: DatasetProblem[] = [];
  const chapters = await Promise.all((await getChapters()).map(readChapter));
  const [guides, quizzes, corrections, dataset] = await Promise.all([getCollection('guides'), getCollection('quizzes'), getCollection('corrections'), getDataset()]);
  const chartSources = new Map<string, string[]>();
  for (const [name, chart] of charts) chartSources.set(name, chart.sources(await getChartData(name)));
  const located = corrections.map((entry) => ({ file: entry.filePath ?? 'content/corrections', entry: entry.data }));
  problems.push(
    ...validateStory({
      chapters,
      guides: guides.map((entry) => ({ slug: entry.id, guide: entry.data })),
      quizzes: quizzes.map((entry) => ({ slug: entry.id, quiz: entry.data })),
      coverFigure: cover.figure,
      claims: readClaims(problems),
      corrections: located,
      dataset,
      chartSources,
    }),
  );
  if (problems.length > 0) throw new DatasetError(problems, 'The story');
  return {
    chapters: chapters.map(({ entry, meta }) => ({ entry, meta })),
    sequences: chapters.flatMap(({ entry, meta }) => meta.sequences.map((definition) => ({ chapter: entry, definition }))),
    cover: coverFigureOf(cover.figure)!,
    corrections: located.map(({ entry }) => entry),
  };
}

const loadOnce = perBuild(load);

/** One read and one check per build. */
export function getStory(): Promise<Story> {
  return loadOnce('story');
}

export async function getStoryChapter(slug: string): Promise<StoryChapter> {
  return (await getStory()).chapters.find((chapter) => chapter.entry.id === slug)!;
}

export async function getStorySequence(id: string): Promise<StorySequence | undefined> {
  return (await getStory()).sequences.find((sequence) => sequence.definition.id === id);
}
