import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import chart from '../../src/charts/benchmarkGapDumbbell';
import { CHART_SIZES } from '../../src/charts/contract';
import { readDataset } from '../../src/data/readDataset';

const dataset = readDataset(fileURLToPath(new URL('../..', import.meta.url)));
const data = chart.select(dataset);
const layout = (state: unknown, variant: 'wide' | 'narrow' = 'wide') => chart.layout(data, chart.stateSchema.parse(state), CHART_SIZES[variant], variant);
const find = (scene: ReturnType<typeof layout>, key: string) => scene.layers.flatMap((layer) => layer.marks).find((mark) => mark.key === key);

describe('benchmarkGapDumbbell', () => {
  it('reads four benchmarks with an earlier and a later gap, and the arena gap', () => {
    expect(data.benchmarks.map((row) => row.id).sort()).toEqual(['HumanEval', 'MATH', 'MMLU', 'MMMU']);
    expect(data.periods.benchmarks).toEqual(['end of 2023', 'end of 2024']);
    expect(data.arena.before).toBeGreaterThan(data.arena.after);
  });

  it('shows only the earlier gaps first, then moves the later dots left of them', () => {
    const before = layout({ stage: 'before' });
    const after = layout({ stage: 'after' });
    const dot = (scene: typeof before, key: string) => find(scene, key);
    const b = dot(before, 'after-MMLU');
    const a = dot(after, 'after-MMLU');
    const ring = dot(after, 'before-MMLU');
    expect(b?.opacity).toBe(0);
    expect(a?.opacity).toBe(1);
    if (a?.kind === 'circle' && ring?.kind === 'circle') expect(a.cx).toBeLessThan(ring.cx);
  });

  it('keeps the arena panel hidden until asked for', () => {
    expect(find(layout({ stage: 'after' }), 'before-arena')?.opacity).toBe(0);
    expect(find(layout({ stage: 'after', arena: true }), 'before-arena')?.opacity).toBe(1);
  });

  it('mutes every row but the highlighted one', () => {
    const scene = layout({ stage: 'after', arena: true, highlight: ['MMMU'] });
    expect(find(scene, 'after-MMMU')?.className).toContain('is-highlighted');
    expect(find(scene, 'after-MMLU')?.className).toContain('is-muted');
    expect(find(scene, 'after-arena')?.className).toContain('is-muted');
  });

  it('describes the gaps with the data’s own figures', () => {
    const mmlu = data.benchmarks.find((row) => row.id === 'MMLU')!;
    expect(layout({ stage: 'after' }).description).toContain(`MMLU ${mmlu.beforeLabel} to ${mmlu.afterLabel}`);
  });

  it('rejects a benchmark it does not have', () => {
    expect(() => layout({ stage: 'after', highlight: ['GSM8K'] })).toThrow(/"GSM8K" is not a benchmark/);
    expect(() => layout({ stage: 'after', highlight: ['arena'] })).toThrow(/arena: true/);
  });
});
