import { describe, expect, it, vi } from 'vitest';
import { fileURLToPath } from 'node:url';
import { getChart } from '../../src/charts/registry';
import { buildSequence } from '../../src/story/buildSequence';
import { readDataset } from '../../src/data/readDataset';
import { defaultWords } from '../../src/i18n/words';

const dataset = readDataset(fileURLToPath(new URL('../..', import.meta.url)));
const chart = getChart('chipThresholdScatter');
const data = chart.select(dataset);
const build = (steps: { id: string; state: unknown; description: string }[], caption = 'Chips and thresholds') =>
  buildSequence({ chart, data, sequence: { id: 'chip-thresholds', chart: chart.name, caption, steps }, where: 'content/chapters/chips.mdx', words: defaultWords });

describe('buildSequence', () => {
  it('lays out every step in both shapes, once each', () => {
    const layout = vi.spyOn(chart, 'layout');
    const built = build([
      { id: 'one', state: { chips: ['nvidia-a100'] }, description: 'One chip.' },
      { id: 'two', state: { chips: 'all' }, description: 'All chips.' },
    ]);
    expect(layout).toHaveBeenCalledTimes(4);
    layout.mockRestore();
    expect(built.stepIds).toEqual(['one', 'two']);
    expect(Object.keys(built.scenes.wide)).toEqual(['one', 'two']);
    expect(Object.keys(built.scenes.narrow)).toEqual(['one', 'two']);
    expect(built.firstScenes.wide).toBe(built.scenes.wide.one);
  });

  it('carries what the pages draw around the chart, from the one selection', () => {
    const built = build([{ id: 'one', state: { chips: 'all' }, description: 'All chips.' }]);
    expect(built.caption).toBe('Chips and thresholds');
    expect(built.legend).toEqual(chart.legend?.(data, defaultWords) ?? []);
    expect(built.table).toEqual(chart.table(data, defaultWords));
    expect(built.sources).toEqual(chart.sources(data));
    expect(built.asOf).toBe(chart.asOf(data));
    expect(built.payload.steps).toEqual([{ id: 'one', description: 'All chips.' }]);
    expect(Object.keys(built.payload.states.narrow)).toEqual(['one']);
  });

  it('fails the build on a state key the chart does not know, naming the file, step and field', () => {
    expect(() => build([{ id: 'oct-2022', state: { chips: 'all', rule: ['x'] }, description: 'd' }])).toThrow(
      'content/chapters/chips.mdx › scrolly "chip-thresholds" › step "oct-2022" › state: Unrecognized key: "rule" (chart chipThresholdScatter)',
    );
  });

  it('fails the build on a wrong value, naming the field', () => {
    expect(() => build([{ id: 'oct-2022', state: { chips: 'some' }, description: 'd' }])).toThrow(/step "oct-2022" › state\.chips: /);
  });

  it('fails the build on an id the dataset does not hold', () => {
    expect(() => build([{ id: 'x', state: { chips: ['nvidia-h999'] }, description: 'd' }])).toThrow(/step "x" \(wide\): .*"nvidia-h999" is not a chip/);
  });

  it('fails on no steps, duplicate step ids and missing descriptions', () => {
    expect(() => build([])).toThrow(/has no <Step> elements/);
    expect(() => build([{ id: 'a', state: { chips: 'all' }, description: 'd' }, { id: 'a', state: { chips: 'all' }, description: 'd' }])).toThrow(/step "a" appears twice/);
    expect(() => build([{ id: 'a', state: { chips: 'all' }, description: ' ' }])).toThrow(/needs a description/);
  });
});
