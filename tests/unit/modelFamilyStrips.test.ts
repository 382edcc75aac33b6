import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import chart from '../../src/charts/modelFamilyStrips';
import { ORGANISATIONS } from '../../src/charts/modelFamilyStrips/organisations';
import { CHART_SIZES } from '../../src/charts/contract';
import { readDataset } from '../../src/data/readDataset';
import { boxesOverlap, estimateTextWidth, type Box } from '../../src/charts/shared/labels';
import { realSequences } from './chapterIds';
import { defaultWords } from '../../src/i18n/words';

const dataset = readDataset(fileURLToPath(new URL('../..', import.meta.url)));
const data = chart.select(dataset);
const layout = (state: unknown, variant: 'wide' | 'narrow' = 'wide') => chart.layout(data, chart.stateSchema.parse(state), CHART_SIZES[variant], variant, defaultWords);
const find = (scene: ReturnType<typeof layout>, key: string) => scene.layers.flatMap((layer) => layer.marks).find((mark) => mark.key === key);
const ALL = ORGANISATIONS.map((org) => org.key);

describe('modelFamilyStrips', () => {
  it('puts every Chinese model of the seven families in its organisation’s row', () => {
    const families = new Set<string>(ORGANISATIONS.flatMap((org) => [...org.families]));
    const expected = dataset.models.filter((model) => model.country === 'CN' && families.has(model.family)).map((model) => model.id);
    expect(data.models.map((model) => model.id).sort()).toEqual(expected.sort());
    const scene = layout({ rows: ALL });
    for (const id of expected) expect(find(scene, `model-${id}`), id).toBeDefined();
  });

  it('encodes the licence: closed hollow, open filled, and a shape per kind of licence', () => {
    const scene = layout({ rows: ALL });
    expect(find(scene, 'model-ernie-4.0')?.className).toContain('is-closed');
    expect(find(scene, 'model-qwen3')?.className).toMatch(/lic-permissive.*is-open/);
    expect(find(scene, 'model-hunyuan-large')?.className).toContain('lic-custom');
    expect(find(scene, 'model-qwen2.5-3b')?.className).toContain('lic-restricted');
  });

  it('fills only the rows a step asks for, naming every row all the same', () => {
    const scene = layout({ rows: ['alibaba'] });
    expect(find(scene, 'model-qwen3')).toBeDefined();
    expect(find(scene, 'model-deepseek-r1')).toBeUndefined();
    expect(find(scene, 'row-name-zhipu')?.className).toContain('is-waiting');
    expect(scene.description).toContain('Rows not yet filled');
  });

  it('places a model later in time further right, and spreads same-day releases apart', () => {
    const scene = layout({ rows: ['alibaba'] });
    const x = (key: string) => {
      const mark = find(scene, key);
      return mark?.kind === 'symbol' ? mark : undefined;
    };
    expect(x('model-qwen-7b')!.x).toBeLessThan(x('model-qwen3')!.x);
    const sameDay = ['model-qwen2.5', 'model-qwen2.5-72b', 'model-qwen2.5-3b'].map((key) => x(key)!);
    expect(new Set(sameDay.map((mark) => mark.y)).size).toBe(3);
  });

  it('mutes models outside the shaded period and draws the arrow and its caption', () => {
    const scene = layout({
      rows: ALL,
      period: { from: '2025-01', to: '2025-08-31', label: 'The 2025 wave' },
      arrows: [{ from: 'ernie-4.5-launch', to: 'ernie-4.5', caption: 'Baidu: closed, then open' }],
    });
    expect(find(scene, 'model-ernie-4.0')?.className).toContain('is-muted');
    expect(find(scene, 'model-ernie-4.5')?.className).not.toContain('is-muted');
    expect(find(scene, 'period-band')?.kind).toBe('rect');
    const caption = find(scene, 'arrow-caption-ernie-4.5-launch-ernie-4.5');
    expect(caption?.kind === 'text' && caption.text).toBe('Baidu: closed, then open');
  });

  it('draws only the models up to a step’s date, on the same axis', () => {
    const all = layout({ rows: ALL });
    const before = layout({ rows: ALL, until: '2025-08-31' });
    expect(find(all, 'model-kimi-k3')).toBeDefined();
    expect(find(before, 'model-kimi-k3')).toBeUndefined();
    expect(find(before, 'model-kimi-k2')).toBeDefined();
    const k2 = (scene: ReturnType<typeof layout>) => (find(scene, 'model-kimi-k2') as { x: number }).x;
    expect(k2(before)).toBe(k2(all));
    expect(() => layout({ rows: ALL, until: '2025-08-31', labels: ['kimi-k3'] })).toThrow(/up to 2025-08-31/);
    expect(before.description).toContain('not yet drawn');
  });

  it('shows the 2026 tightening: the largest releases with limits on commercial use, the closed flagships hollow', () => {
    const scene = layout({ rows: ALL });
    expect(find(scene, 'model-kimi-k3')?.className).toMatch(/lic-restricted.*is-open/);
    expect(find(scene, 'model-qwen3.8-2.4t')?.className).toMatch(/lic-restricted.*is-open/);
    expect(find(scene, 'model-ernie-5.0')?.className).toContain('is-closed');
    expect(find(scene, 'model-qwen3-max')?.className).toContain('is-closed');
    expect(find(scene, 'model-deepseek-v4')?.className).toMatch(/lic-permissive/);
  });

  it('rejects labels and arrows for models that are missing or in hidden rows', () => {
    expect(() => layout({ rows: ['alibaba'], labels: ['no-such-model'] })).toThrow(/not a model/);
    expect(() => layout({ rows: ['alibaba'], labels: ['deepseek-r1'] })).toThrow(/does not show/);
    expect(() => layout({ rows: ALL, arrows: [{ from: 'qwen3', to: 'deepseek-r1', caption: 'x' }] })).toThrow(/one row/);
  });

  it('sets no model name over another, at any step of the chapters, on a desktop or a phone', async () => {
    const steps = (await realSequences()).filter((sequence) => sequence.chart === 'modelFamilyStrips').flatMap((sequence) => sequence.steps);
    expect(steps.length).toBeGreaterThan(3);
    const clashes: string[] = [];
    for (const step of steps) {
      for (const variant of ['wide', 'narrow'] as const) {
        const scene = layout(step.state, variant);
        const names = scene.layers.flatMap((layer) => layer.marks).filter((mark) => mark.kind === 'text' && mark.key.startsWith('label-'));
        const boxes = names.map((mark) => {
          if (mark.kind !== 'text') throw new Error('not text');
          const width = estimateTextWidth(mark.text, mark.size ?? 12) * 1.08;
          return { key: mark.key, box: { left: mark.x - width / 2, right: mark.x + width / 2, top: mark.y - (mark.size ?? 12) + 1, bottom: mark.y + 2 } as Box };
        });
        boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => boxesOverlap(a.box, b.box) && clashes.push(`${step.id} (${variant}): ${a.key} over ${b.key}`)));
      }
    }
    expect(clashes).toEqual([]);
  }, 60_000);
});
