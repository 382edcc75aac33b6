import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import chart from '../../src/charts/releaseMirrorTimeline';
import { MARKED_EVENTS } from '../../src/charts/releaseMirrorTimeline/config';
import { labLabel, labsOnAxis, releaseLabel } from '../../src/charts/releaseMirrorTimeline/layout';
import { CHART_SIZES, type Mark } from '../../src/charts/contract';
import { readDataset } from '../../src/data/readDataset';
import { defaultWords } from '../../src/i18n/words';

const dataset = readDataset(fileURLToPath(new URL('../..', import.meta.url)));
const data = chart.select(dataset);
const layout = (state: unknown, variant: 'wide' | 'narrow' = 'wide') => chart.layout(data, chart.stateSchema.parse(state), CHART_SIZES[variant], variant, defaultWords);
const marksOf = (scene: ReturnType<typeof layout>, layerId: string): Mark[] => scene.layers.find((layer) => layer.id === layerId)?.marks ?? [];
const find = (scene: ReturnType<typeof layout>, layerId: string, key: string) => marksOf(scene, layerId).find((mark) => mark.key === key);
const axisY = (scene: ReturnType<typeof layout>) => {
  const domain = find(scene, 'axis', 'time-domain');
  if (domain?.kind !== 'line') throw new Error('no axis');
  return domain.y1;
};

