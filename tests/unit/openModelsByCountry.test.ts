import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import chart from '../../src/charts/openModelsByCountry';
import { CHART_SIZES, type Mark, type RectMark } from '../../src/charts/contract';
import { readDataset } from '../../src/data/readDataset';
import { defaultWords } from '../../src/i18n/words';

const dataset = readDataset(fileURLToPath(new URL('../..', import.meta.url)));
const data = chart.select(dataset);
const layout = (state: unknown, variant: 'wide' | 'narrow' = 'wide') => chart.layout(data, chart.stateSchema.parse(state), CHART_SIZES[variant], variant, defaultWords);
const marks = (scene: ReturnType<typeof layout>, layer: string): Mark[] => scene.layers.find((entry) => entry.id === layer)?.marks ?? [];
const rect = (scene: ReturnType<typeof layout>, key: string) => marks(scene, 'bars').find((mark) => mark.key === key) as RectMark | undefined;

describe('openModelsByCountry', () => {
  it('reads both Epoch series, US and China, and marks only the partial year as partial', () => {
    // 2017 is left out: Epoch's table marks only one notable model of that year, from anywhere, as open.
    expect(data.years[0]).toBe('2018');
    const partial = data.rows.filter((row) => row.partial).map((row) => row.year);
    expect(new Set(partial)).toEqual(new Set(['2025']));
    const cn2024 = data.rows.find((row) => row.year === '2024' && row.country === 'cn')!;
    expect(cn2024.open).toBeLessThanOrEqual(cn2024.total);
  });

  it('leaves the partial year out unless asked, and draws two bars per country-year', () => {
    const without = layout({ view: 'totals' });
    expect(rect(without, 'bar-open-us-2025')).toBeUndefined();
    const withPartial = layout({ view: 'totals', partialYear: true });
    for (const row of data.rows) {
      expect(rect(withPartial, `bar-open-${row.country}-${row.year}`), `${row.country} ${row.year}`).toBeDefined();
      expect(rect(withPartial, `bar-rest-${row.country}-${row.year}`)).toBeDefined();
    }
    expect(rect(withPartial, 'bar-rest-us-2025')?.className).toContain('is-partial');
    // A partial year is paler and labelled, never dashed (a dash means an estimate).
    expect(rect(withPartial, 'bar-rest-us-2025')?.dash).toBeUndefined();
  });

  it('draws bar heights in proportion to the counts', () => {
    const scene = layout({ view: 'split' });
    const us = data.rows.find((row) => row.year === '2023' && row.country === 'us')!;
    const open = rect(scene, 'bar-open-us-2023')!;
    const rest = rect(scene, 'bar-rest-us-2023')!;
    expect(open.height / (open.height + rest.height)).toBeCloseTo(us.open / us.total, 2);
  });

  it('changes the encoding between views (tinted, filled/hollow, open only, share)', () => {
    expect(rect(layout({ view: 'totals' }), 'bar-rest-cn-2024')?.className).toContain('is-total');
    expect(rect(layout({ view: 'split' }), 'bar-open-cn-2024')?.className).toContain('is-open');
    expect(rect(layout({ view: 'split' }), 'bar-rest-cn-2024')?.className).toContain('is-closed');
    expect(rect(layout({ view: 'open' }), 'bar-rest-cn-2024')?.opacity).toBe(0);
    // In the share view every bar is the same height: 100% of that country's models.
    const share = layout({ view: 'share' });
    const total = (country: string) => rect(share, `bar-open-${country}-2024`)!.height + rect(share, `bar-rest-${country}-2024`)!.height;
    expect(total('us')).toBeCloseTo(total('cn'), 5);
  });

  it('labels the highlighted year with its values and mutes the others', () => {
    const scene = layout({ view: 'share', highlight: ['2024'] });
    const texts = marks(scene, 'labels').map((mark) => (mark.kind === 'text' ? mark.text : ''));
    const cn = data.rows.find((row) => row.year === '2024' && row.country === 'cn')!;
    expect(texts).toContain(`${Math.round((cn.open / cn.total) * 100)}%`);
    expect(rect(scene, 'bar-open-us-2023')?.className).toContain('is-muted');
    expect(scene.description).toContain(`China ${cn.open} of ${cn.total} open`);
  });

  it('rejects a highlighted year it has no data for, or a partial year that is hidden', () => {
    expect(() => layout({ view: 'split', highlight: ['2012'] })).toThrow(/no data for highlighted year "2012"/);
    expect(() => layout({ view: 'split', highlight: ['2025'] })).toThrow(/partial/);
  });

  it('says in the description when the partial year is shown and what it covers', () => {
    expect(layout({ view: 'share', partialYear: true }).description).toMatch(/2025 is partial: .*22 May/);
  });
});
