import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import chart from '../../src/charts/arenaStandings';
import { shortArenaName } from '../../src/charts/arenaStandings/layout';
import { CHART_SIZES } from '../../src/charts/contract';
import { readDataset } from '../../src/data/readDataset';

const dataset = readDataset(fileURLToPath(new URL('../..', import.meta.url)));
const data = chart.select(dataset);
const layout = (state: unknown, variant: 'wide' | 'narrow' = 'wide') => chart.layout(data, chart.stateSchema.parse(state), CHART_SIZES[variant], variant);
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
    expect(shortArenaName('Qwen3-235B-A22B-Instruct-2507', 'wide')).toBe('Qwen3-235B-A22B-Instruct');
    expect(shortArenaName('Qwen3-235B-A22B-Instruct-2507', 'narrow')).toBe('Qwen3');
    expect(shortArenaName('o3-2025-04-16', 'wide')).toBe('o3');
    expect(shortArenaName('kimi-k2-0711-preview', 'wide')).toBe('Kimi-K2');
  });

  it('rejects options that belong to the other view', () => {
    expect(() => layout({ view: 'ranking', afterChange: true })).toThrow(/over-time view only/);
    expect(() => layout({ view: 'over-time', beyondTop: true })).toThrow(/ranking view only/);
  });
});
