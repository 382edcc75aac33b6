/**
 * The one place tests read the story as the build builds it: every sequence of every chapter, its
 * steps' states read from the MDX by the remark plugin (chapterIds.ts) and laid out by the build's
 * own function in both shapes. When the way sequences are built changes, only this file follows.
 */
import { fileURLToPath } from 'node:url';
import type { LegendItem, Scene, TableSpec, Variant } from '../../src/charts/contract';
import { getChart } from '../../src/charts/registry';
import { readDataset } from '../../src/data/readDataset';
import { buildSequence } from '../../src/story/buildSequence';
import { realSequences } from './chapterIds';
import { defaultWords, type Words } from '../../src/i18n/words';

export interface BuiltStorySequence {
  id: string;
  chart: string;
  stepIds: string[];
  /** variant -> step id -> the scene the page draws. */
  scenes: Record<Variant, Record<string, Scene>>;
  legend: LegendItem[];
  table: TableSpec;
}

let built: Promise<BuiltStorySequence[]> | undefined;

/** Every sequence of the story built in the given words (uncached: a test of the dictionary builds in words of its own). */
export async function buildStorySequences(words: Words): Promise<BuiltStorySequence[]> {
  const dataset = readDataset(fileURLToPath(new URL('../..', import.meta.url)));
  return (await realSequences()).map((sequence) => {
    const chart = getChart(sequence.chart);
    const { stepIds, scenes, legend, table } = buildSequence({ chart, data: chart.select(dataset), sequence, where: `sequence ${sequence.id}`, words });
    return { id: sequence.id, chart: sequence.chart, stepIds, scenes, legend, table };
  });
}

/** Every built sequence of the story, in reading order within each chapter; built once per test file. */
export function builtStorySequences(): Promise<BuiltStorySequence[]> {
  return (built ??= buildStorySequences(defaultWords));
}
