/**
 * Checks every cross-reference of the story once, the way validateDataset checks the dataset
 * (src/data/validate.ts): chapters' citations, terms, claims, values, dates and sequences; teacher guides,
 * quizzes, the cover's figure and the corrections log. Each problem names the file and the record,
 * so pages and components can read the story without checking it again.
 *
 * Pure: takes what the build read (src/story/story.ts gathers it), returns problems.
 */
import type { Dataset } from '../data/schema';
import type { Guide, Quiz } from '../data/classroomSchema';
import { chapterAnchors } from '../data/chapterAnchors';
import type { DatasetProblem } from '../data/validate';
import { crossCheckCorrections, type LocatedCorrection } from '../data/validateCorrections';
import { quoteValue, recordDate, type ValueRequest } from '../data/values';
import type { ChapterMeta, ValueUse } from './meta';

export interface StoryChapterInput {
  slug: string;
  /** The frontmatter's `order`: chapters run 1, 2, 3... */
  order: number;
  /** Chapter frontmatter the checks need. */
  claims: readonly string[];
  hasKeyPoints: boolean;
  meta: ChapterMeta;
  headings: readonly { depth: number; slug: string }[];
}

export interface StoryInput {
  /** In reading order. */
  chapters: readonly StoryChapterInput[];
  /** By file name: content/teach/<slug>.yaml, content/quizzes/<slug>.yaml. */
  guides: readonly { slug: string; guide: Guide }[];
  quizzes: readonly { slug: string; quiz: Quiz }[];
  /** content/cover.mdx's `figure`, as written. */
  coverFigure: unknown;
  /** content/claims.yaml. */
  claims: readonly { id: string; chapters: readonly string[] }[];
  corrections: readonly LocatedCorrection[];
  dataset: Dataset;
  /** Each chart the site has, by name, with the source ids it cites. */
  chartSources: ReadonlyMap<string, readonly string[]>;
}

export const CLAIMS_FILE = 'content/claims.yaml';
export const COVER_FILE = 'content/cover.mdx';
export const chapterFile = (slug: string) => `content/chapters/${slug}.mdx`;
export const guideFile = (slug: string) => `content/teach/${slug}.yaml`;
export const quizFile = (slug: string) => `content/quizzes/${slug}.yaml`;

const list = (ids: Iterable<string>) => [...ids].join(', ');

export function validateStory(input: StoryInput): DatasetProblem[] {
  const context = storyContext(input);
  return [
    ...checkChapterOrder(input),
    ...input.chapters.flatMap((chapter) => checkChapter(chapter, input, context)),
    ...checkSequenceIds(input),
    ...checkClaimCoverage(input),
    ...checkGuides(input, context),
    ...checkQuizzes(input, context),
    ...checkCover(input, context),
    ...crossCheckCorrections(input.corrections, { chapters: context.anchors, sourceIds: context.sourceIds }),
  ];
}

interface StoryContext {
  sourceIds: ReadonlySet<string>;
  glossaryIds: ReadonlySet<string>;
  chapters: ReadonlyMap<string, StoryChapterInput>;
  /** Each sequence id with its chapter and step ids (the first chapter to use an id keeps it). */
  sequences: ReadonlyMap<string, { chapter: string; steps: string[] }>;
  anchors: ReadonlyMap<string, string[]>;
}

function storyContext(input: StoryInput): StoryContext {
  const sourceIds = new Set(input.dataset.sources.map((source) => source.id));
  const quizSlugs = new Set(input.quizzes.map(({ slug }) => slug));
  const sequences = new Map<string, { chapter: string; steps: string[] }>();
  const anchors = new Map<string, string[]>();
  for (const chapter of input.chapters) {
    for (const sequence of chapter.meta.sequences) {
      if (!sequences.has(sequence.id)) sequences.set(sequence.id, { chapter: chapter.slug, steps: sequence.steps.map((step) => step.id) });
    }
    // The same conditions under which the chapter page shows each block.
    const notes = chapter.meta.citations.length > 0 || chapter.meta.charts.some((chart) => (input.chartSources.get(chart)?.length ?? 0) > 0);
    const blocks = { keyPoints: chapter.hasKeyPoints, quiz: quizSlugs.has(chapter.slug), notes };
    anchors.set(chapter.slug, chapterAnchors({ sequences: chapter.meta.sequences, headings: chapter.headings, blocks }));
  }
  return {
    sourceIds,
    glossaryIds: new Set(input.dataset.glossary.map((term) => term.id)),
    chapters: new Map(input.chapters.map((chapter) => [chapter.slug, chapter])),
    sequences,
    anchors,
  };
}

