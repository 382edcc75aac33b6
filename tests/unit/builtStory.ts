/**
 * The one place tests read the story as the build builds it: every sequence of every chapter, its
 * steps' states read from the MDX by the remark plugin (chapterIds.ts) and laid out by the build's
 * own function in both shapes. When the way sequences are built changes, only this file follows.
 */
import { fileURLToPath } from 'node:url';
import type { Scene, Variant } from '../../src/charts/contract';
import { getChart } from '../../src/charts/registry';
import { readDataset } from '../../src/data/readDataset';
import { buildSequence } from '../../src/story/buildSequence';
import { realSequences } from './chapterIds';

export interface BuiltStorySequence {
  id: string;
  chart: string;
  stepIds: string[];
  /** variant -> step id -> the scene the page draws. */
  scenes: Record<Variant, Record<string, Scene>>;
}

let built: Promise<BuiltStorySequence[]> | undefined;

async function build(): Promise<BuiltStorySequence[]> {
  const dataset = readDataset(fileURLToPath(new URL('../..', import.meta.url)));
  return (await realSequences()).map((sequence) => {
    const chart = getChart(sequence.chart);
    const { stepIds, scenes } = buildSequence({ chart, data: chart.select(dataset), sequence, where: `sequence ${sequence.id}` });
    return { id: sequence.id, chart: sequence.chart, stepIds, scenes };
  });
}

/** Every built sequence of the story, in reading order within each chapter; built once per test file. */
export function builtStorySequences(): Promise<BuiltStorySequence[]> {
  return (built ??= build());
}
