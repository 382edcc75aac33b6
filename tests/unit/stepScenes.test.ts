/**
 * Every step of every sequence draws what its chapter says it draws (tests/unit/steps/), in both
 * shapes, read from the scenes the build lays out: the marks are fixed at build time, so no browser
 * is needed to check them (the browser walks check that the page shows them: tests/e2e).
 * Every real step's text is also at least MIN_FONT_SIZE units, and its marks' keys unique per layer.
 */
import { describe, expect, it } from 'vitest';
import { CHART_SIZES, MIN_FONT_SIZE, VARIANTS, type Scene } from '../../src/charts/contract';
import { builtStorySequences } from './builtStory';
import { sceneProblems } from './steps/expect';
import { STEP_EXPECTATIONS } from './steps';

const sequences = await builtStorySequences();
const expectations = Object.values(STEP_EXPECTATIONS).flat();

describe('step expectations', () => {
  it('name every step of every sequence, in reading order, and no step the story lacks', () => {
    const told = Object.fromEntries(expectations.map((sequence) => [sequence.id, Object.keys(sequence.steps)]));
    const built = Object.fromEntries(sequences.map((sequence) => [sequence.id, sequence.stepIds]));
    expect(told).toEqual(built);
  });
});

for (const expected of expectations) {
  describe(`${expected.id} sequence`, () => {
    const sequence = sequences.find((candidate) => candidate.id === expected.id);
    for (const variant of VARIANTS) {
      it(`draws at each step the marks its steps name (${variant})`, () => {
        const problems = Object.entries(expected.steps).flatMap(([stepId, step]) => {
          const scene = sequence?.scenes[variant][stepId];
          return scene ? sceneProblems(scene, step).map((problem) => `#${stepId}: ${problem}`) : [`#${stepId}: not built`];
        });
        expect(problems).toEqual([]);
      });
    }
  });
}

describe('every built step', () => {
  // The chart contract's tests hold this for each chart's example states; here it holds for the story's own steps.
  it(`writes no text below ${MIN_FONT_SIZE} units and keys each mark once in its layer`, () => {
    const problems: string[] = [];
    for (const sequence of sequences) {
      for (const variant of VARIANTS) {
        for (const [stepId, scene] of Object.entries(sequence.scenes[variant])) {
          const at = `${sequence.id} #${stepId} (${variant})`;
          for (const layer of scene.layers) {
            const keys = layer.marks.map((mark) => mark.key);
            const twice = keys.filter((key, index) => keys.indexOf(key) !== index);
            if (twice.length > 0) problems.push(`${at}: ${layer.id} keys ${twice.join(', ')} twice`);
            for (const mark of layer.marks) if (mark.kind === 'text' && mark.size !== undefined && mark.size < MIN_FONT_SIZE) problems.push(`${at}: "${mark.text}" at ${mark.size}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('sceneProblems', () => {
  const scene: Scene = {
    size: CHART_SIZES.wide,
    title: 't',
    description: 'd',
    layers: [
      { id: 'dots', marks: [{ kind: 'circle', key: 'a', className: 'dot is-open', cx: 1, cy: 2, r: 3, opacity: 0 }] },
      { id: 'callout', marks: [{ kind: 'text', key: 'c', x: 0, y: 0, text: '≈3 × 10²⁴ FLOP' }] },
    ],
  };

  it('holds when the scene draws what is expected', () => {
    expect(
      sceneProblems(scene, {
        present: ['a', 'c'],
        absent: ['b'],
        classes: { a: /is-open/ },
        notClasses: { a: /is-closed/ },
        attributes: { a: { opacity: '0', r: '3' } },
        texts: { c: '× 1024', a: /^$/ },
        raised: { c: '24' },
        callout: '1024 FLOP',
        someWith: ['dot'],
        noneWith: ['is-closed'],
      }),
    ).toEqual([]);
  });

  it('names each expectation the scene breaks', () => {
    const problems = sceneProblems(scene, {
      present: ['b'],
      absent: ['a'],
      classes: { a: /is-closed/ },
      notClasses: { a: /is-open/ },
      attributes: { a: { opacity: '1' } },
      texts: { c: 'FLOPs' },
      raised: { c: '25' },
      callout: 'GPU',
      someWith: ['is-closed'],
      noneWith: ['dot'],
    });
    expect(problems).toHaveLength(10);
  });
});