/** Chapters are numbered from their order, and the pagination follows it: 1, 2, 3... with no gap or repeat. */
function checkChapterOrder(input: StoryInput): DatasetProblem[] {
  return input.chapters.flatMap((chapter, index) =>
    chapter.order === index + 1
      ? []
      : [{ file: chapterFile(chapter.slug), field: 'order', message: `is ${chapter.order}, where the chapters in order need ${index + 1}: orders run 1, 2, 3... without gaps or repeats` }],
  );
}

/** A <Value>'s attributes as written, to name it in a message. */
function valueElement(use: ValueUse): string {
  return `<Value ${Object.entries(use).map(([key, value]) => `${key}="${value}"`).join(' ')}>`;
}

function checkChapter(chapter: StoryChapterInput, input: StoryInput, context: StoryContext): DatasetProblem[] {
  const file = chapterFile(chapter.slug);
  const problems: DatasetProblem[] = [];
  const problem = (record: string | undefined, field: string | undefined, message: string) => problems.push({ file, record, field, message });
  for (const id of chapter.meta.citations) {
    if (!context.sourceIds.has(id)) problem(`<Cite id="${id}">`, undefined, `cites source "${id}", which the sources collection does not hold`);
  }
  chapter.meta.terms.forEach((id, index) => {
    if (!context.glossaryIds.has(id)) problem(`<Term id="${id}">`, undefined, `"${id}" is not a glossary term (content/data/glossary)`);
    else if (chapter.meta.terms.indexOf(id) < index) problem(`<Term id="${id}">`, undefined, 'marks a term the chapter already marked: mark a term once, where the chapter first uses it');
  });
  for (const use of chapter.meta.values) {
    try {
      quoteValue(input.dataset, use as ValueRequest);
    } catch (error) {
      problem(valueElement(use), undefined, error instanceof Error ? error.message : String(error));
    }
  }
  for (const record of chapter.meta.dates) {
    try {
      recordDate(input.dataset, record);
    } catch (error) {
      problem(`<DateOf record="${record}">`, undefined, error instanceof Error ? error.message : String(error));
    }
  }
  for (const sequence of chapter.meta.sequences) {
    const sources = input.chartSources.get(sequence.chart);
    if (!sources) {
      problem(`<Scrolly id="${sequence.id}">`, 'chart', `"${sequence.chart}" is not a chart (src/charts/<chart>/); the charts are: ${list(input.chartSources.keys())}`);
      continue;
    }
    for (const id of sources) {
      if (!context.sourceIds.has(id)) problem(`<Scrolly id="${sequence.id}">`, 'chart', `chart ${sequence.chart} cites source "${id}", which the sources collection does not hold`);
    }
  }
  problems.push(...checkChapterClaims(chapter, input));
  return problems;
}

/** Each declared claim exists, may be told here, and is marked in the text; each marker is declared. */
function checkChapterClaims(chapter: StoryChapterInput, input: StoryInput): DatasetProblem[] {
  const file = chapterFile(chapter.slug);
  const problems: DatasetProblem[] = [];
  const claims = new Map(input.claims.map((claim) => [claim.id, claim]));
  chapter.claims.forEach((id, index) => {
    const field = `claims[${index}]`;
    const claim = claims.get(id);
    if (!claim) problems.push({ file, field, message: `"${id}" is not a claim of ${CLAIMS_FILE}` });
    else if (!claim.chapters.includes(chapter.slug)) problems.push({ file, field, message: `${id} may be told only in ${list(claim.chapters)} (${CLAIMS_FILE})` });
    if (!chapter.meta.claimMarkers.includes(id)) problems.push({ file, field, message: `${id} is declared but not marked in the text: put {/* claim ${id} */} at the passage that tells it` });
  });
  for (const id of new Set(chapter.meta.claimMarkers)) {
    if (!chapter.claims.includes(id)) problems.push({ file, record: `{/* claim ${id} */}`, message: `marks ${id}, which the frontmatter does not declare (claims:)` });
  }
  return problems;
}

