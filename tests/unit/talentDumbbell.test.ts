import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import chart from '../../src/charts/talentDumbbell';
import { CHART_SIZES, type Mark, type Variant } from '../../src/charts/contract';
import { readDataset } from '../../src/data/readDataset';
import { defaultWords } from '../../src/i18n/words';

const dataset = readDataset(fileURLToPath(new URL('../..', import.meta.url)));
const data = chart.select(dataset);
const layout = (state: unknown, variant: Variant = 'wide') => chart.layout(data, chart.stateSchema.parse(state), CHART_SIZES[variant], variant, defaultWords);
const marks = (scene: ReturnType<typeof layout>, layerId: string): Mark[] => scene.layers.find((layer) => layer.id === layerId)?.marks ?? [];
const find = (scene: ReturnType<typeof layout>, layerId: string, key: string) => marks(scene, layerId).find((mark) => mark.key === key);

describe('talentDumbbell', () => {
  it('draws every tracker series tagged "dumbbell"', () => {
    const tagged = dataset.series.filter((series) => series.tags?.includes('dumbbell')).map((series) => series.id);
    expect([...data.series.keys()].sort()).toEqual(tagged.sort());
    for (const id of tagged) {
      const scene = layout({ sets: [{ series: id }] });
      const series = data.series.get(id)!;
      const dots = marks(scene, 'dots');
      expect(dots.length, id).toBe(series.points.length);
    }
  });

  it('places the 2019 and 2022 dots at their values on one shared scale', () => {
    const scene = layout({ sets: [{ series: 'talent-dumbbell-top-tier', categories: ['Undergraduate degree in China'] }] });
    const d2019 = find(scene, 'dots', 'row-talent-dumbbell-top-tier-undergraduate-degree-in-china-2019');
    const d2022 = find(scene, 'dots', 'row-talent-dumbbell-top-tier-undergraduate-degree-in-china-2022');
    expect(d2019?.kind === 'circle' && d2022?.kind === 'circle').toBe(true);
    if (d2019?.kind === 'circle' && d2022?.kind === 'circle') {
      const zero = (d2019.cx * 47 - d2022.cx * 29) / (47 - 29);
      expect(zero).toBeCloseTo(40, 0); // the frame's left edge is 0%
      expect(d2022.className).toContain('country-cn');
    }
  });

  it('marks a value computed from other figures with a dashed dot and "≈"', () => {
    const scene = layout({ sets: [{ series: 'talent-dumbbell-mobility' }] });
    expect(find(scene, 'dots', 'row-talent-dumbbell-mobility-working-outside-their-country-of-origin-2019')?.className).toContain('is-computed');
    const label = find(scene, 'labels', 'row-talent-dumbbell-mobility-working-outside-their-country-of-origin-2019-value');
    expect(label?.kind === 'text' && label.text).toBe('≈55%');
    expect(find(scene, 'dots', 'row-talent-dumbbell-mobility-working-outside-their-country-of-origin-2022')?.className).not.toContain('is-computed');
  });

  it('says so when an edition has no published value, and draws no dot for it', () => {
    const scene = layout({ sets: [{ series: 'talent-dumbbell-elite-work', categories: ['China'] }] });
    expect(find(scene, 'dots', 'row-talent-dumbbell-elite-work-china-2019')).toBeUndefined();
    const name = find(scene, 'labels', 'row-talent-dumbbell-elite-work-china-name');
    expect(name?.kind === 'text' && name.text).toBe('China (2019: not published)');
  });

  it('keeps value labels apart: the earlier value sits on the side away from the later one', () => {
    const scene = layout({ sets: [{ series: 'talent-dumbbell-top-tier', categories: ['Working in the US'] }] });
    const v2019 = find(scene, 'labels', 'row-talent-dumbbell-top-tier-working-in-the-us-2019-value');
    const v2022 = find(scene, 'labels', 'row-talent-dumbbell-top-tier-working-in-the-us-2022-value');
    if (v2019?.kind !== 'text' || v2022?.kind !== 'text') throw new Error('labels missing');
    expect(v2019.anchor).toBe('start');
    expect(v2022.anchor).toBe('end');
    expect(v2022.x).toBeLessThan(v2019.x);
  });

  it('mutes rows that are not highlighted', () => {
    const scene = layout({ sets: [{ series: 'talent-dumbbell-elite-origin' }], highlight: ['China'] });
    expect(find(scene, 'dots', 'row-talent-dumbbell-elite-origin-china-2022')?.className).toContain('is-highlighted');
    expect(find(scene, 'dots', 'row-talent-dumbbell-elite-origin-united-states-2022')?.className).toContain('is-muted');
  });

  it('rejects unknown series and categories, and steps with more rows than fit a phone', () => {
    expect(() => layout({ sets: [{ series: 'talent-undergrad-origin-2019' }] })).toThrow(/not a dumbbell series/);
    expect(() => layout({ sets: [{ series: 'talent-dumbbell-top-tier', categories: ['Mars'] }] })).toThrow(/no category "Mars"/);
    const everything = { sets: [...data.series.keys()].map((series) => ({ series })) };
    expect(() => layout(everything, 'narrow')).toThrow(/do not fit the narrow chart/);
  });
});
