import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import chart from '../../src/charts/talentParity';
import { figureText, ratioText } from '../../src/charts/talentParity/layout';
import { ROW_IDS } from '../../src/charts/talentParity/rows';
import { CHART_SIZES, type Mark, type Variant } from '../../src/charts/contract';
import { readDataset } from '../../src/data/readDataset';
import { defaultWords } from '../../src/i18n/words';

const dataset = readDataset(fileURLToPath(new URL('../..', import.meta.url)));
const data = chart.select(dataset);
const layout = (state: unknown, variant: Variant = 'wide') => chart.layout(data, chart.stateSchema.parse(state), CHART_SIZES[variant], variant, defaultWords);
const marks = (scene: ReturnType<typeof layout>, layerId: string): Mark[] => scene.layers.find((layer) => layer.id === layerId)?.marks ?? [];
const find = (scene: ReturnType<typeof layout>, layerId: string, key: string) => marks(scene, layerId).find((mark) => mark.key === key);
const text = (scene: ReturnType<typeof layout>, key: string) => {
  const mark = find(scene, 'labels', key);
  return mark?.kind === 'text' ? mark.text : undefined;
};
const row = (id: (typeof ROW_IDS)[number]) => data.rows.get(id)!;

describe('talentParity', () => {
  it("computes China's count for every 100 of the US's from the two published figures", () => {
    expect(row('tracker-2019').ratio).toBe(Math.round((11 / 59) * 100));
    expect(row('tracker-2022').ratio).toBe(Math.round((28 / 42) * 100));
    expect(row('cited-2024').ratio).toBe(Math.round((41 / 46) * 100));
    expect(row('neurips-2025').ratio).toBe(Math.round((2370 / 2450) * 100));
  });

  it('marks ratios from rounded figures "≈" and those from bounded figures "over", and draws them hollow', () => {
    expect(ratioText(row('tracker-2022'), defaultWords)).toBe(String(row('tracker-2022').ratio));
    expect(ratioText(row('neurips-2025'), defaultWords)).toMatch(/^≈\d+$/);
    expect(ratioText(row('iclr-2026'), defaultWords)).toMatch(/^over \d+$/);
    expect(figureText(row('iclr-2026').series, row('iclr-2026').cn, defaultWords)).toBe('over 51%');
    expect(figureText(row('iclr-2026').series, row('iclr-2026').us, defaultWords)).toBe('just under 32%');
    const scene = layout({ rows: ['tracker-2022', 'neurips-2025', 'iclr-2026'] });
    expect(find(scene, 'dots', 'row-iclr-2026-dot')?.className).toContain('is-approx');
    expect(find(scene, 'dots', 'row-tracker-2022-dot')?.className).not.toContain('is-approx');
  });

  it('puts the US tick at 100 on every row and the China dot left of it below parity, right of it above', () => {
    const scene = layout({ rows: ['tracker-2019', 'iclr-2026'] });
    const tick = (id: string) => find(scene, 'leaders', `row-${id}-us`);
    const dot = (id: string) => find(scene, 'dots', `row-${id}-dot`);
    const x = (mark: Mark | undefined) => (mark?.kind === 'line' ? mark.x1 : mark?.kind === 'circle' ? mark.cx : NaN);
    expect(x(tick('tracker-2019'))).toBeCloseTo(x(tick('iclr-2026')), 5);
    expect(x(dot('tracker-2019'))).toBeLessThan(x(tick('tracker-2019')));
    expect(x(dot('iclr-2026'))).toBeGreaterThan(x(tick('iclr-2026')));
    expect(find(scene, 'leaders', 'row-tracker-2019-us')?.className).toContain('country-us');
    expect(find(scene, 'dots', 'row-iclr-2026-dot')?.className).toContain('country-cn');
  });

  it('draws only the rows a step asks for, picks some out and mutes the others', () => {
    const scene = layout({ rows: ['tracker-2019', 'tracker-2022', 'cited-2021'], highlight: ['cited-2021'] });
    expect(find(scene, 'dots', 'row-neurips-2025-dot')).toBeUndefined();
    expect(find(scene, 'dots', 'row-cited-2021-dot')?.className).toContain('is-highlighted');
    expect(find(scene, 'dots', 'row-tracker-2019-dot')?.className).toContain('is-muted');
    expect(text(scene, 'row-cited-2021-name-0')).toContain('100 most-cited AI papers of 2021');
  });

  it('on a phone keeps muted rows to their short name and gives the picked-out ones their figures', () => {
    const scene = layout({ rows: [...ROW_IDS], highlight: ['iclr-2026'] }, 'narrow');
    expect(text(scene, 'row-tracker-2019-name-1')).toBeUndefined();
    expect(text(scene, 'row-iclr-2026-name-1')).toBe('US just under 32%, China over 51%');
  });

  it('describes every row it draws, and lists every measure in its table', () => {
    const scene = layout({ rows: ['neurips-2025'] });
    expect(scene.description).toContain('Papers accepted at NeurIPS 2025');
    expect(scene.description).toContain('United States ≈2,450, China ≈2,370');
    expect(chart.table(data, defaultWords).rows).toHaveLength(ROW_IDS.length);
  });

  it('refuses rows it does not know and highlights of rows it does not draw', () => {
    expect(() => chart.stateSchema.parse({ rows: ['nope'] })).toThrow(/not a row of the talentParity chart/);
    expect(() => chart.stateSchema.parse({ rows: ['tracker-2019'], highlight: ['iclr-2026'] })).toThrow(/among the rows drawn/);
  });
});