/** Every claim of the brief is told by one of the chapters allowed to tell it. */
function checkClaimCoverage(input: StoryInput): DatasetProblem[] {
  return input.claims
    .filter((claim) => !input.chapters.some((chapter) => chapter.claims.includes(claim.id)))
    .map((claim) => ({ file: CLAIMS_FILE, record: claim.id, message: `no chapter declares it; declare it in one of: ${list(claim.chapters)}` }));
}

/** Sequence ids name embeds, downloads and /states/ files, so they are unique across the site. */
function checkSequenceIds(input: StoryInput): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const firstSeen = new Map<string, string>();
  for (const chapter of input.chapters) {
    for (const sequence of chapter.meta.sequences) {
      const earlier = firstSeen.get(sequence.id);
      const file = chapterFile(chapter.slug);
      if (earlier) problems.push({ file, record: `<Scrolly id="${sequence.id}">`, field: 'id', message: `already used in ${earlier}: sequence ids must be unique across the site (they name embeds and downloads)` });
      else firstSeen.set(sequence.id, file);
    }
  }
  return problems;
}

function missingChapter(file: string, slug: string, context: StoryContext): DatasetProblem | undefined {
  if (context.chapters.has(slug)) return undefined;
  return { file, message: `has no chapter content/chapters/${slug}.mdx (the file name is the chapter's slug); the chapters are: ${list(context.chapters.keys())}` };
}

function checkGuides(input: StoryInput, context: StoryContext): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  for (const { slug, guide } of input.guides) {
    const file = guideFile(slug);
    const noChapter = missingChapter(file, slug, context);
    if (noChapter) {
      problems.push(noChapter);
      continue;
    }
    guide.vocabulary.forEach((id, index) => {
      if (!context.glossaryIds.has(id)) problems.push({ file, field: `vocabulary[${index}]`, message: `"${id}" is not a glossary term (content/data/glossary)` });
    });
    const sequence = guide.activity.sequence;
    if (context.sequences.get(sequence)?.chapter !== slug) {
      const own = context.chapters.get(slug)!.meta.sequences.map((entry) => entry.id);
      problems.push({ file, field: 'activity.sequence', message: `"${sequence}" is not a scrolly sequence of chapter "${slug}"; its sequences are: ${list(own)}` });
    }
  }
  return problems;
}

function checkQuizzes(input: StoryInput, context: StoryContext): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  for (const { slug, quiz } of input.quizzes) {
    const file = quizFile(slug);
    const noChapter = missingChapter(file, slug, context);
    if (noChapter) problems.push(noChapter);
    quiz.questions.forEach((question, index) => {
      question.sources?.forEach((id, sourceIndex) => {
        if (!context.sourceIds.has(id)) {
          problems.push({ file, record: question.id, field: `questions[${index}].sources[${sourceIndex}]`, message: `cites source "${id}", which the sources collection does not hold` });
        }
      });
    });
  }
  return problems;
}

/** The cover's figure is "figure: { sequence: <scrolly id>, step: <step id> }", and both exist. */
export function coverFigureOf(figure: unknown): { sequence: string; step: string } | undefined {
  if (!figure || typeof figure !== 'object') return undefined;
  const { sequence, step } = figure as Record<string, unknown>;
  return typeof sequence === 'string' && typeof step === 'string' ? { sequence, step } : undefined;
}

function checkCover(input: StoryInput, context: StoryContext): DatasetProblem[] {
  const figure = coverFigureOf(input.coverFigure);
  if (!figure) return [{ file: COVER_FILE, field: 'figure', message: 'give the cover\'s picture as "figure: { sequence: <scrolly id>, step: <step id> }"' }];
  const sequence = context.sequences.get(figure.sequence);
  if (!sequence) return [{ file: COVER_FILE, field: 'figure.sequence', message: `no chart sequence "${figure.sequence}" in the chapters` }];
  if (!sequence.steps.includes(figure.step)) {
    return [{ file: COVER_FILE, field: 'figure.step', message: `"${figure.sequence}" has no step "${figure.step}" (it has ${list(sequence.steps)})` }];
  }
  return [];
}
