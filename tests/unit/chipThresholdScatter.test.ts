import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import chart from '../../src/charts/chipThresholdScatter';
import { meetsThreshold } from '../../src/charts/chipThresholdScatter/coverage';
import { CHART_SIZES, type Mark } from '../../src/charts/contract';
import { readDataset } from '../../src/data/readDataset';
import { estimateTextWidth } from '../../src/charts/shared/labels';
import { defaultWords } from '../../src/i18n/words';

const dataset = readDataset(fileURLToPath(new URL('../..', import.meta.url)));
const data = chart.select(dataset);
const layout = (state: unknown, variant: 'wide' | 'narrow' = 'wide') => chart.layout(data, chart.stateSchema.parse(state), CHART_SIZES[variant], variant, defaultWords);
const marksOf = (scene: ReturnType<typeof layout>, layerId: string): Mark[] => scene.layers.find((layer) => layer.id === layerId)?.marks ?? [];

describe('chipThresholdScatter', () => {
  // The chapter's most crowded step (content/chapters/chips.mdx, "ascend"), and every chip at once.
  const crowded = [
    { rules: ['bis-rule-2022-10-07', 'bis-rule-2023-10-17', 'h20-licence-2025-04-09'], chips: ['nvidia-a100', 'nvidia-h100', 'nvidia-a800', 'nvidia-h800', 'nvidia-h20', 'huawei-ascend-910', 'huawei-ascend-910b', 'huawei-ascend-910c'], highlight: ['huawei-ascend-910'] },
    { rules: ['bis-rule-2022-10-07', 'bis-rule-2023-10-17'], chips: 'all' },
    // The "h200-box" step: the January 2026 rule's box and its label among the chips' names.
    { rules: ['bis-rule-2022-10-07', 'bis-rule-2023-10-17', 'h20-licence-2025-04-09', 'bis-h200-case-by-case-2026-01-15'], chips: ['nvidia-a100', 'nvidia-h100', 'nvidia-h20', 'nvidia-h200', 'nvidia-b200'], highlight: ['nvidia-h200', 'nvidia-b200'] },
  ];
  it('keeps every chip name inside the plot, clear of the other names, on both layouts', () => {
    for (const variant of ['wide', 'narrow'] as const) {
      for (const state of crowded) {
        const scene = layout(state, variant);
        const axis = marksOf(scene, 'axes').find((mark) => mark.key === 'y-domain');
        const names = marksOf(scene, 'labels').flatMap((mark) => (mark.kind === 'text' && !mark.key.includes('-sep-') ? [mark] : []));
        expect(names.length).toBeGreaterThan(2);
        // One box per shared label ("A100 / A800" is written in pieces on one baseline).
        const boxes = new Map<number, { left: number; right: number; baseline: number; size: number }>();
        for (const name of names) {
          const right = name.x + estimateTextWidth(name.text, name.size!);
          const box = [...boxes.values()].find((other) => other.baseline === name.y && Math.abs(other.right - name.x) < 2 * name.size!);
          if (box) box.right = right;
          else boxes.set(boxes.size, { left: name.x, right, baseline: name.y, size: name.size! });
        }
        for (const box of boxes.values()) {
          if (axis?.kind === 'line') expect(box.left, `${variant}: a name starts on or left of the y axis`).toBeGreaterThan(axis.x1);
          for (const other of boxes.values()) {
            if (other === box) continue;
            const apart = other.right <= box.left || box.right <= other.left || Math.abs(other.baseline - box.baseline) >= 0.8 * box.size;
            expect(apart, `${variant}: two names overlap`).toBe(true);
          }
        }
      }
    }
  });

  it('names both bars of the 2023 rule by their TPP, each label clear of the other bar, on both layouts', () => {
    for (const variant of ['wide', 'narrow'] as const) {
      const rules = marksOf(layout({ rules: ['bis-rule-2022-10-07', 'bis-rule-2023-10-17'], chips: ['nvidia-h20'] }, variant), 'rules');
      const find = (key: string) => rules.find((mark) => mark.key === key);
      const main = find('rule-line-bis-rule-2023-10-17');
      const band = find('rule-band-label');
      expect(find('rule-line-label')).toMatchObject({ text: 'TPP 4,800' });
      expect(band?.kind === 'text' && band.text).toMatch(/^TPP 1,600/);
      if (band?.kind === 'text' && main?.kind === 'line') expect(band.x + estimateTextWidth(band.text, band.size!)).toBeLessThan(main.x1);
    }
  });

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

  it('rings the chips a drawn rule covers, and fills every chip whatever its status', () => {
    const before = layout({ rules: ['bis-rule-2022-10-07'], chips: ['nvidia-a100', 'nvidia-a800'] });
    const after = layout({ rules: ['bis-rule-2022-10-07', 'bis-rule-2023-10-17'], chips: ['nvidia-a100', 'nvidia-a800'] });
    const find = (scene: typeof before, key: string) => marksOf(scene, 'points').find((mark) => mark.key === key);
    expect(find(before, 'chip-nvidia-a100')?.className).toContain('is-controlled');
    expect(find(before, 'chip-nvidia-a800')?.className).toContain('is-allowed');
    expect(find(after, 'chip-nvidia-a800')?.className).toContain('is-controlled');
    // The ring is what changes: hidden while a chip may be sold, shown once it needs a licence.
    expect(find(before, 'chip-ring-nvidia-a100')?.opacity).toBe(1);
    expect(find(before, 'chip-ring-nvidia-a800')?.opacity).toBe(0);
    expect(find(after, 'chip-ring-nvidia-a800')?.opacity).toBe(1);
    // Hollow means "closed model" across the site, so no chip is drawn hollow.
    for (const mark of marksOf(after, 'points')) expect(mark.className).not.toMatch(/is-closed|is-open/);
  });

  it('writes shared labels one name at a time, bold where the chip needs a licence', () => {
    const texts = (scene: ReturnType<typeof layout>) => marksOf(scene, 'labels').flatMap((mark) => (mark.kind === 'text' ? [`${mark.text}${mark.weight === 'bold' ? '*' : ''}`] : []));
    expect(texts(layout({ chips: ['nvidia-a100', 'nvidia-a800'] }))).toEqual(['A100', '/', 'A800']);
    expect(texts(layout({ rules: ['bis-rule-2022-10-07'], chips: ['nvidia-a100', 'nvidia-a800'] }))).toEqual(['A100*', '/', 'A800']);
    expect(texts(layout({ rules: ['bis-rule-2022-10-07', 'bis-rule-2023-10-17'], chips: ['nvidia-a100', 'nvidia-a800'] }))).toEqual(['A100*', '/', 'A800*']);
  });

  it('puts the H20 between the lower bar and the main bar of the 2023 rule', () => {
    const scene = layout({ rules: ['bis-rule-2022-10-07', 'bis-rule-2023-10-17'], chips: ['nvidia-h20'] });
    const rules = marksOf(scene, 'rules');
    const main = rules.find((mark) => mark.key === 'rule-line-bis-rule-2023-10-17');
    const band = rules.find((mark) => mark.key === 'rule-band-bis-rule-2023-10-17');
    const h20 = marksOf(scene, 'points').find((mark) => mark.key === 'chip-nvidia-h20');
    if (main?.kind !== 'line' || band?.kind !== 'line' || h20?.kind !== 'symbol') throw new Error('missing marks');
    expect(h20.x).toBeGreaterThan(band.x1);
    expect(h20.x).toBeLessThan(main.x1);
    expect(band.dash).toBeUndefined();
  });

  it('names a measure by what it was: a rule with thresholds, or a licence demanded of one company', () => {
    const headerOf = (scene: ReturnType<typeof layout>) =>
      marksOf(scene, 'rules')
        .filter((mark) => mark.key.startsWith('rule-label-'))
        .map((mark) => (mark.kind === 'text' ? mark.text : ''))
        .join(' ');
    expect(headerOf(layout({ rules: ['bis-rule-2022-10-07'], chips: 'all' }))).toMatch(/^7 Oct 2022 rule:/);
    const letter = headerOf(layout({ rules: ['bis-rule-2022-10-07', 'bis-rule-2023-10-17', 'h20-licence-2025-04-09'], chips: ['nvidia-h20'] }));
    expect(letter).toMatch(/^9 Apr 2025: .*H20/);
    expect(letter).not.toMatch(/rule/);
  });

  it("draws the January 2026 rule as a box of case-by-case review: the H200 inside, the B200 outside", () => {
    const h200Rule = ['bis-rule-2022-10-07', 'bis-rule-2023-10-17', 'h20-licence-2025-04-09', 'bis-h200-case-by-case-2026-01-15'];
    for (const variant of ['wide', 'narrow'] as const) {
      const scene = layout({ rules: h200Rule, chips: ['nvidia-h100', 'nvidia-h200', 'nvidia-b200'] }, variant);
      const box = marksOf(scene, 'rules').find((mark) => mark.key === 'review-box');
      const point = (id: string) => marksOf(scene, 'points').find((mark) => mark.key === `chip-${id}`);
      const h200 = point('nvidia-h200');
      const b200 = point('nvidia-b200');
      if (box?.kind !== 'rect' || h200?.kind !== 'symbol' || b200?.kind !== 'symbol') throw new Error('missing marks');
      const inside = (mark: { x: number; y: number }) => mark.x > box.x && mark.x < box.x + box.width && mark.y > box.y && mark.y < box.y + box.height;
      expect(inside(h200), variant).toBe(true);
      expect(inside(b200), variant).toBe(false);
      // Still licensed: the ring stays, since the rule changes how applications are reviewed.
      expect(point('nvidia-h200')?.className).toContain('is-controlled');
      const header = marksOf(scene, 'rules').filter((mark) => mark.key.startsWith('rule-label-')).map((mark) => (mark.kind === 'text' ? mark.text : '')).join(' ');
      expect(header).toMatch(/case[- ]by[- ]case/i);
      expect(header).toContain('21,000');
    }
    const description = layout({ rules: h200Rule, chips: ['nvidia-h100', 'nvidia-h200', 'nvidia-b200'] }).description;
    expect(description).toContain('licences reviewed case by case: H100, H200.');
    expect(description).toContain('still presumed denied: B200.');
    // No box before the rule is drawn.
    expect(marksOf(layout({ rules: h200Rule.slice(0, 3), chips: ['nvidia-h200'] }), 'rules').find((mark) => mark.key === 'review-box')).toBeUndefined();
  });

  it('rejects a state that names a chip or rule the dataset does not hold', () => {
    expect(() => layout({ chips: ['nvidia-h999'] })).toThrow(/"nvidia-h999" is not a chip/);
    expect(() => layout({ rules: ['no-rule'], chips: 'all' })).toThrow(/"no-rule" is not an export-control event/);
  });

  it('describes the state in words that follow the data', () => {
    const scene = layout({ rules: ['bis-rule-2022-10-07'], chips: ['nvidia-a100', 'nvidia-a800'] });
    expect(scene.description).toContain('Need a US licence for China (ringed): A100.');
    expect(scene.description).toContain('Can still be sold to China without a licence: A800.');
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
