/**
 * Every chapter has a teacher guide and a quiz that fit the schemas, point at things that exist
 * (glossary terms, the chapter's sequences, sources) and type no figures by hand.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { guideSchema, quizSchema } from '../../src/data/classroomSchema';
import { readDataset } from '../../src/data/readDataset';
import { ROOT, readChapters } from './chapterText';
import { handTypedNumbers } from './handTypedNumbers';

const dataset = readDataset(ROOT);
const glossaryIds = new Set(dataset.glossary.map((term) => term.id));
const sourceIds = new Set(dataset.sources.map((source) => source.id));

/** Fields that hold ids (a glossary term, a sequence, a source), not words a reader sees. */
const ID_FIELDS = new Set(['id', 'vocabulary', 'sequence', 'sources']);

/** Every string a reader sees in a guide or quiz. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, field]) => (ID_FIELDS.has(key) ? [] : strings(field)));
  return [];
}

for (const chapter of readChapters()) {
  describe(`classroom material for ${chapter.slug}`, () => {
    const guideFile = `${ROOT}content/teach/${chapter.slug}.yaml`;
    const quizFile = `${ROOT}content/quizzes/${chapter.slug}.yaml`;

    it('marks each glossary term once, where the chapter first uses it', () => {
      // <Term> gives its words the id term-<id>; a second mark of the same term repeats the id on the page.
      const marked = [...chapter.body.matchAll(/<Term\s+id="([^"]+)"/g)].map((match) => match[1]!);
      const repeated = marked.filter((id, index) => marked.indexOf(id) !== index);
      expect(repeated, `${chapter.slug}.mdx marks these terms more than once`).toEqual([]);
      for (const id of marked) expect(glossaryIds.has(id), `<Term id="${id}">`).toBe(true);
    });

    it('has a teacher guide whose terms and sequence exist', () => {
      expect(existsSync(guideFile), guideFile).toBe(true);
      const guide = guideSchema.parse(parse(readFileSync(guideFile, 'utf8')));
      for (const id of guide.vocabulary) expect(glossaryIds.has(id), `vocabulary ${id}`).toBe(true);
      expect(chapter.body).toContain(`id="${guide.activity.sequence}"`);
      expect(guide.questions.recall.length + guide.questions.analysis.length).toBeGreaterThanOrEqual(6);
      expect(guide.questions.analysis.some((question) => question.perspective)).toBe(true);
      expect(guide.activity.minutes).toBeLessThanOrEqual(guide.lessonMinutes);
    });

    it('has a quiz of 3-5 questions, one right answer each, explained', () => {
      expect(existsSync(quizFile), quizFile).toBe(true);
      const quiz = quizSchema.parse(parse(readFileSync(quizFile, 'utf8')));
      for (const question of quiz.questions) {
        for (const id of question.sources ?? []) expect(sourceIds.has(id), `source ${id}`).toBe(true);
      }
    });

    it('types no figures by hand', () => {
      const text = [guideFile, quizFile].filter((file) => existsSync(file)).flatMap((file) => strings(parse(readFileSync(file, 'utf8'))));
      expect(text.flatMap((line) => handTypedNumbers(line))).toEqual([]);
    });
  });
}
