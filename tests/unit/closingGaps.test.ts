import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import chart from '../../src/charts/closingGaps';
import { pointEncoding } from '../../src/charts/closingGaps/lines';
import { CHART_SIZES, type Mark, type Variant } from '../../src/charts/contract';
import { readDataset } from '../../src/data/readDataset';
import { defaultWords } from '../../src/i18n/words';

const dataset = readDataset(fileURLToPath(new URL('../..', import.meta.url)));
const data = chart.select(dataset);
const layout = (state: unknown, variant: Variant = 'wide') => chart.layout(data, chart.stateSchema.parse(state), CHART_SIZES[variant], variant, defaultWords);
const marks = (scene: ReturnType<typeof layout>, layerId: string): Mark[] => scene.layers.find((layer) => layer.id === layerId)?.marks ?? [];
const keys = (scene: ReturnType<typeof layout>, layerId: string) => marks(scene, layerId).map((mark) => mark.key);
const texts = (scene: ReturnType<typeof layout>, layerId: string) => marks(scene, layerId).flatMap((mark) => (mark.kind === 'text' ? [mark.text] : []));
const SCORES = [
  { series: 'lmarena-best-closed', label: 'Best closed' },
  { series: 'lmarena-best-open', label: 'Best open' },
];

describe('closingGaps', () => {
  it('draws a dot for every snapshot of each line, closed hollow and open filled', () => {
    const scene = layout({ view: 'scores', lines: SCORES });
    for (const id of ['lmarena-best-closed', 'lmarena-best-open']) {
      const series = dataset.series.find((record) => record.id === id)!;
      const dots = marks(scene, 'dots').filter((mark) => mark.key.startsWith(`scores-line-${id}-`));
      expect(dots, id).toHaveLength(series.points.length);
      for (const dot of dots) expect(dot.className).toContain(id === 'lmarena-best-closed' ? 'is-closed' : 'is-open');
    }
    expect(texts(scene, 'labels')).toEqual(expect.arrayContaining(['Best closed', 'Best open', '1,470', '1,434']));
  });

  it('colours the best open model by its developer: American first, Chinese from December 2024', () => {
    const scene = layout({ view: 'scores', lines: SCORES });
    const dot = (date: string) => marks(scene, 'dots').find((mark) => mark.key === `scores-line-lmarena-best-open-${date}`)?.className ?? '';
    expect(dot('2024-08-01')).toContain('country-us');
    expect(dot('2024-12-31')).toContain('country-cn');
    expect(dot('2025-08-04')).toContain('country-cn');
    expect(keys(scene, 'lines').filter((key) => key.startsWith('scores-line-lmarena-best-open-run-')).length).toBeGreaterThan(1);
  });

  it('reads every leaderboard point as a known country, and the best closed models as American', () => {
    for (const id of ['lmarena-best-open', 'lmarena-best-chinese', 'lmarena-best-us-open', 'lmarena-best-closed']) {
      const series = data.series.get(id)!;
      for (const point of series.points) expect(pointEncoding(id, point.note).country, `${id} ${'date' in point ? point.date : ''}`).not.toBe('other');
    }
    for (const point of data.series.get('lmarena-best-closed')!.points) expect(point.label).toMatch(/^(GPT|ChatGPT|o\d|Gemini|Grok|Claude)/);
  });

  it('writes the training compute of a called-out model from the dataset, marked as an estimate', () => {
    const scene = layout({
      view: 'scores',
      lines: SCORES,
      callouts: [{ line: 'lmarena-best-open', at: '2024-12-31', model: 'deepseek-v3', gpus: 'DeepSeek-V3 pre-training (H800)' }],
    });
    expect(texts(scene, 'callouts')).toEqual(['DeepSeek-V3', '≈3.4 × 10²⁴ FLOP', '≈2,048 H800s']);
    expect(keys(scene, 'callouts')).toContain('callout-deepseek-v3-ring');
  });

  it('keeps callouts clear of each other on a phone', () => {
    const scene = layout(
      {
        view: 'scores',
        lines: SCORES,
        callouts: [
          { line: 'lmarena-best-open', at: '2024-08-01', model: 'llama-3-1-405b' },
          { line: 'lmarena-best-open', at: '2024-12-31', model: 'deepseek-v3' },
        ],
      },
      'narrow',
    );
    const boxes = ['llama-3-1-405b', 'deepseek-v3'].map((model) => {
      const lines = marks(scene, 'callouts').filter((mark) => mark.kind === 'text' && mark.key.startsWith(`callout-${model}-`));
      const ys = lines.map((mark) => (mark.kind === 'text' ? mark.y : 0));
      const xs = lines.map((mark) => (mark.kind === 'text' ? mark.x : 0));
      return { top: Math.min(...ys) - 12, bottom: Math.max(...ys) + 3, x: xs[0]! };
    });
    const [a, b] = boxes as [(typeof boxes)[0], (typeof boxes)[0]];
    const apart = a.bottom <= b.top || b.bottom <= a.top || Math.abs(a.x - b.x) > 90;
    expect(apart).toBe(true);
  });

  it('switches axes with the view, dashes only the gap computed for this site, and draws two readings as an arrow', () => {
    const gaps = layout({ view: 'gaps', lines: [{ series: 'lmarena-closed-open-gap', label: 'Closed over open' }, { series: 'us-cn-arena-gap-ai-index', label: 'US over China', labelAt: 'start' }] });
    expect(keys(gaps, 'axes')).toContain('y-gaps-label-10');
    expect(marks(gaps, 'lines').find((mark) => mark.key.startsWith('gaps-line-lmarena-closed-open-gap'))?.dash).toBe('5 4');
    // The AI Index's two readings: an arrow between two dots, not a dashed or solid path.
    expect(keys(gaps, 'lines').some((key) => key.startsWith('gaps-line-us-cn-arena-gap-ai-index'))).toBe(false);
    const arrow = marks(gaps, 'lines').find((mark) => mark.key === 'gaps-arrow-us-cn-arena-gap-ai-index');
    expect(arrow?.dash).toBeUndefined();
    expect(arrow?.className).toContain('gap-line--us-china');
    expect(keys(gaps, 'dots').filter((key) => key.startsWith('gaps-line-us-cn-arena-gap-ai-index-'))).toHaveLength(2);
    // Rounded to one decimal, as the AI Index gives it; the computed line says so in its name.
    expect(texts(gaps, 'labels')).toContain('US over China: 9.3% → 1.7%');
    expect(texts(gaps, 'labels').join(' ')).toContain('Closed over open (computed)');
    const talent = layout({ view: 'talent', lines: [{ series: 'talent-dumbbell-top-tier', category: 'Undergraduate degree in China', label: 'China' }, { series: 'talent-dumbbell-top-tier', category: 'Working in China', label: 'China' }] });
    expect(texts(talent, 'labels')).toEqual(expect.arrayContaining(['China', '28%', '11%']));
    expect(texts(talent, 'axes')).toEqual(expect.arrayContaining(['Where they studied (first degree)', 'Where they work', '2019', '2022']));
    expect(marks(talent, 'lines').every((mark) => mark.dash === undefined)).toBe(true);
    expect(() => layout({ view: 'talent', lines: [{ series: 'talent-dumbbell-top-tier', category: 'US- and China-origin together', label: 'Both' }] })).toThrow();
  });

  it('keys the scores view in the chart, with no legend under it, and draws every score line solid', () => {
    const scene = layout({ view: 'scores', lines: [...SCORES, { series: 'lmarena-best-us-open', label: 'Best US open' }] });
    expect(texts(scene, 'labels')).toEqual(expect.arrayContaining(['closed model (US)', 'open weights, US', 'open weights, China']));
    expect(marks(scene, 'lines').every((mark) => mark.dash === undefined)).toBe(true);
    expect(chart.legend?.(data, defaultWords) ?? []).toEqual([]);
    const withMarker = layout({ view: 'scores', lines: SCORES, markers: [{ record: 'events:deepseek-moment-2025-01-27', label: 'DeepSeek moment' }] });
    const marker = marks(withMarker, 'markers').find((mark) => mark.kind === 'line');
    expect(marker?.className).toContain('event-line');
    expect(marker?.dash).toBe('1 3');
  });

  it('dates a marker from its record', () => {
    const scene = layout({ view: 'scores', lines: SCORES, markers: [{ record: 'events:ai-action-plan-2025-07-23', label: 'AI Action Plan' }] });
    expect(texts(scene, 'markers').join(' ')).toContain('AI Action Plan, Jul 2025');
  });

  it('rejects records the chart does not recall, lines in the wrong view and digits in labels', () => {
    expect(() => layout({ view: 'scores', lines: [{ series: 'nvidia-china-revenue', label: 'Revenue' }] })).toThrow(/not one of the series this chart recalls/);
    expect(() => layout({ view: 'gaps', lines: SCORES })).toThrow(/cannot be drawn in the gaps view/);
    expect(() => layout({ view: 'scores', lines: SCORES, markers: [{ record: 'events:texas-deepseek-ban-2025-01-31', label: 'Texas' }] })).toThrow(/not one of the dated records/);
    expect(() => layout({ view: 'scores', lines: SCORES, callouts: [{ line: 'lmarena-best-open', at: '2030-01-01', model: 'deepseek-v3' }] })).toThrow(/no point dated/);
    expect(() => chart.stateSchema.parse({ view: 'scores', lines: [{ series: 'lmarena-best-open', label: 'Open, 2025' }] })).toThrow(/may not contain digits/);
  });

  it('draws the capability index as its own view: one line per group, closed hollow and American, open lines by country, dashed as computed', () => {
    const INDEX = [
      { series: 'epoch-eci-monthly', group: 'closed', label: 'Best closed' },
      { series: 'epoch-eci-monthly', group: 'cn-open', label: 'Best Chinese open' },
      { series: 'epoch-eci-monthly', group: 'us-open', label: 'Best US open' },
    ];
    const series = dataset.series.find((record) => record.id === 'epoch-eci-monthly')!;
    for (const variant of ['wide', 'narrow'] as const) {
      const scene = layout({ view: 'index', lines: INDEX }, variant);
      const looks = { closed: 'country-us is-closed', 'cn-open': 'country-cn is-open', 'us-open': 'country-us is-open' } as const;
      for (const [group, look] of Object.entries(looks)) {
        const dots = marks(scene, 'dots').filter((mark) => mark.key.startsWith(`index-line-epoch-eci-monthly-${group}-`));
        expect(dots, `${group} (${variant})`).toHaveLength(series.points.filter((point) => 'group' in point && point.group === group).length);
        for (const dot of dots) expect(dot.className, group).toContain(look);
      }
      // The index is never joined to the arena: no arena line is drawn in this view.
      expect(keys(scene, 'lines').some((key) => key.includes('lmarena'))).toBe(false);
      for (const path of marks(scene, 'lines')) expect(path.dash, path.key).toBe('5 4');
    }
    const scene = layout({ view: 'index', lines: INDEX });
    expect(scene.description).toContain('153.8 in Jan 2026 (Gemini 3 Pro)');
    expect(texts(scene, 'labels')).toEqual(expect.arrayContaining(['Best closed', '(computed)', 'closed model (US)', 'open weights, China', 'open weights, US']));
  });

  it('refuses an index line that does not name its group, and a series drawn in a view of another unit', () => {
    expect(() => layout({ view: 'index', lines: [{ series: 'epoch-eci-monthly', label: 'Best' }] })).toThrow(/name the group/);
    expect(() => layout({ view: 'index', lines: [{ series: 'lmarena-best-open', group: 'cn-open', label: 'Best' }] })).toThrow(/cannot be drawn in the index view/);
  });

  it('keeps each view’s rules in the state schema: a step that breaks one fails validation, not layout', () => {
    const valid = (state: unknown) => chart.stateSchema.safeParse(state).success;
    expect(valid({ view: 'index', lines: [{ series: 'epoch-eci-monthly', group: 'closed', label: 'Best' }] })).toBe(true);
    expect(valid({ view: 'index', lines: [{ series: 'epoch-eci-monthly', label: 'Best' }] })).toBe(false);
    expect(valid({ view: 'scores', lines: [{ series: 'lmarena-best-open', group: 'closed', label: 'Best' }] })).toBe(false);
    expect(valid({ view: 'talent', lines: [{ series: 'talent-dumbbell-top-tier', category: 'Working in China', label: 'China' }], markers: [] })).toBe(false);
    expect(valid({ view: 'talent', lines: [{ series: 'talent-dumbbell-top-tier', category: 'Somewhere else', label: 'Else' }] })).toBe(false);
  });
});