describe('releaseMirrorTimeline', () => {
  it("names a release in full, and on a phone without the lab's name that labels its row", () => {
    const r1 = dataset.models.find((model) => model.id === 'deepseek-r1')!;
    const qwen3 = dataset.models.find((model) => model.id === 'qwen3')!;
    expect(releaseLabel(r1, 'wide', defaultWords)).toBe('DeepSeek-R1');
    expect(releaseLabel(r1, 'narrow', defaultWords)).toBe('R1');
    // Alibaba's row: Qwen keeps its name.
    expect(releaseLabel(qwen3, 'narrow', defaultWords)).toBe('Qwen3');
  });

  it("keeps each release's label on its own row when five are named in one corner of a phone's chart", () => {
    // The chapter's step "china-2025" (content/chapters/us-response.mdx).
    const named = ['qwen3', 'minimax-m1', 'ernie-4.5', 'kimi-k2', 'glm-4.5'];
    const models = ['gpt-4', 'gemini-1-ultra', 'claude-3-opus', 'gpt-4o', 'claude-3-5-sonnet', 'o1-preview', 'o1', 'grok-3', 'claude-3-7-sonnet', 'gpt-4-5', 'claude-4', 'llama-65b', 'llama-2', 'llama-3', 'llama-3-1-405b', 'gemma', 'gemma-2', 'qwen-7b', 'qwen-72b', 'qwen1.5-72b', 'deepseek-v2', 'qwen2-72b', 'qwen2.5-72b', 'glm-4-plus', 'yi-lightning', 'hunyuan-large', 'deepseek-v3', 'deepseek-r1', 'qwq-32b', 'qwen3', 'deepseek-v3-0324', 'deepseek-r1-0528', 'minimax-m1', 'hunyuan-turbos', 'hunyuan-a13b', 'ernie-4.5-launch', 'ernie-4.5', 'kimi-k2', 'glm-4.5'];
    const events = ['deepseek-moment-2025-01-27', 'altman-wrong-side-of-history-2025-01-31', 'baidu-open-source-reversal-2025-02-14'];
    const scene = layout({ models, events, highlight: [...named, 'baidu-open-source-reversal-2025-02-14'], focus: 'baidu-open-source-reversal-2025-02-14' }, 'narrow');
    for (const id of named) {
      const label = find(scene, 'labels', `release-label-${id}`);
      const dot = find(scene, 'releases', `release-${id}`);
      expect(label?.kind === 'text' && dot?.kind === 'circle' && label.y - 4 - dot.cy, id).toBe(0);
    }
  });

  it('puts US releases above the axis and Chinese releases below it', () => {
    const scene = layout({ models: ['gpt-4', 'llama-3-1-405b', 'qwen-72b', 'deepseek-r1'] });
    const y = axisY(scene);
    for (const id of ['gpt-4', 'llama-3-1-405b']) {
      const dot = find(scene, 'releases', `release-${id}`);
      expect(dot?.kind === 'circle' && dot.cy < y, id).toBe(true);
    }
    for (const id of ['qwen-72b', 'deepseek-r1']) {
      const dot = find(scene, 'releases', `release-${id}`);
      expect(dot?.kind === 'circle' && dot.cy > y, id).toBe(true);
    }
  });

  it('fills open-weight releases and leaves closed ones hollow', () => {
    const scene = layout({ models: ['gpt-4o', 'llama-3', 'glm-4-plus', 'qwen3'] });
    expect(find(scene, 'releases', 'release-gpt-4o')?.className).toContain('is-closed');
    expect(find(scene, 'releases', 'release-llama-3')?.className).toContain('is-open');
    expect(find(scene, 'releases', 'release-glm-4-plus')?.className).toContain('is-closed');
    expect(find(scene, 'releases', 'release-qwen3')?.className).toContain('is-open');
  });

  it('keeps each lab in its own row, labelled, and orders releases by date', () => {
    const scene = layout({ models: ['gpt-4', 'gpt-4o', 'o1'] });
    const dots = ['gpt-4', 'gpt-4o', 'o1'].map((id) => find(scene, 'releases', `release-${id}`)!);
    const ys = new Set(dots.map((dot) => (dot.kind === 'circle' ? dot.cy : NaN)));
    expect(ys.size).toBe(1);
    const xs = dots.map((dot) => (dot.kind === 'circle' ? dot.cx : NaN));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    const labels = marksOf(scene, 'frame').flatMap((mark) => (mark.kind === 'text' ? [mark.text] : []));
    expect(labels).toEqual(expect.arrayContaining(['OpenAI', 'Google', 'Anthropic', 'Meta', 'DeepSeek', 'Alibaba', 'US ↑', 'China ↓']));
  });

  it('names only the emphasised releases', () => {
    const scene = layout({ models: ['gpt-4', 'gpt-oss', 'kimi-k2'], highlight: ['gpt-oss'] });
    const texts = marksOf(scene, 'labels').flatMap((mark) => (mark.kind === 'text' ? [mark.text] : []));
    expect(texts).toEqual(['gpt-oss-120b']);
  });

  it('draws marked events across both halves, with their labels', () => {
    const scene = layout({ models: ['deepseek-r1'], events: ['deepseek-moment-2025-01-27', 'ai-action-plan-2025-07-23'] });
    const line = find(scene, 'events', 'event-line-ai-action-plan-2025-07-23');
    expect(line?.kind === 'line' && line.y1 < axisY(scene) && line.y2 > axisY(scene)).toBe(true);
    const texts = marksOf(scene, 'events').flatMap((mark) => (mark.kind === 'text' ? [mark.text] : []));
    expect(texts).toEqual(expect.arrayContaining(['DeepSeek moment', 'AI Action Plan']));
    expect(MARKED_EVENTS.length).toBeGreaterThan(2);
  });

  it('spells out a focused release in the callout, with its licence', () => {
    const scene = layout({ models: ['gpt-oss'], focus: 'gpt-oss' });
    const text = marksOf(scene, 'callout').flatMap((mark) => (mark.kind === 'text' ? [mark.text] : [])).join(' ');
    expect(text).toContain('5 Aug 2025');
    expect(text).toContain('open weights, Apache 2.0');
  });

  it('describes both sides in words, open and closed', () => {
    const scene = layout({ models: ['gpt-4', 'llama-2', 'deepseek-v3'] });
    expect(scene.description).toContain('US labs: open weights: Llama 2 (Meta, 18 Jul 2023); closed: GPT-4 (OpenAI, 15 Mar 2023).');
    expect(scene.description).toContain('Chinese labs: open weights: DeepSeek-V3');
  });

  it('puts records that spell a lab differently in one row (Alibaba Cloud and Alibaba, Google DeepMind and Google)', () => {
    const scene = layout({ models: ['qwen3', 'qwen3-5', 'gemma-3', 'gemma-4'], from: '2025-01', through: '2026-09' });
    const cy = (id: string) => {
      const dot = find(scene, 'releases', `release-${id}`);
      return dot?.kind === 'circle' ? dot.cy : NaN;
    };
    expect(cy('qwen3-5')).toBe(cy('qwen3'));
    expect(cy('gemma-4')).toBe(cy('gemma-3'));
    const labels = marksOf(scene, 'frame').flatMap((mark) => (mark.kind === 'text' ? [mark.text] : []));
    expect(labels.filter((label) => label === 'Alibaba')).toHaveLength(1);
  });

  it('gives a row only to labs with a release on the time axis: Nvidia and Ai2 from late 2025, not before', () => {
    const labels = (from: string, through: string) => labsOnAxis(data, { from, through }).map((lab) => labLabel(lab, defaultWords));
    expect(labels('2022-12', '2025-09')).not.toEqual(expect.arrayContaining(['Nvidia']));
    expect(labels('2022-12', '2025-09')).not.toContain('Ai2');
    expect(labels('2025-06', '2026-09')).toEqual(expect.arrayContaining(['Nvidia', 'Ai2', 'Meta', 'OpenAI', 'DeepSeek', 'Alibaba']));
    // US rows first, then Chinese ones, whatever the window.
    const rows = labsOnAxis(data, { from: '2025-06', through: '2026-09' });
    expect(rows.findIndex((lab) => lab.country === 'CN')).toBeGreaterThan(rows.findLastIndex((lab) => lab.country === 'US'));
  });

  it('runs to August 2026: Meta closed its flagship (Muse Spark) and opened a small model (Muse Glimmer)', () => {
    const scene = layout({ models: ['muse-spark', 'muse-glimmer', 'nemotron-3-ultra', 'deepseek-v4'], from: '2025-06', through: '2026-09' });
    expect(find(scene, 'releases', 'release-muse-spark')?.className).toContain('is-closed');
    expect(find(scene, 'releases', 'release-muse-glimmer')?.className).toContain('is-open');
    expect(find(scene, 'releases', 'release-nemotron-3-ultra')?.className).toContain('country-us');
    expect(data.models.has('mistral-3')).toBe(false);
    expect(chart.asOf(data) >= '2026-08').toBe(true);
  });

  it('rejects unknown models and events, and releases outside the axis', () => {
    expect(() => layout({ models: ['gpt-9'] })).toThrow(/"gpt-9" is not a US or Chinese model release/);
    expect(() => layout({ models: ['gpt-4'], events: ['bis-rule-2022-10-07'] })).toThrow(/not one of the chart's marked events/);
    expect(() => layout({ models: ['gpt-oss'], through: '2025-06' })).toThrow(/outside the time axis/);
  });
});
