/**
 * Build-time half of the scrolly mechanism: validates each step's state against its chart's
 * schema and runs the chart's layout for every step in both shapes (the page draws the first,
 * /states/<id>.json packs them all). Any problem stops the build with the chapter, sequence, step
 * and field named.
 */
import { CHART_SIZES, VARIANTS, type AnyChart, type Scene, type Variant } from '../charts/contract';
import type { Dataset } from '../data/schema';

export interface StepRegistration {
  id: string;
  state: unknown;
  description: string;
}

export interface BuiltSequence {
  stepIds: string[];
  /** Scenes of the first step, drawn as static SVG in the page. */
  firstScenes: Record<Variant, Scene>;
  scenes: Record<Variant, Record<string, Scene>>;
}

export class SequenceError extends Error {
  constructor(where: string, sequenceId: string, detail: string) {
    super(`${where} › scrolly "${sequenceId}" › ${detail}`);
    this.name = 'SequenceError';
  }
}

const STEP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function buildSequence(options: {
  chart: AnyChart;
  dataset: Dataset;
  sequenceId: string;
  steps: StepRegistration[];
  /** Where the sequence is authored, for messages (e.g. content/chapters/chips.mdx). */
  where: string;
}): BuiltSequence {
  const { chart, dataset, sequenceId, steps, where } = options;
  const fail = (detail: string) => new SequenceError(where, sequenceId, detail);
  if (steps.length === 0) throw fail('has no <Step> elements');

  const seen = new Set<string>();
  const states = steps.map((step) => {
    if (!STEP_ID.test(step.id)) throw fail(`step "${step.id}": ids are lower-case words joined by hyphens`);
    if (seen.has(step.id)) throw fail(`step "${step.id}" appears twice`);
    seen.add(step.id);
    if (!step.description?.trim()) throw fail(`step "${step.id}" needs a description of what the chart shows`);
    const result = chart.stateSchema.safeParse(step.state);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const field = issue.path.length ? `state.${issue.path.join('.')}` : 'state';
      throw fail(`step "${step.id}" › ${field}: ${issue.message} (chart ${chart.name})`);
    }
    return { id: step.id, state: result.data };
  });

  const data = chart.select(dataset);
  const scenes = Object.fromEntries(VARIANTS.map((variant) => [variant, {}])) as Record<Variant, Record<string, Scene>>;
  for (const { id, state } of states) {
    for (const variant of VARIANTS) {
      try {
        scenes[variant][id] = chart.layout(data, state, CHART_SIZES[variant], variant);
      } catch (error) {
        throw fail(`step "${id}" (${variant}): ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  const firstId = states[0]!.id;
  return {
    stepIds: states.map((state) => state.id),
    firstScenes: { wide: scenes.wide[firstId]!, narrow: scenes.narrow[firstId]! },
    scenes,
  };
}
