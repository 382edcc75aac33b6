import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import chart from '../../src/charts/policyTimelineLanes';
import { placeLaneLabel } from '../../src/charts/policyTimelineLanes/layout';
import { CHART_SIZES, type Mark } from '../../src/charts/contract';
import { readDataset } from '../../src/data/readDataset';
import { defaultWords } from '../../src/i18n/words';

const dataset = readDataset(fileURLToPath(new URL('../..', import.meta.url)));
const data = chart.select(dataset);
const layout = (state: unknown, variant: 'wide' | 'narrow' = 'wide') => chart.layout(data, chart.stateSchema.parse(state), CHART_SIZES[variant], variant, defaultWords);
const marks = (scene: ReturnType<typeof layout>, layer: string): Mark[] => scene.layers.find((entry) => entry.id === layer)?.marks ?? [];
const find = (scene: ReturnType<typeof layout>, key: string) => scene.layers.flatMap((layer) => layer.marks).find((mark) => mark.key === key);

const WINDOW = { from: '2017-01', to: '2025-09' };

describe('policyTimelineLanes', () => {
  it('offers US restrictions in the top lane and China’s plans and open models in the bottom lane', () => {
    expect(data.items.get('bis-rule-2022-10-07')?.lane).toBe('us');
    expect(data.items.get('openai-api-cutoff-2024-07-09')?.lane).toBe('us');
    expect(data.items.get('cn-14th-five-year-plan-2021-03-11')?.lane).toBe('cn');
    expect(data.items.get('qwen3')?.shape).toBe('model');
    // Closed models, and records the story does not turn on, are not timeline items.
    expect(data.items.has('hunyuan-turbos')).toBe(false);
    expect(data.items.has('cn-genai-filings-2025-03-31')).toBe(false);
  });

  it('takes each offered id from the list it stands in: a Chinese event from CN_EVENTS, an open model from CN_MODELS', () => {
    // Every event drawn has a short label (shortLabels.ts) because it came from the events' lists.
    const withoutEvent = { ...dataset, events: dataset.events.filter((event) => event.id !== 'cn-14th-five-year-plan-2021-03-11') };
    expect(() => chart.select(withoutEvent)).toThrow(/"cn-14th-five-year-plan-2021-03-11" is not a Chinese event .*CN_EVENTS/);
    const closedQwen = { ...dataset, models: dataset.models.map((model) => (model.id === 'qwen3' ? { ...model, access: 'closed' as const } : model)) };
    expect(() => chart.select(closedQwen)).toThrow(/"qwen3" is not a Chinese open-weight model .*CN_MODELS/);
  });

  it('runs through 2026: China’s new plans and claim, its open releases, and the H200 easing', () => {
    expect(data.items.get('cn-government-work-report-2026-03-05')).toMatchObject({ lane: 'cn', shape: 'policy' });
    expect(data.items.get('cn-ai-plus-manufacturing-2026-01-07')).toMatchObject({ lane: 'cn', shape: 'policy' });
    // Beijing's own limit on foreign chips is a rule in China's lane, not a company's move.
    expect(data.items.get('china-state-datacentres-domestic-chips-2025-11')).toMatchObject({ lane: 'cn', shape: 'policy' });
    // So is the word to Chinese customs that the H200, which Washington had just opened, was "not permitted":
    // a government's restriction, drawn as a rule, not as a company's square.
    expect(data.items.get('china-customs-h200-block-2026-01-14')).toMatchObject({ lane: 'cn', shape: 'policy' });
    expect(data.items.get('openai-api-cutoff-2024-07-09')).toMatchObject({ lane: 'us', shape: 'company' });
    expect(data.items.get('deepseek-v4')).toMatchObject({ lane: 'cn', shape: 'model' });
    expect(data.items.get('bis-h200-case-by-case-2026-01-15')).toMatchObject({ lane: 'us', shape: 'easing' });
    const scene = layout({
      window: { from: '2025-07', to: '2026-09' },
      us: ['bis-h200-case-by-case-2026-01-15'],
      cn: ['china-state-datacentres-domestic-chips-2025-11', 'cn-government-work-report-2026-03-05', 'cn-fyp15-outline-approved-2026-03-12', 'kimi-k2-5', 'qwen3-5', 'deepseek-v4'],
      highlight: ['bis-h200-case-by-case-2026-01-15', 'cn-government-work-report-2026-03-05', 'deepseek-v4'],
    });
    expect(find(scene, 'item-deepseek-v4')?.className).toContain('is-open');
    expect(find(scene, 'item-bis-h200-case-by-case-2026-01-15')?.className).toContain('shape-easing');
    expect(find(scene, 'label-cn-government-work-report-2026-03-05')).toBeDefined();
    expect(scene.description).toMatch(/eased controls: H200 sales: case-by-case review/);
  });

  it('keeps the labels of the 2026 steps apart on a phone, where a lane has four rows', () => {
    const scene = layout(
      {
        window: { from: '2025-07', to: '2026-09' },
        us: ['bis-h200-case-by-case-2026-01-15'],
        cn: ['cn-ai-plus-opinions-2025-08-26', 'cn-ai-labelling-measures-2025-09-01', 'cn-fyp15-recommendations-2025-10-23', 'cn-cybersecurity-law-ai-2025-10-28', 'china-state-datacentres-domestic-chips-2025-11', 'cn-ai-plus-manufacturing-2026-01-07', 'cn-government-work-report-2026-03-05', 'cn-fyp15-outline-approved-2026-03-12', 'minimax-m2', 'kimi-k2-thinking', 'kimi-k2-5', 'qwen3-5', 'deepseek-v4'],
        highlight: ['cn-ai-plus-manufacturing-2026-01-07', 'cn-government-work-report-2026-03-05', 'cn-fyp15-outline-approved-2026-03-12', 'deepseek-v4'],
      },
      'narrow',
    );
    const texts = marks(scene, 'labels').flatMap((mark) => (mark.kind === 'text' ? [mark] : []));
    expect(texts).toHaveLength(4);
    const width = (text: string) => text.length * 12 * 0.6;
    for (const [i, a] of texts.entries()) {
      for (const b of texts.slice(i + 1)) {
        if (a.y !== b.y) continue;
        const [al, ar] = a.anchor === 'end' ? [a.x - width(a.text), a.x] : [a.x, a.x + width(a.text)];
        const [bl, br] = b.anchor === 'end' ? [b.x - width(b.text), b.x] : [b.x, b.x + width(b.text)];
        expect(ar < bl || br < al, `${a.text} / ${b.text}`).toBe(true);
      }
    }
  });

  it('draws every item asked for, US above the axis and China below', () => {
    const scene = layout({ window: WINDOW, us: ['bis-rule-2022-10-07'], cn: ['qwen-7b', 'cn-new-generation-ai-plan-2017'] });
    const us = find(scene, 'item-bis-rule-2022-10-07');
    const cn = find(scene, 'item-qwen-7b');
    const axis = find(scene, 'x-domain');
    expect(us?.kind).toBe('symbol');
    expect(cn?.kind).toBe('symbol');
    expect(axis?.kind).toBe('line');
    if (us?.kind === 'symbol' && cn?.kind === 'symbol' && axis?.kind === 'line') {
      expect(us.y).toBeLessThan(axis.y1);
      expect(cn.y).toBeGreaterThan(axis.y1);
      expect(us.x).toBeLessThan(cn.x); // October 2022 before August 2023
    }
    expect(find(scene, 'item-qwen-7b')?.className).toContain('is-open');
  });

  it('zooms: items outside the window are left out and the rest spread out', () => {
    const wide = layout({ window: WINDOW, us: ['bis-rule-2022-10-07', 'bis-rule-2023-10-17'], cn: ['cn-new-generation-ai-plan-2017'] });
    const zoomed = layout({ window: { from: '2022-01', to: '2025-09' }, us: ['bis-rule-2022-10-07', 'bis-rule-2023-10-17'], cn: ['cn-new-generation-ai-plan-2017'] });
    expect(find(zoomed, 'item-cn-new-generation-ai-plan-2017')).toBeUndefined();
    const gap = (scene: typeof wide) => {
      const a = find(scene, 'item-bis-rule-2022-10-07');
      const b = find(scene, 'item-bis-rule-2023-10-17');
      return a?.kind === 'symbol' && b?.kind === 'symbol' ? b.x - a.x : NaN;
    };
    expect(gap(zoomed)).toBeGreaterThan(gap(wide) * 2);
  });

  it('labels only highlighted items, and draws a solid arrow, never dashed, for each link', () => {
    const scene = layout({
      window: { from: '2023-06', to: '2025-09' },
      us: ['openai-api-warning-2024-06-25', 'openai-api-cutoff-2024-07-09'],
      cn: ['cn-labs-migration-offers-2024-06', 'qwen2.5'],
      highlight: ['openai-api-warning-2024-06-25', 'cn-labs-migration-offers-2024-06'],
      links: [{ from: 'openai-api-warning-2024-06-25', to: 'cn-labs-migration-offers-2024-06' }],
    });
    const labelKeys = marks(scene, 'labels').filter((mark) => mark.kind === 'text').map((mark) => mark.key);
    expect(labelKeys.sort()).toEqual(['label-cn-labs-migration-offers-2024-06', 'label-openai-api-warning-2024-06-25']);
    expect(find(scene, 'item-qwen2.5')?.className).toContain('is-muted');
    const link = find(scene, 'link-openai-api-warning-2024-06-25-cn-labs-migration-offers-2024-06');
    expect(link?.kind).toBe('path');
    expect(link?.dash).toBeUndefined();
    expect(find(scene, 'link-head-openai-api-warning-2024-06-25-cn-labs-migration-offers-2024-06')).toBeDefined();
    expect(scene.description).toMatch(/timing, not proven cause/);
    // A link that would point back in time is refused.
    expect(() => layout({
      window: { from: '2023-06', to: '2025-09' },
      us: ['openai-api-cutoff-2024-07-09'],
      cn: ['cn-labs-migration-offers-2024-06'],
      links: [{ from: 'openai-api-cutoff-2024-07-09', to: 'cn-labs-migration-offers-2024-06' }],
    })).toThrow(/backwards in time/);
  });

  it('keeps labels in a lane from overlapping each other', () => {
    const scene = layout({
      window: { from: '2024-06', to: '2025-09' },
      us: [],
      cn: ['qwen3', 'minimax-m1', 'hunyuan-a13b', 'ernie-4.5', 'kimi-k2', 'glm-4.5', 'cn-global-ai-governance-action-plan-2025-07-26'],
      highlight: ['qwen3', 'minimax-m1', 'ernie-4.5', 'kimi-k2', 'glm-4.5', 'cn-global-ai-governance-action-plan-2025-07-26'],
    });
    const texts = marks(scene, 'labels').filter((mark) => mark.kind === 'text');
    const rows = new Map<number, number>();
    for (const text of texts) if (text.kind === 'text') rows.set(text.y, (rows.get(text.y) ?? 0) + 1);
    // Six long labels at nearly the same date need six different rows.
    expect(rows.size).toBe(texts.length);
  });

  it('places a label on a free row, beside rather than across earlier leader lines', () => {
    const first = placeLaneLabel(500, 200, 640, 4, [], []);
    expect(first).toEqual({ row: 0, left: 308, align: 'end' });
    const second = placeLaneLabel(520, 200, 640, 4, [{ left: 308, right: 508, row: 0 }], [{ x: 500, row: 0 }]);
    expect(second.row).toBe(1);
  });

  it('rejects ids that do not exist, belong in the other lane, or are linked or highlighted without being shown', () => {
    expect(() => layout({ window: WINDOW, us: ['no-such-rule'] })).toThrow(/"no-such-rule" is not a timeline item/);
    expect(() => layout({ window: WINDOW, us: ['qwen3'] })).toThrow(/belongs in the cn lane/);
    expect(() => layout({ window: WINDOW, cn: ['qwen3'], highlight: ['kimi-k2'] })).toThrow(/not in either lane/);
    expect(() => layout({ window: WINDOW, us: ['bis-rule-2022-10-07'], cn: [], links: [{ from: 'bis-rule-2022-10-07', to: 'qwen3' }] })).toThrow(/not in the China lane/);
    expect(() => layout({ window: { from: '2025-01', to: '2024-01' } })).toThrow(/window/);
  });
});
