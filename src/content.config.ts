/**
 * Content collections: the chapters (MDX in content/chapters), the typed dataset
 * (content/data/<collection>/*.yaml) and the corrections log (content/corrections/*.yaml).
 * Schemas live in src/data/; this file only wires them up.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { correctionsLoader, datasetLoader } from './data/loader';
import { chipSchema, eventSchema, glossarySchema, modelSchema, seriesSchema, sourceSchema } from './data/schema';
import { chapterSchema } from './data/chapterSchema';
import { guideSchema, quizSchema } from './data/classroomSchema';
import { correctionSchema } from './data/correctionSchema';

export const collections = {
  chapters: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/chapters' }), schema: chapterSchema }),
  guides: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/teach' }), schema: guideSchema }),
  quizzes: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/quizzes' }), schema: quizSchema }),
  sources: defineCollection({ loader: datasetLoader('sources'), schema: sourceSchema }),
  events: defineCollection({ loader: datasetLoader('events'), schema: eventSchema }),
  models: defineCollection({ loader: datasetLoader('models'), schema: modelSchema }),
  chips: defineCollection({ loader: datasetLoader('chips'), schema: chipSchema }),
  series: defineCollection({ loader: datasetLoader('series'), schema: seriesSchema }),
  glossary: defineCollection({ loader: datasetLoader('glossary'), schema: glossarySchema }),
  corrections: defineCollection({ loader: correctionsLoader(), schema: correctionSchema }),
};
