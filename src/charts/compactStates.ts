/**
 * Packs every step's scene into a compact payload for the browser. Most marks (axes, labels,
 * points that do not move) are identical across steps, so each distinct mark is stored once and
 * a state lists mark indices per layer.
 */
import type { Mark, Scene, Variant } from './contract';

export interface CompactState {
  title: string;
  description: string;
  /** [layerId, markIndices][] in drawing order. */
  layers: [string, number[]][];
}

export interface CompactStates {
  marks: Mark[];
  /** variant -> step id -> state */
  states: Record<Variant, Record<string, CompactState>>;
}

/**
 * What /states/<sequence-id>.json holds (src/pages/states/[sequence].json.ts): every state of a
 * sequence, with its steps' one-line descriptions for embeds. Kept out of the pages' HTML: it is
 * the largest thing a chapter has, and the browser only needs it once the reader nears the chart.
 */
export interface SequenceStates extends CompactStates {
  steps: { id: string; description: string }[];
}

export function statesHref(sequenceId: string): string {
  return `/states/${sequenceId}.json`;
}

/** Rounds coordinates so the payload does not carry float noise; 0.1 unit is invisible. */
export function roundMark(mark: Mark): Mark {
  const rounded: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(mark)) {
    rounded[name] = typeof value === 'number' ? Math.round(value * 10) / 10 : value;
  }
  return rounded as unknown as Mark;
}

export function compactStates(scenes: Record<Variant, Record<string, Scene>>): CompactStates {
  const marks: Mark[] = [];
  const indexByJson = new Map<string, number>();
  const intern = (mark: Mark): number => {
    const rounded = roundMark(mark);
    const json = JSON.stringify(rounded);
    let index = indexByJson.get(json);
    if (index === undefined) {
      index = marks.push(rounded) - 1;
      indexByJson.set(json, index);
    }
    return index;
  };
  const states = {} as CompactStates['states'];
  for (const [variant, byStep] of Object.entries(scenes) as [Variant, Record<string, Scene>][]) {
    states[variant] = {};
    for (const [stepId, scene] of Object.entries(byStep)) {
      states[variant][stepId] = {
        title: scene.title,
        description: scene.description,
        layers: scene.layers.map((layer) => [layer.id, layer.marks.map(intern)]),
      };
    }
  }
  return { marks, states };
}

/** The inverse, used by the client and by tests: the marks of one state, by layer. */
export function expandState(payload: CompactStates, variant: Variant, stepId: string): { title: string; description: string; layers: { id: string; marks: Mark[] }[] } | undefined {
  const state = payload.states[variant]?.[stepId];
  if (!state) return undefined;
  return {
    title: state.title,
    description: state.description,
    layers: state.layers.map(([id, indices]) => ({ id, marks: indices.map((index) => payload.marks[index]!) })),
  };
}
