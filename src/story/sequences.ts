/**
 * Every page that shows a sequence (the chapter's Scrolly and each Step's own figure, embeds, the
 * cover, link previews, /states/ and the chart downloads) reads it from here: built once per
 * build, with one `select` per chart and one `layout` per step and shape.
 */
import type { ChapterEntry } from '../data/chapters';
import { getDataset } from '../data/dataset';
import { chartTable } from './chartTable';
import { getChart } from '../charts/registry';
import { buildSequence, type BuiltSequence } from './buildSequence';
import { getChartData } from './chartData';
import { perBuild } from './perBuild';
import { getStorySequence } from './story';
import { chapterFile } from './validateStory';

export interface ChapterSequence extends BuiltSequence {
  chapter: ChapterEntry;
}

export const getBuiltSequence = perBuild(async (id): Promise<ChapterSequence> => {
  const found = await getStorySequence(id);
  if (!found) throw new Error(`No scrolly sequence "${id}" in the chapters.`);
  const { chapter, definition } = found;
  const chart = getChart(definition.chart);
  const built = buildSequence({ chart, data: await getChartData(chart.name), sequence: definition, where: chapterFile(chapter.id) });
  return { ...built, chapter };
});

/**
 * A sequence's chart data as the CSV and JSON downloads lay it out (src/data/downloads.ts), once
 * for both files. chartTable still selects the chart's data itself.
 */
export const getChartDownload = perBuild(async (id) => chartTable((await getBuiltSequence(id)).chart, await getDataset()));
