/**
 * A sequence built: each step's state checked against its chart's schema, then laid out once per
 * step and shape, with everything the pages draw around it (legend, table, sources, date) and the
 * payload the browser fetches. Pure; src/story/sequences.ts memoises it per build. A state that
 * does not fit stops the build with the file, sequence, step and field named.
 */
import { CHART_SIZES, VARIANTS, type AnyChart, type LegendItem, type Scene, type TableSpec, type Variant } from '../charts/contract';
import { compactStates, type SequenceStates } from '../charts/compactStates';
import type { SequenceDefinition } from './meta';
import type { Words } from '../i18n/words';

export interface BuiltSequence {
  id: string;
  chart: AnyChart;
  caption: string;
  steps: { id: string; description: string }[];
  stepIds: string[];
  /** Scenes of the first step, drawn as static SVG in the page. */
  firstScenes: Record<Variant, Scene>;
  scenes: Record<Variant, Record<string, Scene>>;
  /** /states/<id>.json: every scene, packed. */
  payload: SequenceStates;
  legend: LegendItem[];
  table: TableSpec;
  /** Source ids behind the chart, in the chart's order. */
  sources: string[];
  asOf: string;
  estimate: boolean;
}

export class SequenceError extends Error {
  constructor(where: string, sequenceId: string, detail: string) {
    super(`${where} › scrolly "${sequenceId}" › ${detail}`);
    this.name = 'SequenceError';
  }
}

const STEP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function checkedStates(chart: AnyChart, steps: SequenceDefinition['steps'], fail: (detail: string) => SequenceError) {
  if (steps.length === 0) throw fail('has no <Step> elements');
  const seen = new Set<string>();
  return steps.map((step) => {
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
}

export function buildSequence(options: {
  chart: AnyChart;
  /** What `chart.select(dataset)` returned: selected once per chart, shared by its sequences. */
  data: unknown;
  sequence: SequenceDefinition;
  /** Where the sequence is authored, for messages (e.g. content/chapters/chips.mdx). */
  where: string;
  /** The page's language: every word the chart draws, reads out or puts in its table and key. */
  words: Words;
}): BuiltSequence {
  const { chart, data, sequence, where, words } = options;
  const fail = (detail: string) => new SequenceError(where, sequence.id, detail);
  const states = checkedStates(chart, sequence.steps, fail);

  const scenes = Object.fromEntries(VARIANTS.map((variant) => [variant, {}])) as Record<Variant, Record<string, Scene>>;
  for (const { id, state } of states) {
    for (const variant of VARIANTS) {
      try {
        scenes[variant][id] = chart.layout(data, state, CHART_SIZES[variant], variant, words);
      } catch (error) {
        throw fail(`step "${id}" (${variant}): ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  const steps = sequence.steps.map(({ id, description }) => ({ id, description }));
  const firstId = states[0]!.id;
  return {
    id: sequence.id,
    chart,
    caption: sequence.caption,
    steps,
    stepIds: states.map((state) => state.id),
    firstScenes: { wide: scenes.wide[firstId]!, narrow: scenes.narrow[firstId]! },
    scenes,
    payload: { ...compactStates(scenes), steps },
    legend: chart.legend?.(data, words) ?? [],
    table: chart.table(data, words),
    sources: chart.sources(data),
    asOf: chart.asOf(data),
    estimate: chart.estimate?.(data) ?? false,
  };
}
