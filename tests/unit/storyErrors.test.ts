/**
 * A broken reference between the story's files must stop the build with a message naming the
 * file and the record. Each case breaks one reference of a small, well-formed story and runs the
 * same validator the build runs (src/story/validateStory.ts).
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { guideSchema, quizSchema } from '../../src/data/classroomSchema';
import { formatProblem, validateDataset, type RawDataFile } from '../../src/data/validate';
import type { CollectionName } from '../../src/data/schema';
import type { Correction } from '../../src/data/correctionSchema';
import type { ChapterMeta } from '../../src/story/meta';
import { validateStory, type StoryChapterInput, type StoryInput } from '../../src/story/validateStory';

const file = (collection: CollectionName, records: unknown[]): RawDataFile => ({ path: `content/data/${collection}/test.yaml`, collection, text: stringify(records) });
const source = { id: 'good-source', title: 'A report', publisher: 'A publisher', url: 'https://example.org/report', published: '2024-05', accessed: '2026-11-29', kind: 'research' };
const series = { id: 'a-series', kind: 'time', label: 'A count', unit: 'count', asOf: '2025-06', estimate: false, measure: 'Things counted.', points: [{ date: '2024', value: 3 }], sources: ['good-source'], confidence: 'verified' };
const term = { id: 'open-weights', term: 'Open weights', short: 'A model whose weights anyone may download.' };
const { dataset, problems: datasetProblems } = validateDataset([file('sources', [source]), file('series', [series]), file('glossary', [term])]);

const meta: ChapterMeta = {
  citations: ['good-source'],
  charts: ['aChart'],
  sequences: [{ id: 'a-sequence', chart: 'aChart', caption: 'A chart', steps: [{ id: 'first-step', description: 'The first.', state: {} }] }],
  terms: ['open-weights'],
  claimMarkers: ['C01'],
  values: [{ series: 'a-series', at: '2024' }],
  dates: [],
  words: 100,
  readingMinutes: 1,
};
const chapter: StoryChapterInput = { slug: 'chips', order: 1, claims: ['C01'], hasKeyPoints: true, meta, headings: [{ depth: 2, slug: 'a-section' }] };
const guide = guideSchema.parse({
  level: 'Ages 15-18',
  lessonMinutes: 45,
  objectives: ['One', 'Two', 'Three'],
  vocabulary: ['open-weights', 'open-weights', 'open-weights'],
  questions: {
    recall: [1, 2, 3].map((n) => ({ question: `Q${n}?`, answer: 'A.' })),
    analysis: [1, 2, 3].map((n) => ({ question: `Why ${n}?`, guidance: 'G.' })),
  },
  activity: { title: 'Read the chart', minutes: 15, sequence: 'a-sequence', steps: ['One', 'Two', 'Three'] },
  contested: [
    { point: 'P1', howToTeach: 'H1' },
    { point: 'P2', howToTeach: 'H2' },
  ],
});
const quiz = quizSchema.parse({
  questions: ['q-one', 'q-two', 'q-three'].map((id) => ({ id, prompt: 'Which?', sources: ['good-source'], options: [{ text: 'Yes', correct: true, explanation: 'E.' }, { text: 'No', explanation: 'E.' }] })),
});
const correction: Correction = { id: 'a-fix', date: '2026-12-01', kind: 'correction', chapter: 'chips', anchor: 'first-step', parts: ['text'], wrong: 'W.', right: 'R.', sources: ['good-source'] } as Correction;

const good: StoryInput = {
  chapters: [chapter],
  guides: [{ slug: 'chips', guide }],
  quizzes: [{ slug: 'chips', quiz }],
  coverFigure: { sequence: 'a-sequence', step: 'first-step' },
  claims: [{ id: 'C01', chapters: ['chips'] }],
  corrections: [{ file: 'content/corrections/chips.yaml', entry: correction }],
  dataset,
  chartSources: new Map([['aChart', ['good-source']]]),
};

const problemsWith = (change: Partial<StoryInput>) => validateStory({ ...good, ...change }).map(formatProblem);
const withMeta = (change: Partial<ChapterMeta>, chapterChange: Partial<StoryChapterInput> = {}) => problemsWith({ chapters: [{ ...chapter, ...chapterChange, meta: { ...meta, ...change } }] });

describe('broken references in the story stop the build, naming the file and the record', () => {
  it('accepts the well-formed story', () => {
    expect(datasetProblems).toEqual([]);
    expect(problemsWith({})).toEqual([]);
  });

  it('a chapter cites a source the dataset does not hold', () => {
    expect(withMeta({ citations: ['good-source', 'no-such-source'] })).toEqual([
      'content/chapters/chips.mdx › record "<Cite id="no-such-source">": cites source "no-such-source", which the sources collection does not hold',
    ]);
  });

  it('a chapter marks a term the glossary does not hold, or marks a term twice', () => {
    expect(withMeta({ terms: ['open-weights', 'closed-weights'] })).toEqual([
      'content/chapters/chips.mdx › record "<Term id="closed-weights">": "closed-weights" is not a glossary term (content/data/glossary)',
    ]);
    expect(withMeta({ terms: ['open-weights', 'open-weights'] })).toEqual([
      'content/chapters/chips.mdx › record "<Term id="open-weights">": marks a term the chapter already marked: mark a term once, where the chapter first uses it',
    ]);
  });

  it('a <Value> names a point the dataset does not hold', () => {
    const [message] = withMeta({ values: [{ series: 'a-series', at: '2031' }] });
    expect(message).toMatch(/^content\/chapters\/chips\.mdx › record "<Value series="a-series" at="2031">": /);
  });

  it("chapters' orders do not run 1, 2, 3...", () => {
    expect(withMeta({}, { order: 2 })).toEqual(['content/chapters/chips.mdx › field "order": is 2, where the chapters in order need 1: orders run 1, 2, 3... without gaps or repeats']);
  });

  it('a <DateOf> names a record the dataset does not hold, or one without a date', () => {
    expect(withMeta({ dates: ['events:no-such-event'] })).toEqual([
      'content/chapters/chips.mdx › record "<DateOf record="events:no-such-event">": no dated record "events:no-such-event" (use events:<id>, models:<id> or chips:<id>)',
    ]);
  });

  it('a sequence draws a chart that does not exist', () => {
    expect(withMeta({ sequences: [{ ...meta.sequences[0]!, chart: 'noChart' }] })).toEqual([
      'content/chapters/chips.mdx › record "<Scrolly id="a-sequence">" › field "chart": "noChart" is not a chart (src/charts/<chart>/); the charts are: aChart',
    ]);
  });

  it("a chart's sources are not all in the dataset", () => {
    expect(problemsWith({ chartSources: new Map([['aChart', ['good-source', 'gone-source']]]) })).toEqual([
      'content/chapters/chips.mdx › record "<Scrolly id="a-sequence">" › field "chart": chart aChart cites source "gone-source", which the sources collection does not hold',
    ]);
  });

  it('two chapters use one sequence id', () => {
    const other = { ...chapter, slug: 'talent', order: 2, claims: [], meta: { ...meta, claimMarkers: [] } };
    expect(problemsWith({ chapters: [chapter, other] })).toEqual([
      'content/chapters/talent.mdx › record "<Scrolly id="a-sequence">" › field "id": already used in content/chapters/chips.mdx: sequence ids must be unique across the site (they name embeds and downloads)',
    ]);
  });

  it('claims: unknown, not allowed in the chapter, declared but not marked, marked but not declared, told nowhere', () => {
    expect(withMeta({ claimMarkers: ['C01', 'C99'] }, { claims: ['C01', 'C99'] })).toEqual(['content/chapters/chips.mdx › field "claims[1]": "C99" is not a claim of content/claims.yaml']);
    expect(problemsWith({ claims: [{ id: 'C01', chapters: ['talent'] }] })).toEqual([
      'content/chapters/chips.mdx › field "claims[0]": C01 may be told only in talent (content/claims.yaml)',
    ]);
    expect(withMeta({ claimMarkers: [] })).toEqual([
      'content/chapters/chips.mdx › field "claims[0]": C01 is declared but not marked in the text: put {/* claim C01 */} at the passage that tells it',
    ]);
    expect(withMeta({ claimMarkers: ['C01', 'C02'] })).toEqual([
      'content/chapters/chips.mdx › record "{/* claim C02 */}": marks C02, which the frontmatter does not declare (claims:)',
    ]);
    expect(problemsWith({ claims: [...good.claims, { id: 'C02', chapters: ['talent'] }] })).toEqual([
      'content/claims.yaml › record "C02": no chapter declares it; declare it in one of: talent',
    ]);
  });

  it('a teacher guide without its chapter, with an unknown term, or with a sequence of another chapter', () => {
    expect(problemsWith({ guides: [{ slug: 'chipz', guide }] })).toEqual([
      "content/teach/chipz.yaml: has no chapter content/chapters/chipz.mdx (the file name is the chapter's slug); the chapters are: chips",
    ]);
    expect(problemsWith({ guides: [{ slug: 'chips', guide: { ...guide, vocabulary: ['open-weights', 'tpp'] } }] })).toEqual([
      'content/teach/chips.yaml › field "vocabulary[1]": "tpp" is not a glossary term (content/data/glossary)',
    ]);
    expect(problemsWith({ guides: [{ slug: 'chips', guide: { ...guide, activity: { ...guide.activity, sequence: 'other-sequence' } } }] })).toEqual([
      'content/teach/chips.yaml › field "activity.sequence": "other-sequence" is not a scrolly sequence of chapter "chips"; its sequences are: a-sequence',
    ]);
  });

  it('a quiz without its chapter, or citing a source the dataset does not hold', () => {
    expect(problemsWith({ quizzes: [{ slug: 'chipz', quiz }] })).toEqual([
      "content/quizzes/chipz.yaml: has no chapter content/chapters/chipz.mdx (the file name is the chapter's slug); the chapters are: chips",
    ]);
    const badQuiz = { questions: [{ ...quiz.questions[0]!, sources: ['no-such-source'] }, ...quiz.questions.slice(1)] };
    expect(problemsWith({ quizzes: [{ slug: 'chips', quiz: badQuiz }] })).toEqual([
      'content/quizzes/chips.yaml › record "q-one" › field "questions[0].sources[0]": cites source "no-such-source", which the sources collection does not hold',
    ]);
  });

  it("the cover's figure: malformed, an unknown sequence, an unknown step", () => {
    expect(problemsWith({ coverFigure: 'a-sequence' })).toEqual([
      'content/cover.mdx › field "figure": give the cover\'s picture as "figure: { sequence: <scrolly id>, step: <step id> }"',
    ]);
    expect(problemsWith({ coverFigure: { sequence: 'b-sequence', step: 'first-step' } })).toEqual(['content/cover.mdx › field "figure.sequence": no chart sequence "b-sequence" in the chapters']);
    expect(problemsWith({ coverFigure: { sequence: 'a-sequence', step: 'last-step' } })).toEqual([
      'content/cover.mdx › field "figure.step": "a-sequence" has no step "last-step" (it has first-step)',
    ]);
  });

  it("a correction's anchor is not an id in its chapter", () => {
    expect(problemsWith({ corrections: [{ file: 'content/corrections/chips.yaml', entry: { ...correction, anchor: 'no-such-step' } }] })).toEqual([
      'content/corrections/chips.yaml › record "a-fix" › field "anchor": "no-such-step" is not an id in chapter "chips"; its ids are: a-section, a-sequence, first-step, key-points, quiz, notes',
    ]);
  });
});
