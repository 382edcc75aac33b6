import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import chart from '../../src/charts/benchmarkGapDumbbell';
import { CHART_SIZES } from '../../src/charts/contract';
import { readDataset } from '../../src/data/readDataset';
import { defaultWords } from '../../src/i18n/words';

const dataset = readDataset(fileURLToPath(new URL('../..', import.meta.url)));
const data = chart.select(dataset);
const layout = (state: unknown, variant: 'wide' | 'narrow' = 'wide') => chart.layout(data, chart.stateSchema.parse(state), CHART_SIZES[variant], variant, defaultWords);
const find = (scene: ReturnType<typeof layout>, key: string) => scene.layers.flatMap((layer) => layer.marks).find((mark) => mark.key === key);

describe('benchmarkGapDumbbell', () => {
  it('reads four benchmarks with an earlier and a later gap, and the arena gap', () => {
    expect(data.benchmarks.map((row) => row.id).sort()).toEqual(['HumanEval', 'MATH', 'MMLU', 'MMMU']);
    expect(data.periods.benchmarks).toEqual(['end-2023', 'end-2024']);
    const title = find(layout({ stage: 'after' }), 'panel1-title');
    expect(title?.kind === 'text' && title.text).toBe('Benchmarks: end of 2023 → end of 2024');
    expect(data.arena.before).toBeGreaterThan(data.arena.after);
    expect(data.sources).toContain('ai-index-2026');
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
    expect(layout({ stage: 'after' }).description).toContain(`MMLU ${mmlu.before} to ${mmlu.after}`);
  });

  it('rejects a benchmark it does not have', () => {
    expect(() => layout({ stage: 'after', highlight: ['GSM8K'] })).toThrow(/"GSM8K" is not a benchmark/);
    expect(() => layout({ stage: 'after', highlight: ['arena'] })).toThrow(/arena: true/);
    expect(() => layout({ stage: 'after', arena: true, highlight: ['arena-latest'] })).toThrow(/latest: true/);
    expect(() => layout({ stage: 'after', latest: true })).toThrow(/needs arena: true/);
  });

  it('adds the later report’s Arena reading as a row of its own, labelled by report', () => {
    expect(data.reports).toEqual({ arena: 'AI Index 2025', arenaLatest: 'AI Index 2026' });
    expect(data.periods.arenaLatest).toEqual(['2025-02', '2026-03']);
    // The two reports disagree about the month they share; both readings are kept.
    expect(data.periods.arenaLatest[0]).toBe(data.periods.arena[1]);
    expect(data.arenaLatest.before).not.toBe(data.arena.after);
    const without = layout({ stage: 'after', arena: true });
    const withLatest = layout({ stage: 'after', arena: true, latest: true });
    expect(find(without, 'after-arena-latest')?.opacity).toBe(0);
    expect(find(withLatest, 'after-arena-latest')?.opacity).toBe(1);
    const label = find(withLatest, 'row-label-arena-latest');
    expect(label?.kind === 'text' && label.text).toBe('2026 report');
    const earlier = find(withLatest, 'row-label-arena');
    expect(earlier?.kind === 'text' && earlier.text).toBe('2025 report');
    expect(withLatest.description).toMatch(/AI Index 2026's reading: 0\.4% in Feb 2025 and 2\.7% in Mar 2026, so the gap widened/);
  });

  it('points the arrow right where the gap widened', () => {
    const scene = layout({ stage: 'after', arena: true, latest: true });
    const ring = find(scene, 'before-arena-latest');
    const dot = find(scene, 'after-arena-latest');
    const arrow = find(scene, 'arrow-arena-latest');
    expect(data.arenaLatest.after).toBeGreaterThan(data.arenaLatest.before);
    if (ring?.kind === 'circle' && dot?.kind === 'circle' && arrow?.kind === 'line') {
      expect(dot.cx).toBeGreaterThan(ring.cx);
      expect(arrow.x2).toBeGreaterThan(arrow.x1);
      expect(arrow.x2).toBeLessThan(dot.cx);
    } else {
      throw new Error('missing marks');
    }
    // Narrowing rows still point left.
    const mmluArrow = find(scene, 'arrow-MMLU');
    if (mmluArrow?.kind === 'line') expect(mmluArrow.x2).toBeLessThan(mmluArrow.x1);
  });

  it('keeps both Arena rows and the axis inside the drawing, on a desktop and a phone', () => {
    for (const variant of ['wide', 'narrow'] as const) {
      const scene = layout({ stage: 'after', arena: true, latest: true }, variant);
      const texts = scene.layers.flatMap((layer) => layer.marks).filter((mark) => mark.kind === 'text' && (mark.opacity ?? 1) > 0);
      for (const text of texts) if (text.kind === 'text') expect(text.y, `${variant} ${text.key}`).toBeLessThanOrEqual(CHART_SIZES[variant].height - 2);
    }
  });
});
