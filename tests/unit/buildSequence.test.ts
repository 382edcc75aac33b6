import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { getChart } from '../../src/charts/registry';
import { buildSequence } from '../../src/scrolly/buildSequence';
import { encodeStepRegistration, extractStepRegistrations } from '../../src/scrolly/stepRegistration';
import { readDataset } from '../../src/data/readDataset';

const dataset = readDataset(fileURLToPath(new URL('../..', import.meta.url)));
const chart = getChart('chipThresholdScatter');
const build = (steps: { id: string; state: unknown; description: string }[]) =>
  buildSequence({ chart, dataset, sequenceId: 'chip-thresholds', steps, where: '/chapters/chips/' });

describe('buildSequence', () => {
  it('lays out every step in both shapes', () => {
    const built = build([
      { id: 'one', state: { chips: ['nvidia-a100'] }, description: 'One chip.' },
      { id: 'two', state: { chips: 'all' }, description: 'All chips.' },
    ]);
    expect(built.stepIds).toEqual(['one', 'two']);
    expect(Object.keys(built.scenes.wide)).toEqual(['one', 'two']);
    expect(Object.keys(built.scenes.narrow)).toEqual(['one', 'two']);
  });

  it('fails the build on a state key the chart does not know, naming the step and field', () => {
    expect(() => build([{ id: 'oct-2022', state: { chips: 'all', rule: ['x'] }, description: 'd' }])).toThrow(
      '/chapters/chips/ › scrolly "chip-thresholds" › step "oct-2022" › state: Unrecognized key: "rule" (chart chipThresholdScatter)',
    );
  });

  it('fails the build on a wrong value, naming the field', () => {
    expect(() => build([{ id: 'oct-2022', state: { chips: 'some' }, description: 'd' }])).toThrow(/step "oct-2022" › state\.chips: /);
  });

  it('fails the build on an id the dataset does not hold', () => {
    expect(() => build([{ id: 'x', state: { chips: ['nvidia-h999'] }, description: 'd' }])).toThrow(/step "x" \(wide\): .*"nvidia-h999" is not a chip/);
  });

  it('fails on duplicate step ids and missing descriptions', () => {
    expect(() => build([{ id: 'a', state: { chips: 'all' }, description: 'd' }, { id: 'a', state: { chips: 'all' }, description: 'd' }])).toThrow(/step "a" appears twice/);
    expect(() => build([{ id: 'a', state: { chips: 'all' }, description: ' ' }])).toThrow(/needs a description/);
  });
});

describe('step registrations', () => {
  it('travel through the rendered HTML in document order and are removed from it', () => {
    const html = `<p>intro</p>${encodeStepRegistration({ id: 'a', state: { x: '</script>' }, description: 'A' })}<div data-step="a"></div>${encodeStepRegistration({ id: 'b', state: {}, description: 'B' })}`;
    const { html: stripped, steps } = extractStepRegistrations(html);
    expect(steps.map((step) => step.id)).toEqual(['a', 'b']);
    expect(steps[0]!.state).toEqual({ x: '</script>' });
    expect(stripped).toBe('<p>intro</p><div data-step="a"></div>');
  });
});
