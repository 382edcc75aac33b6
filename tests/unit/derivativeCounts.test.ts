import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import chart from '../../src/charts/derivativeCounts';
import { crossingClaims } from '../../src/charts/derivativeCounts/layout';
import { CHART_SIZES } from '../../src/charts/contract';
import { readDataset } from '../../src/data/readDataset';
import { defaultWords } from '../../src/i18n/words';

const dataset = readDataset(fileURLToPath(new URL('../..', import.meta.url)));
const data = chart.select(dataset);
const layout = (state: unknown, variant: 'wide' | 'narrow' = 'wide') => chart.layout(data, chart.stateSchema.parse(state), CHART_SIZES[variant], variant, defaultWords);
const keys = (scene: ReturnType<typeof layout>) => scene.layers.flatMap((layer) => layer.marks).map((mark) => mark.key);
const find = (scene: ReturnType<typeof layout>, key: string) => scene.layers.flatMap((layer) => layer.marks).find((mark) => mark.key === key);

describe('derivativeCounts', () => {
  it('keeps company claims, press figures and Hugging Face counts as separate kinds', () => {
    const kinds = new Set(data.figures.map((figure) => figure.kind));
    expect(kinds).toEqual(new Set(['claim', 'press', 'count']));
    expect(data.figures.filter((figure) => figure.kind === 'count' && figure.set === 'counts').map((figure) => figure.family).sort()).toEqual(['DeepSeek', 'Llama', 'Qwen']);
    expect(data.figures.filter((figure) => figure.kind === 'count' && figure.set === 'counts-2026').map((figure) => figure.family).sort()).toEqual(['Google', 'Llama', 'Qwen']);
  });

  it('never joins figures with a line', () => {
    const scene = layout({ show: ['claims', 'press', 'counts', 'counts-2026'], later: true });
    expect(scene.layers.flatMap((layer) => layer.marks).filter((mark) => mark.kind === 'path' && !mark.key.startsWith('floor-head'))).toEqual([]);
  });

  it('draws claims dashed (estimates) and Hugging Face counts solid, with Llama in the US colour', () => {
    const scene = layout({ show: ['claims', 'counts'] });
    const claim = scene.layers.flatMap((layer) => layer.marks).find((mark) => mark.key.startsWith('figure-claim-'));
    expect(claim?.className).toContain('is-estimate');
    expect(claim?.dash).toBeDefined();
    expect(find(scene, 'figure-count-llama')?.className).toMatch(/country-us.*is-measured/);
  });

  it('shows figures after August 2025 only when the axis runs on into 2026', () => {
    const laterClaims = data.figures.filter((figure) => figure.later && figure.kind === 'claim').map((figure) => `figure-${figure.key}`);
    expect(laterClaims.length).toBeGreaterThan(0);
    for (const key of laterClaims) {
      expect(keys(layout({ show: ['claims'] }))).not.toContain(key);
      expect(find(layout({ show: ['claims'], later: true }), key)?.kind).toBe('symbol');
    }
    // The 2026 count needs both its own key and the longer axis.
    expect(keys(layout({ show: ['claims', 'counts-2026'] }))).not.toContain('figure-count-2026-qwen');
    expect(keys(layout({ show: ['claims', 'counts'], later: true }))).not.toContain('figure-count-2026-qwen');
    expect(find(layout({ show: ['claims', 'counts-2026'], later: true }), 'figure-count-2026-qwen')?.className).toMatch(/country-cn.*is-measured/);
  });

  it('keeps Hugging Face’s two counts apart, each on the months it describes, and below Alibaba’s later claim', () => {
    const scene = layout({ show: ['claims', 'counts', 'counts-2026'], later: true });
    const x = (key: string) => {
      const mark = find(scene, key);
      return mark?.kind === 'symbol' ? mark.x : NaN;
    };
    const spanStart = find(scene, 'span-start-count-2026-qwen');
    const spanEnd = find(scene, 'span-end-count-2026-qwen');
    expect(spanStart?.kind === 'line' && spanEnd?.kind === 'line' && spanStart.x1 < x('figure-count-2026-qwen') && x('figure-count-2026-qwen') < spanEnd.x1).toBe(true);
    expect(x('figure-count-qwen')).toBeLessThan(x('figure-count-2026-qwen'));
    const claim = data.figures.find((figure) => figure.kind === 'claim' && figure.date.startsWith('2026'))!;
    const count = data.figures.find((figure) => figure.key === 'count-2026-qwen')!;
    expect(count.value).toBeLessThan(claim.value);
    expect(scene.description).toMatch(/summer 2026/);
    expect(find(scene, 'count-note')?.kind === 'text' && (find(scene, 'count-note') as { text: string }).text).toMatch(/counts/);
  });

  it('puts the crossing of the quoted figure between the last claim below it and the first dated figure at or above it', () => {
    const pair = crossingClaims(data)!;
    expect(pair[0].value).toBeLessThan(data.quoted!);
    expect(pair[1].value).toBeGreaterThanOrEqual(data.quoted!);
    expect(find(layout({ show: ['claims', 'press'], crossing: true }), 'crossing-band')?.kind).toBe('rect');
    expect(() => layout({ show: ['claims'], crossing: true })).toThrow(/crossing needs/);
  });

  it('marks "more than" figures with an upward tick and says so in its labels', () => {
    const scene = layout({ show: ['claims'] });
    const floors = data.figures.filter((figure) => figure.kind === 'claim' && figure.floor && !figure.later);
    for (const figure of floors) expect(find(scene, `floor-${figure.key}`)).toBeDefined();
    expect(scene.description).toContain('more than');
  });
});
