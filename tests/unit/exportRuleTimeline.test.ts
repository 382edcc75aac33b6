import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import chart from '../../src/charts/exportRuleTimeline';
import { RESPONSES } from '../../src/charts/exportRuleTimeline/config';
import { CHART_SIZES, type Mark } from '../../src/charts/contract';
import { readDataset } from '../../src/data/readDataset';

const dataset = readDataset(fileURLToPath(new URL('../..', import.meta.url)));
const data = chart.select(dataset);
const layout = (state: unknown, variant: 'wide' | 'narrow' = 'wide') => chart.layout(data, chart.stateSchema.parse(state), CHART_SIZES[variant], variant);
const marksOf = (scene: ReturnType<typeof layout>, layerId: string): Mark[] => scene.layers.find((layer) => layer.id === layerId)?.marks ?? [];
const keys = (scene: ReturnType<typeof layout>, layerId: string) => marksOf(scene, layerId).map((mark) => mark.key);

describe('exportRuleTimeline', () => {
  it('draws one dot per thing a rule covers, in the matching row', () => {
    const scene = layout({ rules: ['bis-rule-2024-12-02'] });
    expect(keys(scene, 'dots').sort()).toEqual(['rule-dot-bis-rule-2024-12-02-entities', 'rule-dot-bis-rule-2024-12-02-memory', 'rule-dot-bis-rule-2024-12-02-tools']);
    expect(keys(scene, 'columns')).toEqual(['rule-col-bis-rule-2024-12-02']);
  });

  it('places rules left to right in date order', () => {
    const scene = layout({ rules: ['bis-rule-2023-10-17', 'bis-rule-2022-10-07', 'bis-diffusion-rule-2025-01-13'] });
    const x = (id: string) => {
      const mark = marksOf(scene, 'columns').find((candidate) => candidate.key === `rule-col-${id}`);
      return mark?.kind === 'line' ? mark.x1 : NaN;
    };
    expect(x('bis-rule-2022-10-07')).toBeLessThan(x('bis-rule-2023-10-17'));
    expect(x('bis-rule-2023-10-17')).toBeLessThan(x('bis-diffusion-rule-2025-01-13'));
  });

  it('draws measures that lift controls hollow and the others filled', () => {
    const scene = layout({ rules: ['bis-diffusion-rule-2025-01-13', 'bis-diffusion-rescinded-2025-05-13'] });
    const classOf = (key: string) => marksOf(scene, 'dots').find((mark) => mark.key === key)?.className ?? '';
    expect(classOf('rule-dot-bis-diffusion-rule-2025-01-13-model-weights')).toContain('is-tightening');
    expect(classOf('rule-dot-bis-diffusion-rescinded-2025-05-13-model-weights')).toContain('is-eased');
    expect(dataset.events.find((event) => event.id === 'h20-sales-resume-2025-07-14')?.effect).toBe('loosens');
  });

  it('puts chipmakers’ answers in the first lane and China’s in the second, with labels', () => {
    const scene = layout({ rules: ['bis-rule-2022-10-07'], responses: ['nvidia-a800-china-2022-11-07', 'big-fund-iii-2024-05-24'] });
    const answer = (id: string) => marksOf(scene, 'answers').find((mark) => mark.key === `answer-${id}`);
    const a800 = answer('nvidia-a800-china-2022-11-07');
    const fund = answer('big-fund-iii-2024-05-24');
    expect(a800?.className).toContain('country-us');
    expect(fund?.className).toContain('country-cn');
    if (a800?.kind === 'symbol' && fund?.kind === 'symbol') expect(a800.y).toBeLessThan(fund.y);
    const texts = marksOf(scene, 'answers').flatMap((mark) => (mark.kind === 'text' ? [mark.text] : []));
    expect(texts).toEqual(expect.arrayContaining(['A800', 'Big Fund III']));
  });

  it('spells out the focused event in the callout', () => {
    const scene = layout({ rules: ['bis-rule-2022-10-07'], focus: 'bis-rule-2022-10-07' });
    const text = marksOf(scene, 'callout').flatMap((mark) => (mark.kind === 'text' ? [mark.text] : [])).join(' ');
    expect(text).toContain('7 Oct 2022');
    expect(text).toContain('First controls on advanced AI chips');
  });

  it('can draw every answer in its list', () => {
    const scene = layout({ rules: ['bis-rule-2022-10-07'], responses: RESPONSES.map((entry) => entry.id), through: '2026-03' });
    for (const entry of RESPONSES) expect(keys(scene, 'answers')).toContain(`answer-${entry.id}`);
  });

  it('rejects unknown ids, answers off the list and events outside the axis', () => {
    expect(() => layout({ rules: ['no-such-rule'] })).toThrow(/"no-such-rule" is not a US rule/);
    expect(() => layout({ rules: ['bis-rule-2022-10-07'], responses: ['ai-action-plan-2025-07-23'] })).toThrow(/not one of the chart's answers/);
    expect(() => layout({ rules: ['bis-h200-case-by-case-2026-01-15'] })).toThrow(/outside the time axis/);
    expect(() => layout({ rules: ['bis-rule-2022-10-07'], highlight: ['bis-rule-2023-10-17'] })).toThrow(/not drawn/);
  });

  it('describes what each rule covers, in words', () => {
    const scene = layout({ rules: ['bis-rule-2024-12-02', 'bis-diffusion-rescinded-2025-05-13'], responses: ['china-mineral-export-ban-2024-12-03'] });
    expect(scene.description).toContain('Adding controls: 2 Dec 2024 (chipmaking tools, AI memory, listed firms)');
    expect(scene.description).toContain('Lifting or loosening controls: 13 May 2025');
    expect(scene.description).toContain("China's moves: Minerals ban");
  });
});
