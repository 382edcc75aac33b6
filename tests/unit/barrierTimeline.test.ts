import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import chart from '../../src/charts/barrierTimeline';
import { BARRIERS } from '../../src/charts/barrierTimeline/config';
import { CHART_SIZES, type Mark } from '../../src/charts/contract';
import { readDataset } from '../../src/data/readDataset';
import { defaultWords } from '../../src/i18n/words';

const dataset = readDataset(fileURLToPath(new URL('../..', import.meta.url)));
const data = chart.select(dataset);
const layout = (state: unknown, variant: 'wide' | 'narrow' = 'wide') => chart.layout(data, chart.stateSchema.parse(state), CHART_SIZES[variant], variant, defaultWords);
const marksOf = (scene: ReturnType<typeof layout>, layerId: string): Mark[] => scene.layers.find((layer) => layer.id === layerId)?.marks ?? [];
// The burst of bans in the weeks after DeepSeek-R1 (the tally of November 2025 is in the same lane, later).
const BANS = BARRIERS.filter((entry) => entry.lane === 'bans' && /-2025-0[12]-\d\d$/.test(entry.id)).map((entry) => entry.id);
// The whole story, to the summer of 2026.
const FULL = { events: BARRIERS.map((entry) => entry.id), through: '2026-09' };
const textBox = (mark: Mark) => {
  if (mark.kind !== 'text') throw new Error('not text');
  const width = mark.text.length * (mark.size ?? 13) * 0.58;
  const left = mark.anchor === 'end' ? mark.x - width : mark.x;
  return { left, right: left + width, top: mark.y - (mark.size ?? 13), bottom: mark.y + 3 };
};

describe('barrierTimeline', () => {
  it('draws every event of its list, each in its lane', () => {
    const scene = layout(FULL);
    const keys = marksOf(scene, 'dots').map((mark) => mark.key);
    for (const entry of BARRIERS) expect(keys).toContain(`barrier-${entry.id}`);
    const y = (id: string) => {
      const mark = marksOf(scene, 'dots').find((candidate) => candidate.key === `barrier-${id}`);
      return mark?.kind === 'circle' ? mark.cy : NaN;
    };
    // Lanes top to bottom: warnings, bans, laws, built on Chinese models.
    expect(y('ntia-open-weights-report-2024-07-30')).toBeLessThan(y('texas-deepseek-ban-2025-01-31'));
    expect(y('texas-deepseek-ban-2025-01-31')).toBeLessThan(y('hawley-ai-decoupling-bill-2025-01-29'));
    expect(y('hawley-ai-decoupling-bill-2025-01-29')).toBeLessThan(y('athene-v2-best-us-open-2024-12-23'));
    // 2026: an accusation in the warnings lane, the memo and the bill among the laws and plans.
    expect(y('anthropic-distillation-claims-2026-02-23')).toBeLessThan(y('deepseek-state-bans-2025-11-09'));
    expect(y('deepseek-state-bans-2025-11-09')).toBeLessThan(y('ostp-distillation-memo-2026-04-23'));
    expect(y('ostp-distillation-memo-2026-04-23')).toBeLessThan(y('hf-us-models-on-chinese-bases-2026-08'));
  });

  it('labels the time axis of the whole story by half-year on a desktop and by year on a phone', () => {
    const ticks = (variant: 'wide' | 'narrow') => marksOf(layout(FULL, variant), 'axis').flatMap((mark) => (mark.kind === 'text' ? [mark.text] : []));
    expect(ticks('wide')).toEqual(['Jul 2024', 'Jan 2025', 'Jul 2025', 'Jan 2026', 'Jul 2026']);
    expect(ticks('narrow')).toEqual(['Jan 2025', 'Jan 2026']);
  });

  it('never lets two labels overlap, even when a burst of bans is squeezed into the full span', () => {
    for (const variant of ['wide', 'narrow'] as const) {
      for (const state of [FULL, { events: BANS, highlight: BANS, from: '2025-01-20', through: '2025-02-24' }]) {
        const boxes = marksOf(layout(state, variant), 'labels').map(textBox);
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i]!;
            const b = boxes[j]!;
            expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom, `${variant} labels ${i} and ${j}`).toBe(false);
          }
        }
      }
    }
  });

  it('labels every ban when zoomed in on the weeks after DeepSeek-R1', () => {
    const scene = layout({ events: BANS, highlight: BANS, from: '2025-01-20', through: '2025-02-24' });
    const texts = marksOf(scene, 'labels').flatMap((mark) => (mark.kind === 'text' ? [mark.text] : []));
    expect(texts).toEqual(expect.arrayContaining(['Italy', 'Texas', 'Taiwan', 'Australia', 'New York', 'Virginia', 'South Korea', 'Iowa', 'US Navy']));
    const ticks = marksOf(scene, 'axis').flatMap((mark) => (mark.kind === 'text' ? [mark.text] : []));
    expect(ticks).toContain('27 Jan');
  });

  it('says in the label when only the month is known, and draws such a dot like any other', () => {
    const scene = layout({ events: ['casado-chinese-open-models-2025-08', 'texas-deepseek-ban-2025-01-31'] });
    const classOf = (id: string) => marksOf(scene, 'dots').find((mark) => mark.key === `barrier-${id}`)?.className ?? '';
    const labelOf = (id: string) => marksOf(scene, 'labels').find((mark) => mark.key === `barrier-label-${id}`);
    expect(classOf('casado-chinese-open-models-2025-08')).toContain('is-month-only');
    expect(classOf('texas-deepseek-ban-2025-01-31')).not.toContain('is-month-only');
    expect(labelOf('casado-chinese-open-models-2025-08')).toMatchObject({ text: 'Investor: start-ups on Chinese models (Aug 2025)' });
    expect(labelOf('texas-deepseek-ban-2025-01-31')).toMatchObject({ text: 'Texas' });
    // Dashes mean "estimate" across the site; a month-only date is not one.
    for (const mark of marksOf(scene, 'dots')) expect(mark.dash).toBeUndefined();
  });

  it('rejects events off its list, outside the axis, or emphasised but not drawn', () => {
    expect(() => layout({ events: ['gpt-oss'] })).toThrow(/not one of the chart's events/);
    expect(() => layout({ events: ['ntia-open-weights-report-2024-07-30'], from: '2025-01-01', through: '2025-03-01' })).toThrow(/outside the time axis/);
    expect(() => layout({ events: ['ntia-open-weights-report-2024-07-30'], highlight: ['texas-deepseek-ban-2025-01-31'] })).toThrow(/not drawn/);
  });

  it('describes each lane in words', () => {
    const scene = layout({ events: ['eu-ai-act-in-force-2024-08-01', 'athene-v2-best-us-open-2024-12-23'] });
    expect(scene.description).toContain('Laws, bills and plans: EU AI Act in force (1 Aug 2024).');
    expect(scene.description).toContain('Built on Chinese models: Athene-V2 on Qwen (23 Dec 2024).');
  });
});
