/**
 * Classroom content: a teacher guide (content/teach/<chapter-slug>.yaml) and a "check your
 * understanding" quiz (content/quizzes/<chapter-slug>.yaml) for each chapter. The file name is
 * the chapter's slug; tests check that every chapter has both.
 */
import { z } from 'astro/zod';
import { recordId } from './schema';

const text = z.string().trim().min(1);

export const guideSchema = z.strictObject({
  /** Who the lesson suits, in words ("Ages 15-18; introductory university"). */
  level: text,
  /** Suggested lesson length in minutes. */
  lessonMinutes: z.number().int().min(15).max(180),
  objectives: z.array(text).min(3, 'a guide needs 3 to 5 learning objectives').max(5, 'a guide needs 3 to 5 learning objectives'),
  /** Glossary term ids the lesson relies on. */
  vocabulary: z.array(recordId).min(3),
  questions: z.strictObject({
    /** Can students find it in the chapter? */
    recall: z.array(z.strictObject({ question: text, answer: text })).min(3),
    /** Weigh evidence, compare, take the other country's view. */
    analysis: z.array(z.strictObject({ question: text, guidance: text, perspective: z.boolean().default(false) })).min(3),
  }),
  activity: z.strictObject({
    title: text,
    minutes: z.number().int().min(5).max(120),
    /** The scrolly sequence (its id in the chapter) whose chart and data the activity uses. */
    sequence: recordId,
    steps: z.array(text).min(3),
  }),
  /** Where the evidence is disputed or the story simplifies, and how to handle it in class. */
  contested: z.array(z.strictObject({ point: text, howToTeach: text })).min(2),
});

export const quizSchema = z
  .strictObject({
    questions: z
      .array(
        z.strictObject({
          id: recordId,
          prompt: text,
          options: z.array(z.strictObject({ text, correct: z.boolean().default(false), explanation: text })).min(2).max(5),
          /** Where the answer rests, cited like the chapter. */
          sources: z.array(recordId).optional(),
        }),
      )
      .min(3, 'a quiz has 3 to 5 questions')
      .max(5, 'a quiz has 3 to 5 questions'),
  })
  .superRefine((quiz, ctx) => {
    quiz.questions.forEach((question, index) => {
      const correct = question.options.filter((option) => option.correct).length;
      if (correct !== 1) ctx.addIssue({ code: 'custom', path: ['questions', index, 'options'], message: `question "${question.id}" needs exactly one correct option (has ${correct})` });
    });
  });

export type Guide = z.output<typeof guideSchema>;
export type Quiz = z.output<typeof quizSchema>;
