/**
 * Every page that shows a sequence (the chapter's Scrolly and each Step's own figure, embeds, the
 * cover, link previews, /states/ and the chart downloads) reads it from here: built once per
 * build, with one `select` per chart and one `layout` per step and shape.
 */
import type { ChapterEntry } from '../data/chapters';
import { chartTable } from './chartTable';
import { getChart } from '../charts/registry';
import { buildSequence, type BuiltSequence } from './buildSequence';
import { getChartData } from './chartData';
import { perBuild } from './perBuild';
import { getStorySequence } from './story';
import { chapterFile } from './validateStory';
import { defaultWords } from '../i18n/words';

export interface ChapterSequence extends BuiltSequence {
  chapter: ChapterEntry;
}

export const getBuiltSequence = perBuild(async (id): Promise<ChapterSequence> => {
  const found = await getStorySequence(id);
  if (!found) throw new Error(`No scrolly sequence "${id}" in the chapters.`);
  const { chapter, definition } = found;
  const chart = getChart(definition.chart);
  // One language until the Chinese edition: its pages will ask for their own words here.
  const built = buildSequence({ chart, data: await getChartData(chart.name), sequence: definition, where: chapterFile(chapter.id), words: defaultWords });
  return { ...built, chapter };
});

/** A sequence's chart data as the CSV and JSON downloads lay it out (src/data/downloads.ts), once for both files. */
export const getChartDownload = perBuild(async (id) => {
  const { chart } = await getBuiltSequence(id);
  return chartTable(chart, await getChartData(chart.name), defaultWords);
});
