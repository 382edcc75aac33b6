import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import chart from '../../src/charts/arenaStandings';
import { shortArenaName } from '../../src/charts/arenaStandings/layout';
import { CHART_SIZES } from '../../src/charts/contract';
import { readDataset } from '../../src/data/readDataset';
import { defaultWords } from '../../src/i18n/words';

const dataset = readDataset(fileURLToPath(new URL('../..', import.meta.url)));
const data = chart.select(dataset);
const layout = (state: unknown, variant: 'wide' | 'narrow' = 'wide') => chart.layout(data, chart.stateSchema.parse(state), CHART_SIZES[variant], variant, defaultWords);
const marks = (scene: ReturnType<typeof layout>) => scene.layers.flatMap((layer) => layer.marks);
const find = (scene: ReturnType<typeof layout>, key: string) => marks(scene).find((mark) => mark.key === key);

describe('arenaStandings', () => {
  it('reads the best-open points’ countries from the data: US first, Chinese from the end of 2024', () => {
    const open = data.lines.open;
    expect(open[0]!.country).toBe('us');
    const firstChinese = open.find((point) => point.country === 'cn')!;
    expect(firstChinese.date.startsWith('2024-12')).toBe(true);
    expect(open.filter((point) => point.date > firstChinese.date).every((point) => point.country === 'cn')).toBe(true);
  });

  it('breaks every line at the scoring change instead of joining across it', () => {
    const scene = layout({ view: 'over-time', lines: ['closed', 'open', 'us-open'], afterChange: true });
    for (const key of ['closed', 'open', 'us-open']) {
      const paths = marks(scene).filter((mark) => mark.kind === 'path' && mark.key.startsWith(`line-${key}-`));
      expect(paths.length, key).toBe(data.segments.length);
    }
    expect(find(scene, 'change-line')?.kind).toBe('line');
    // Without the later export, no point after the change is drawn.
    const before = layout({ view: 'over-time', lines: ['closed'] });
    const lastSegment = data.segments.at(-1)!;
    for (const point of data.lines.closed.filter((entry) => entry.segment === lastSegment)) expect(find(before, `point-closed-${point.date}`)).toBeUndefined();
  });

  it('draws closed models hollow and open ones filled, in their developer’s colour', () => {
    const scene = layout({ view: 'over-time', lines: ['closed', 'open'] });
    const closed = marks(scene).find((mark) => mark.key.startsWith('point-closed-'));
    expect(closed?.className).toContain('is-closed');
    const chinese = data.lines.open.find((point) => point.country === 'cn')!;
    expect(find(scene, `point-open-${chinese.date}`)?.className).toMatch(/country-cn.*is-open/);
  });

  it('stops at the date a step asks for', () => {
    const scene = layout({ view: 'over-time', until: '2024-10' });
    const drawn = marks(scene).filter((mark) => mark.key.startsWith('point-closed-'));
    expect(drawn.length).toBe(data.lines.closed.filter((point) => point.date <= '2024-10').length);
  });

  it('ranks the top twelve and adds the lower Chinese models only when asked', () => {
    const top = layout({ view: 'ranking' });
    expect(marks(top).filter((mark) => mark.key.startsWith('rank-dot-'))).toHaveLength(data.topCount);
    const all = layout({ view: 'ranking', beyondTop: true });
    expect(marks(all).filter((mark) => mark.key.startsWith('rank-dot-'))).toHaveLength(data.ranking.length);
    expect(find(all, 'rank-gap')).toBeDefined();
    const glm = data.ranking.find((entry) => entry.model === 'GLM-4.5')!;
    expect(find(all, `rank-dot-${glm.position}`)?.className).toMatch(/country-cn.*is-open/);
    expect(all.description).toMatch(/Rankings change/);
  });

  it('shortens leaderboard names for labels', () => {
    expect(shortArenaName('Qwen3-235B-A22B-Instruct-2507', 'wide', defaultWords)).toBe('Qwen3-235B-A22B-Instruct');
    expect(shortArenaName('Qwen3-235B-A22B-Instruct-2507', 'narrow', defaultWords)).toBe('Qwen3');
    expect(shortArenaName('o3-2025-04-16', 'wide', defaultWords)).toBe('o3');
    expect(shortArenaName('kimi-k2-0711-preview', 'wide', defaultWords)).toBe('Kimi-K2');
  });

  it('rejects options that belong to another view', () => {
    expect(() => layout({ view: 'ranking', afterChange: true })).toThrow(/over-time view only/);
    expect(() => layout({ view: 'over-time', beyondTop: true })).toThrow(/ranking view only/);
    expect(() => layout({ view: 'eci', until: '2025-01' })).toThrow(/over-time view only/);
    expect(() => layout({ view: 'over-time', lag: true })).toThrow(/capability-index view only/);
  });

  it('continues with the capability index as a view of its own, never joined to the arena lines', () => {
    const scene = layout({ view: 'eci' });
    for (const group of ['closed', 'cn-open', 'us-open']) expect(find(scene, `eci-line-${group}`)?.kind, group).toBe('path');
    expect(marks(scene).filter((mark) => mark.key.startsWith('line-') || mark.key.startsWith('point-'))).toEqual([]);
    // The end of the LMArena series is marked where the arena data stop.
    expect(find(scene, 'arena-end-line')?.kind).toBe('line');
    expect(scene.title).toMatch(/Capabilities Index/);
  });

  it('draws the capability index with the same encodings: closed hollow, open filled, in the developer’s colour', () => {
    const scene = layout({ view: 'eci' });
    const last = data.eci['cn-open'].at(-1)!;
    expect(find(scene, `eci-point-cn-open-${last.date}`)?.className).toMatch(/country-cn.*is-open/);
    expect(find(scene, `eci-point-closed-${last.date}`)?.className).toMatch(/country-us.*is-closed/);
    expect(find(scene, `eci-point-us-open-${last.date}`)?.className).toMatch(/country-us.*is-open/);
  });

  it('keeps the best Chinese open model above the best US open one from December 2024, and below the best closed one', () => {
    const at = (group: 'closed' | 'cn-open' | 'us-open', date: string) => data.eci[group].find((point) => point.date === date)!.score;
    for (const point of data.eci['cn-open'].filter((entry) => entry.date >= '2024-12')) {
      expect(point.score, point.date).toBeGreaterThan(at('us-open', point.date));
      expect(point.score, point.date).toBeLessThan(at('closed', point.date));
    }
  });

  it('draws Epoch’s lag estimates over their windows only when asked, each with its figure', () => {
    expect(marks(layout({ view: 'eci' })).filter((mark) => mark.key.startsWith('lag-'))).toEqual([]);
    const scene = layout({ view: 'eci', lag: true });
    expect(find(scene, 'lag-band-window-2026')?.kind).toBe('rect');
    expect(find(scene, 'lag-bar-earlier')?.kind).toBe('line');
    const texts = marks(scene).filter((mark) => mark.kind === 'text' && mark.key.startsWith('lag-label')).map((mark) => (mark as { text: string }).text).join(' ');
    for (const lag of data.lags) expect(texts).toContain(String(lag.months));
    expect(scene.description).toMatch(/Epoch's estimate for Jan to May 2026/);
  });
});
