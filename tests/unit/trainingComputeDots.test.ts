import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import chart from '../../src/charts/trainingComputeDots';
import { CHART_SIZES, type Mark } from '../../src/charts/contract';
import { readDataset } from '../../src/data/readDataset';
import { defaultWords } from '../../src/i18n/words';

const dataset = readDataset(fileURLToPath(new URL('../..', import.meta.url)));
const data = chart.select(dataset);
const layout = (state: unknown, variant: 'wide' | 'narrow' = 'wide') => chart.layout(data, chart.stateSchema.parse(state), CHART_SIZES[variant], variant, defaultWords);
const marksOf = (scene: ReturnType<typeof layout>, layerId: string): Mark[] => scene.layers.find((layer) => layer.id === layerId)?.marks ?? [];
const dot = (scene: ReturnType<typeof layout>, id: string) => {
  const mark = marksOf(scene, 'dots').find((candidate) => candidate.key === `dot-${id}`);
  if (mark?.kind !== 'circle') throw new Error(`no dot for ${id}`);
  return mark;
};

describe('trainingComputeDots', () => {
  it('draws a dot for every model with an Epoch AI estimate when asked for all', () => {
    const scene = layout({ models: 'all' });
    const withCompute = data.models;
    expect(withCompute.length).toBeGreaterThan(8);
    for (const model of withCompute) expect(dot(scene, model.id)).toBeDefined();
  });

  it('uses a log scale: ten times the compute is one fixed distance to the right', () => {
    const scene = layout({ models: ['gpt-4', 'deepseek-v3', 'grok-3'] });
    const gpt4 = dot(scene, 'gpt-4').cx; // 2.1e25
    const v3 = dot(scene, 'deepseek-v3').cx; // 3.4e24
    const grok = dot(scene, 'grok-3').cx; // 4.64e26
    const decade = (grok - gpt4) / Math.log10(4.64e26 / 2.1e25);
    expect(gpt4 - v3).toBeCloseTo(decade * Math.log10(2.1e25 / 3.4e24), 5);
  });

  it('draws no bars: no mark runs from the edge of the axis to a value', () => {
    const scene = layout({ models: ['gpt-4', 'deepseek-v3'] });
    expect(scene.layers.flatMap((layer) => layer.marks).filter((mark) => mark.kind === 'rect')).toEqual([]);
  });

  it('fills open-weight models and leaves closed ones hollow', () => {
    const scene = layout({ models: ['llama-3-1-405b', 'gpt-4o'] });
    expect(dot(scene, 'llama-3-1-405b').className).toContain('is-open');
    expect(dot(scene, 'gpt-4o').className).toContain('is-closed');
  });

  it('groups rows under a United States and a China heading', () => {
    const scene = layout({ models: ['deepseek-v3', 'gpt-4'] });
    const headings = marksOf(scene, 'headers').flatMap((mark) => (mark.kind === 'text' ? [mark.text] : []));
    expect(headings).toEqual(['United States', 'China']);
    expect(dot(scene, 'gpt-4').cy).toBeLessThan(dot(scene, 'deepseek-v3').cy);
  });

  it("shows DeepSeek's own claim only when asked, with its figures from the dataset", () => {
    expect(marksOf(layout({ models: ['deepseek-v3'] }), 'claim')).toEqual([]);
    const scene = layout({ models: ['deepseek-v3', 'llama-3-1-405b'], claim: true });
    const text = marksOf(scene, 'claim').flatMap((mark) => (mark.kind === 'text' ? [mark.text] : [])).join(' ');
    expect(text).toContain("DeepSeek's own account, final training run only");
    expect(text).toContain('2.79 million H800 GPU-hours on 2,048 chips');
    expect(scene.description).toContain("Developer's own claim for DeepSeek-V3, final training run only");
  });

  it('marks every value as an estimate, to two significant figures', () => {
    const values = marksOf(layout({ models: ['gpt-4', 'qwen-72b', 'deepseek-r1', 'grok-3'] }), 'labels').flatMap((mark) => (mark.kind === 'text' && mark.key.startsWith('value-') ? [mark.text] : []));
    expect(values).toHaveLength(4);
    for (const value of values) expect(value).toMatch(/^≈\d\.\d × 10[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/);
    expect(values).toContain('≈4.6 × 10²⁶');
  });

  it("takes Epoch's later estimates for the shared 2025-26 model records from their series, with the version's name", () => {
    const series = dataset.series.find((candidate) => candidate.id === 'epoch-training-compute-later');
    if (series?.kind !== 'category') throw new Error('no later-estimates series');
    const scene = layout({ models: ['deepseek-v3', 'deepseek-v4', 'kimi-k2-5', 'gpt-oss', 'gpt-5'] });
    for (const point of series.points) {
      expect(dot(scene, point.category)).toBeDefined();
      const model = data.models.find((candidate) => candidate.id === point.category)!;
      expect(model.trainingComputeFlop).toBe(point.value);
      expect(model.name).toBe(point.label);
      // The record itself keeps no figure: the chart reads the series, which cites Epoch's later table.
      expect(dataset.models.find((candidate) => candidate.id === point.category)?.trainingComputeFlop).toBeUndefined();
      expect(model.sources).toEqual(series.sources);
    }
    const names = marksOf(scene, 'labels').flatMap((mark) => (mark.kind === 'text' && mark.key.startsWith('name-') ? [mark.text] : []));
    expect(names.some((name) => name.startsWith('DeepSeek-V4-Pro'))).toBe(true);
    // In 2026 DeepSeek's flagship still sits left of GPT-5 (2025) and Grok-3 (early 2025).
    const withGrok = layout({ models: ['deepseek-v4', 'gpt-5', 'grok-3'] });
    expect(dot(withGrok, 'deepseek-v4').cx).toBeLessThan(dot(withGrok, 'gpt-5').cx);
    expect(dot(withGrok, 'gpt-5').cx).toBeLessThan(dot(withGrok, 'grok-3').cx);
    expect(chart.asOf(data)).toBe(series.asOf);
  });

  it('rejects models without an estimate, and a claim without its model', () => {
    expect(() => layout({ models: ['qwen3'] })).toThrow(/"qwen3" is not a US or Chinese model with an Epoch AI compute estimate/);
    expect(() => layout({ models: ['gpt-4'], claim: true })).toThrow(/needs "deepseek-v3"/);
  });
});
