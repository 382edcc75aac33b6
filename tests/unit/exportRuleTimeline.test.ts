import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import chart from '../../src/charts/exportRuleTimeline';
import { RESPONSES } from '../../src/charts/exportRuleTimeline/config';
import { CHART_SIZES, type Mark } from '../../src/charts/contract';
import { readDataset } from '../../src/data/readDataset';
import { boxesOverlap, estimateTextWidth, type Box } from '../../src/charts/shared/labels';
import { realSequences } from './chapterIds';
import { defaultWords } from '../../src/i18n/words';

const dataset = readDataset(fileURLToPath(new URL('../..', import.meta.url)));
const data = chart.select(dataset);
const layout = (state: unknown, variant: 'wide' | 'narrow' = 'wide') => chart.layout(data, chart.stateSchema.parse(state), CHART_SIZES[variant], variant, defaultWords);
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
    const scene = layout({ rules: ['bis-rule-2022-10-07'], responses: [...RESPONSES], through: '2026-07' });
    for (const id of RESPONSES) expect(keys(scene, 'answers')).toContain(`answer-${id}`);
  });

  it('rejects unknown ids, answers off the list and events outside the axis', () => {
    expect(() => layout({ rules: ['no-such-rule'] })).toThrow(/"no-such-rule" is not a US rule/);
    expect(() => layout({ rules: ['bis-rule-2022-10-07'], responses: ['ai-action-plan-2025-07-23'] })).toThrow(/not one of the chart's answers/);
    expect(() => layout({ rules: ['bis-h200-case-by-case-2026-01-15'] })).toThrow(/outside the time axis/);
    expect(() => layout({ rules: ['bis-rule-2022-10-07'], highlight: ['bis-rule-2023-10-17'] })).toThrow(/not drawn/);
  });

  it('puts quarter ticks on a zoomed-in axis, and only years on the long one', () => {
    const zoomed = layout({ rules: ['h20-sales-resume-2025-07-14', 'bis-h200-case-by-case-2026-01-15'], from: '2025-06', through: '2026-07' });
    const texts = (scene: ReturnType<typeof layout>) => marksOf(scene, 'axis').flatMap((mark) => (mark.kind === 'text' ? [mark.text] : []));
    expect(texts(zoomed)).toEqual(['2026', 'Jul', 'Oct', 'Apr', 'Jul']);
    expect(texts(layout({ rules: ['bis-rule-2022-10-07'], through: '2026-07' }))).toEqual(['2023', '2024', '2025', '2026']);
  });

  it('shows China limiting Nvidia in its own lane from 2025, beside the US rule that loosened', () => {
    const scene = layout({
      rules: ['h20-sales-resume-2025-07-14', 'bis-h200-case-by-case-2026-01-15'],
      responses: ['cac-rtx-pro-6000d-2025-09-17', 'china-customs-h200-block-2026-01-14', 'nvidia-outlook-no-china-2026-05-20'],
      from: '2025-06',
      through: '2026-07',
    });
    const mark = (key: string) => marksOf(scene, 'answers').find((candidate) => candidate.key === key);
    expect(mark('answer-cac-rtx-pro-6000d-2025-09-17')?.className).toContain('country-cn');
    expect(mark('answer-china-customs-h200-block-2026-01-14')?.className).toContain('country-cn');
    expect(mark('answer-nvidia-outlook-no-china-2026-05-20')?.className).toContain('country-us');
    expect(marksOf(scene, 'dots').find((dot) => dot.key === 'rule-dot-bis-h200-case-by-case-2026-01-15-chips')?.className).toContain('is-eased');
    expect(scene.description).toContain("China's moves: Nvidia orders stopped");
  });

  it('sets no answer label over another, at any step of the chapters, on a desktop or a phone', async () => {
    const steps = (await realSequences()).filter((sequence) => sequence.chart === 'exportRuleTimeline').flatMap((sequence) => sequence.steps);
    expect(steps.length).toBeGreaterThan(8);
    const clashes: string[] = [];
    for (const step of steps) {
      for (const variant of ['wide', 'narrow'] as const) {
        const scene = layout(step.state, variant);
        const labels = marksOf(scene, 'answers').flatMap((mark) => {
          if (mark.kind !== 'text') return [];
          const width = estimateTextWidth(mark.text, mark.size ?? 12) * (mark.weight === 'bold' ? 1.08 : 1);
          const left = mark.anchor === 'end' ? mark.x - width : mark.x;
          return [{ key: mark.key, box: { left, right: left + width, top: mark.y - (mark.size ?? 12) + 1, bottom: mark.y + 2 } as Box }];
        });
        labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => boxesOverlap(a.box, b.box) && clashes.push(`${step.id} (${variant}): ${a.key} over ${b.key}`)));
      }
    }
    expect(clashes).toEqual([]);
  }, 60_000);

  it('describes what each rule covers, in words', () => {
    const scene = layout({ rules: ['bis-rule-2024-12-02', 'bis-diffusion-rescinded-2025-05-13'], responses: ['china-mineral-export-ban-2024-12-03'] });
    expect(scene.description).toContain('Adding controls: 2 Dec 2024 (chipmaking tools, AI memory, listed firms)');
    expect(scene.description).toContain('Lifting or loosening controls: 13 May 2025');
    expect(scene.description).toContain("China's moves: Minerals ban");
  });
});
