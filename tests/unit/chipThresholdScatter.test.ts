import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import chart from '../../src/charts/chipThresholdScatter';
import { meetsThreshold } from '../../src/charts/chipThresholdScatter/coverage';
import { CHART_SIZES, type Mark } from '../../src/charts/contract';
import { readDataset } from '../../src/data/readDataset';

const dataset = readDataset(fileURLToPath(new URL('../..', import.meta.url)));
const data = chart.select(dataset);
const layout = (state: unknown, variant: 'wide' | 'narrow' = 'wide') => chart.layout(data, chart.stateSchema.parse(state), CHART_SIZES[variant], variant);
const marksOf = (scene: ReturnType<typeof layout>, layerId: string): Mark[] => scene.layers.find((layer) => layer.id === layerId)?.marks ?? [];

describe('chipThresholdScatter', () => {
  it('draws every chip with a bandwidth figure when asked for all', () => {
    const keys = marksOf(layout({ chips: 'all' }), 'points').map((mark) => mark.key);
    for (const chip of dataset.chips.filter((chip) => chip.memoryBandwidthTBs !== undefined)) expect(keys).toContain(`chip-${chip.id}`);
  });

  it('places a rule at its TPP threshold converted to TFLOPS (TPP = TFLOPS x 16)', () => {
    const scene = layout({ rules: ['bis-rule-2022-10-07'], chips: ['nvidia-a100', 'nvidia-h100'] });
    const line = marksOf(scene, 'rules').find((mark) => mark.key === 'rule-line-bis-rule-2022-10-07');
    const a100 = marksOf(scene, 'points').find((mark) => mark.key === 'chip-nvidia-a100');
    expect(line?.kind).toBe('line');
    expect(a100?.kind).toBe('symbol');
    // The A100 (312 TFLOPS) sits just right of the 300 TFLOPS line.
    if (line?.kind === 'line' && a100?.kind === 'symbol') {
      expect(a100.x).toBeGreaterThan(line.x1);
      expect(a100.x - line.x1).toBeLessThan(15);
    }
  });

  it('fills the chips a drawn rule covers and leaves the others hollow', () => {
    const before = layout({ rules: ['bis-rule-2022-10-07'], chips: ['nvidia-a100', 'nvidia-a800'] });
    const after = layout({ rules: ['bis-rule-2022-10-07', 'bis-rule-2023-10-17'], chips: ['nvidia-a100', 'nvidia-a800'] });
    const className = (scene: typeof before, key: string) => marksOf(scene, 'points').find((mark) => mark.key === key)?.className ?? '';
    expect(className(before, 'chip-nvidia-a100')).toContain('is-controlled');
    expect(className(before, 'chip-nvidia-a800')).toContain('is-allowed');
    expect(className(after, 'chip-nvidia-a800')).toContain('is-controlled');
  });

  it('labels chips that share a spot once ("A100 / A800")', () => {
    const texts = marksOf(layout({ chips: ['nvidia-a100', 'nvidia-a800'] }), 'labels').map((mark) => (mark.kind === 'text' ? mark.text : ''));
    expect(texts).toEqual(['A100 / A800']);
  });

  it('rejects a state that names a chip or rule the dataset does not hold', () => {
    expect(() => layout({ chips: ['nvidia-h999'] })).toThrow(/"nvidia-h999" is not a chip/);
    expect(() => layout({ rules: ['no-rule'], chips: 'all' })).toThrow(/"no-rule" is not an export-control event/);
  });

  it('describes the state in words that follow the data', () => {
    const scene = layout({ rules: ['bis-rule-2022-10-07'], chips: ['nvidia-a100', 'nvidia-a800'] });
    expect(scene.description).toContain('Need a US licence for China: A100.');
    expect(scene.description).toContain('Can still be sold to China: A800.');
  });

  it("agrees with each rule's thresholds wherever the figures allow a verdict", () => {
    const rules = [...data.rules.values()].filter((rule) => rule.threshold);
    let checked = 0;
    for (const chip of dataset.chips.filter((chip) => chip.market !== 'domestic')) {
      for (const rule of rules) {
        const verdict = meetsThreshold(chip, rule);
        if (verdict === 'unknown') continue;
        checked++;
        expect(chip.coveredBy.includes(rule.id), `${chip.id} vs ${rule.id}`).toBe(verdict === 'meets');
      }
    }
    expect(checked).toBeGreaterThan(8);
  });
});
