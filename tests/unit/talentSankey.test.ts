import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import chart from '../../src/charts/talentSankey';
import { countryClass, parseFlowEnd } from '../../src/charts/talentSankey/layout';
import { stackLabels } from '../../src/charts/shared/labels';
import { CHART_SIZES, type Mark, type Variant } from '../../src/charts/contract';
import { readDataset } from '../../src/data/readDataset';
import { defaultWords } from '../../src/i18n/words';

const dataset = readDataset(fileURLToPath(new URL('../..', import.meta.url)));
const data = chart.select(dataset);
const layout = (state: unknown, variant: Variant = 'wide') => chart.layout(data, chart.stateSchema.parse(state), CHART_SIZES[variant], variant, defaultWords);
const marksOf = (scene: ReturnType<typeof layout>, layerId: string): Mark[] => scene.layers.find((layer) => layer.id === layerId)?.marks ?? [];
const keys = (scene: ReturnType<typeof layout>, layerId: string) => marksOf(scene, layerId).map((mark) => mark.key);
const texts = (scene: ReturnType<typeof layout>) => marksOf(scene, 'labels').flatMap((mark) => (mark.kind === 'text' ? [mark.text] : []));
const heightOf = (scene: ReturnType<typeof layout>, key: string) => {
  const mark = marksOf(scene, 'nodes').find((candidate) => candidate.key === key);
  return mark?.kind === 'rect' ? mark.height : Number.NaN;
};

const ENDS_2019 = { origin: 'talent-undergrad-origin-2019', work: 'talent-work-location-2019' };
const ENDS_2022 = { origin: 'talent-undergrad-origin-2022', work: 'talent-work-location-2022' };

describe('talentSankey', () => {
  it('draws every published origin share as a node, plus the rest as a computed "Other"', () => {
    const scene = layout({ origin: 'talent-undergrad-origin-2019' });
    const origin = dataset.series.find((series) => series.id === 'talent-undergrad-origin-2019')!;
    for (const point of origin.points) expect(texts(scene)).toContain(`${'category' in point ? point.category : ''} ${point.value}%`);
    const other = marksOf(scene, 'nodes').find((mark) => mark.key === 'node-origin-other');
    expect(other?.className).toContain('is-computed');
    expect(texts(scene)).toContain('Other 10%');
  });

  it('draws no flow that a source does not publish', () => {
    expect(keys(layout(ENDS_2019), 'flows')).toEqual([]);
    const withFlows = layout({ ...ENDS_2019, flows: ['talent-flow-china-undergrad-work-2019'] });
    expect(keys(withFlows, 'flows').sort()).toEqual([
      'flow-talent-flow-china-undergrad-work-2019-work-china',
      'flow-talent-flow-china-undergrad-work-2019-work-united-states',
    ]);
    expect(withFlows.description).toContain('Other flows are not published');
  });

  it('labels a flow with its published share of the group it leaves, not a computed share of all', () => {
    const scene = layout({ ...ENDS_2019, flows: ['talent-flow-china-undergrad-work-2019'] });
    expect(texts(scene)).toEqual(expect.arrayContaining(['56%', '34%']));
  });

  it('keeps one scale across editions, so China visibly grows from 2019 to 2022', () => {
    const before = heightOf(layout(ENDS_2019), 'node-origin-china');
    const after = heightOf(layout(ENDS_2022), 'node-origin-china');
    expect(after / before).toBeCloseTo(47 / 29, 2);
    expect(heightOf(layout(ENDS_2022), 'node-work-united-states') / heightOf(layout(ENDS_2019), 'node-work-united-states')).toBeCloseTo(42 / 59, 2);
  });

  it('adds a graduate-school column only through the flows that reach it', () => {
    const scene = layout({ ...ENDS_2022, flows: ['talent-flow-china-undergrad-grad-school-2022'] });
    expect(keys(scene, 'nodes')).toEqual(expect.arrayContaining(['node-grad-china', 'node-grad-united-states']));
    expect(keys(layout(ENDS_2022), 'nodes')).not.toContain('node-grad-china');
  });

  it('merges small shares into "Other" on a phone so every label fits', () => {
    const narrow = layout({ origin: 'talent-undergrad-origin-2022' }, 'narrow');
    expect(texts(narrow)).not.toContain('Russia 2%');
    expect(texts(narrow)).toContain('Other 18%');
  });

  it('draws a followed cohort as people, with its date', () => {
    const scene = layout({ cohort: 'talent-carnegie-followup-2025' });
    expect(texts(scene)).toEqual(expect.arrayContaining(['Still in the US 87', 'Moved to China 10', 'Elsewhere 3']));
    expect(marksOf(scene, 'headers').map((mark) => (mark.kind === 'text' ? mark.text : ''))).toContain('As of 2025');
  });

  it('rejects states that name the wrong series or mix editions', () => {
    expect(() => layout({ origin: 'no-such-series' })).toThrow(/"no-such-series" is not a talent-tracker series/);
    expect(() => layout({ origin: 'talent-undergrad-origin-2019', work: 'talent-work-location-2022' })).toThrow(/different editions/);
    expect(() => layout({ origin: 'talent-undergrad-origin-2019', flows: ['talent-flow-china-undergrad-work-2019'] })).toThrow(/needs the work column/);
    expect(() => chart.stateSchema.parse({ origin: 'talent-undergrad-origin-2019', cohort: 'talent-carnegie-followup-2025' })).toThrow();
  });

  it('colours a group of Chinese researchers as China, and keeps a followed group\'s labels inside a phone', () => {
    expect(countryClass('Chinese graduate of a US graduate programme')).toBe('country-cn');
    expect(countryClass('Stayed to work in the United States')).toBe('country-us');
    for (const cohort of ['talent-flow-us-grad-stay-2019', 'talent-carnegie-followup-2025']) {
      const scene = layout({ cohort }, 'narrow');
      for (const mark of marksOf(scene, 'labels')) {
        if (mark.kind !== 'text' || (mark.anchor ?? 'start') !== 'start') continue;
        expect(mark.x + mark.text.length * 12 * 0.55, `${cohort}: ${mark.text}`).toBeLessThanOrEqual(CHART_SIZES.narrow.width);
      }
    }
  });

  it('reads flow ends from the dataset names', () => {
    expect(parseFlowEnd('Undergraduate degree in China')).toEqual({ column: 'origin', name: 'China' });
    expect(parseFlowEnd('Works in the United States')).toEqual({ column: 'work', name: 'United States' });
    expect(parseFlowEnd('Moved to China')).toBeUndefined();
  });

  it('stacks column labels in order and inside the bounds', () => {
    expect(stackLabels([10, 12, 14, 100], 10, { top: 0, bottom: 200 })).toEqual([10, 20, 30, 100]);
    expect(stackLabels([180, 185, 190], 10, { top: 0, bottom: 190 })).toEqual([170, 180, 190]);
  });
});
