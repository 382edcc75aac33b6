import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import chart from '../../src/charts/talentPipeline';
import { formatYuan, laneOf, timelineX } from '../../src/charts/talentPipeline/layout';
import { CHART_SIZES, type Mark, type Variant } from '../../src/charts/contract';
import { readDataset } from '../../src/data/readDataset';
import { defaultWords } from '../../src/i18n/words';

const dataset = readDataset(fileURLToPath(new URL('../..', import.meta.url)));
const data = chart.select(dataset);
const layout = (state: unknown, variant: Variant = 'wide') => chart.layout(data, chart.stateSchema.parse(state), CHART_SIZES[variant], variant, defaultWords);
const marks = (scene: ReturnType<typeof layout>, layerId: string): Mark[] => scene.layers.find((layer) => layer.id === layerId)?.marks ?? [];
const find = (scene: ReturnType<typeof layout>, layerId: string, key: string) => marks(scene, layerId).find((mark) => mark.key === key);
const texts = (scene: ReturnType<typeof layout>, layerId: string) => marks(scene, layerId).flatMap((mark) => (mark.kind === 'text' ? [mark.text] : []));

describe('talentPipeline', () => {
  it('draws a bar for every ministry list, with its count', () => {
    const scene = layout({});
    for (const point of data.perList.points) {
      expect(find(scene, 'bars', `majors-${point.date}`)?.kind).toBe('rect');
      expect(texts(scene, 'bars')).toContain(String(point.value));
    }
    expect(marks(scene, 'bars').some((mark) => mark.key.startsWith('majors-total'))).toBe(false);
  });

  it('adds the running total only when asked, dashed because it is computed', () => {
    const scene = layout({ total: true });
    const last = data.total.points.at(-1)!;
    expect(find(scene, 'bars', `majors-total-${last.date}`)?.className).toContain('majors-total');
    expect(texts(scene, 'bars')).toContain(`≈${last.value}`);
    expect(scene.description).toContain('computed by adding the lists');
  });

  it('puts each event in its lane and lists the picked-out ones with their dates', () => {
    const scene = layout({ events: ['moe-ai-schools-circular-2024-12', 'mohrss-ai-shortage-report-2020-05', 'deepseek-job-postings-2025-02'], highlight: [{ event: 'mohrss-ai-shortage-report-2020-05' }] });
    expect(marks(scene, 'lanes').filter((mark) => mark.kind === 'line').map((mark) => mark.key)).toEqual(['lane-schools', 'lane-reports', 'lane-hiring']);
    expect(find(scene, 'dots', 'event-mohrss-ai-shortage-report-2020-05')?.className).toContain('is-highlighted');
    expect(find(scene, 'dots', 'event-deepseek-job-postings-2025-02')?.className).toContain('is-muted');
    expect(texts(scene, 'labels').join(' ')).toContain('May 2020: Official estimate puts the AI talent gap');
  });

  it('sorts events into lanes by kind and tags', () => {
    const event = (id: string) => data.events.get(id)!;
    expect(laneOf(event('beijing-ai-class-hours-2025'))).toBe('schools');
    expect(laneOf(event('miit-ai-talent-report-2020-06'))).toBe('reports');
    expect(laneOf(event('deepseek-job-postings-2025-02'))).toBe('hiring');
    expect(laneOf(event('miit-openatom-conference-2024-09-25'))).toBe('open-source');
    expect(data.events.has('liang-wenfeng-not-a-follower-2024-07')).toBe(false);
  });

  it("puts both countries' rules on who may come in one lane, US dots above its line and China's below", () => {
    const event = (id: string) => data.events.get(id)!;
    expect(laneOf(event('us-h1b-payment-2025-09-21'))).toBe('visas');
    expect(laneOf(event('cn-k-visa-2025-10-01'))).toBe('visas');
    expect(laneOf(event('qwen-lead-steps-down-2026-03-04'))).toBe('hiring');
    expect(laneOf(event('cn-fyp15-outline-approved-2026-03-12'))).toBe('open-source');
    // A US event enters the chart only through the shared lane.
    expect([...data.events.values()].filter((candidate) => candidate.country === 'US').every((candidate) => laneOf(candidate) === 'visas')).toBe(true);
    const scene = layout({ events: ['us-h1b-payment-2025-09-21', 'cn-k-visa-2025-10-01', 'moe-ai-schools-circular-2024-12'], highlight: [{ event: 'us-h1b-payment-2025-09-21' }, { event: 'cn-k-visa-2025-10-01' }] });
    const y = (id: string) => {
      const mark = find(scene, 'dots', `event-${id}`);
      return mark?.kind === 'circle' ? mark.cy : NaN;
    };
    const line = find(scene, 'lanes', 'lane-visas');
    const lineY = line?.kind === 'line' ? line.y1 : NaN;
    expect(y('us-h1b-payment-2025-09-21')).toBeLessThan(lineY);
    expect(y('cn-k-visa-2025-10-01')).toBeGreaterThan(lineY);
    expect(find(scene, 'dots', 'event-us-h1b-payment-2025-09-21')?.className).toContain('country-us');
    const schools = find(scene, 'lanes', 'lane-schools');
    expect(y('moe-ai-schools-circular-2024-12')).toBe(schools?.kind === 'line' ? schools.y1 : NaN);
  });

  it('writes pay in yuan, with floors and estimates marked', () => {
    expect(formatYuan(400000, defaultWords)).toBe('RMB 400,000');
    expect(formatYuan(1540000, defaultWords)).toBe('RMB 1,540,000');
    const scene = layout({
      view: 'pay',
      pay: [
        { series: 'talent-liepin-pay-2023', category: 'AI-generated-content (generative AI) postings', label: 'Generative-AI jobs' },
        { series: 'talent-deepseek-salary-postings-2025', category: 'Highest posted role (RMB 110,000 a month x 14)', label: 'DeepSeek' },
      ],
    });
    expect(texts(scene, 'labels')).toEqual(expect.arrayContaining(['over RMB 400,000', '≈RMB 1,540,000']));
    expect(marks(scene, 'bars').find((mark) => mark.key.includes('deepseek'))?.className).toContain('is-estimate');
  });

  it('cuts the empty stretch from mid-2021 to 2023 out of the time axis, at one rate on both sides', () => {
    const frame = { left: 0, top: 0, width: 600, height: 100, right: 600, bottom: 100 };
    const x = timelineX(frame);
    const perDay = (a: string, b: string) => (x(b) - x(a)) / ((Date.parse(b) - Date.parse(a)) / 864e5);
    expect(perDay('2019-01-01', '2020-01-01')).toBeCloseTo(perDay('2024-01-01', '2025-01-01'), 5);
    expect(() => x('2022-01-01')).toThrow(/cut out of the time axis/);
    for (const event of data.events.values()) expect(() => x(event.date), event.id).not.toThrow();
    expect(marks(layout({}), 'axes').some((mark) => mark.key === 'years-break-0')).toBe(true);
  });

  it('keys the dashed estimate bars only on the steps that show them', () => {
    const averages = [
      { series: 'talent-liepin-pay-2023', category: 'New-energy-vehicle postings', label: 'Electric-vehicle jobs, average' },
      { series: 'talent-liepin-pay-2023', category: 'AI-generated-content (generative AI) postings', label: 'Generative-AI jobs, average' },
    ];
    const key = (state: unknown) => marks(layout(state), 'labels').filter((mark) => mark.key.startsWith('pay-key-'));
    expect(key({ view: 'pay', pay: averages })).toHaveLength(0);
    expect(key({ view: 'pay', pay: [...averages, { series: 'talent-deepseek-salary-postings-2025', category: 'Highest posted role (RMB 110,000 a month x 14)', label: 'DeepSeek, best-paid posting' }] })).toHaveLength(1);
    expect(chart.legend?.(data, defaultWords) ?? []).toEqual([]);
  });

  it('refuses digits in labels written into a step, and unknown ids', () => {
    expect(() => chart.stateSchema.parse({ view: 'pay', pay: [{ series: 'talent-liepin-pay-2023', category: 'New-energy-vehicle postings', label: 'EV jobs, 2023' }] })).toThrow(/may not contain digits/);
    expect(() => layout({ events: ['no-such-event'] })).toThrow(/"no-such-event" is not/);
    expect(() => layout({ events: [], highlight: [{ event: 'beijing-ai-class-hours-2025' }] })).toThrow(/not among the events drawn/);
    expect(() => layout({ view: 'pay', pay: [{ series: 'talent-liepin-pay-2023', category: 'Nope', label: 'Nope' }] })).toThrow(/no category "Nope"/);
  });
});
