/**
 * Each chapter's link targets, from its MDX run through the plugins the build runs (remark-gfm and
 * smartypants, as @astrojs/mdx adds them, the site's remark plugin, and Astro's own rehypeHeadingIds,
 * which gives each heading its id), so that a test without Astro sees the ids the pages carry. The
 * blocks after the text are there when the page shows them (src/pages/chapters/[slug].astro).
 */
import { existsSync } from 'node:fs';
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import remarkSmartypants from 'remark-smartypants';
import { VFile } from 'vfile';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { remarkChapterMeta, type ChapterMeta, type SequenceDefinition } from '../../src/mdx/remarkChapterMeta';
import { chapterAnchors } from '../../src/data/chapterAnchors';
import { ROOT, readChapters } from './chapterText';

interface CompiledData {
  astro?: { frontmatter?: Partial<ChapterMeta>; headings?: { depth: number; slug: string }[] };
}

/** Every chapter's slug, in reading order, with the ids a correction may anchor to. */
export async function realChapterAnchors(): Promise<Map<string, string[]>> {
  const chapters = readChapters().sort((a, b) => Number(a.frontmatter.order) - Number(b.frontmatter.order));
  const anchors = new Map<string, string[]>();
  for (const chapter of chapters) {
    const file = new VFile({ value: chapter.body, path: `${ROOT}content/chapters/${chapter.slug}.mdx`, data: { astro: { frontmatter: {} } } });
    await compile(file, { remarkPlugins: [remarkGfm, remarkSmartypants, remarkChapterMeta], rehypePlugins: [rehypeHeadingIds] });
    const data = file.data as CompiledData;
    const meta = data.astro?.frontmatter ?? {};
    const keyPoints = chapter.frontmatter.keyPoints;
    anchors.set(
      chapter.slug,
      chapterAnchors({
        sequences: meta.sequences ?? [],
        headings: data.astro?.headings ?? [],
        blocks: {
          keyPoints: Array.isArray(keyPoints) && keyPoints.length > 0,
          quiz: existsSync(`${ROOT}content/quizzes/${chapter.slug}.yaml`),
          // Every chapter's charts have sources, so a chapter with a chart or a citation has notes.
          notes: (meta.citations?.length ?? 0) > 0 || (meta.charts?.length ?? 0) > 0,
        },
      }),
    );
  }
  return anchors;
}

/** Every sequence of every chapter, with its steps' states, as the build reads them. */
export async function realSequences(): Promise<SequenceDefinition[]> {
  const sequences: SequenceDefinition[] = [];
  for (const chapter of readChapters()) {
    const file = new VFile({ value: chapter.body, path: `${ROOT}content/chapters/${chapter.slug}.mdx`, data: { astro: { frontmatter: {} } } });
    await compile(file, { remarkPlugins: [remarkGfm, remarkSmartypants, remarkChapterMeta] });
    sequences.push(...((file.data as CompiledData).astro?.frontmatter?.sequences ?? []));
  }
  return sequences;
}
