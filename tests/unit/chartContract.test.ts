/**
 * Every chart in src/charts/ honours the one contract: its layout is pure and deterministic, keeps
 * every mark inside the drawing, never writes text smaller than 12 units, keys marks uniquely, and
 * describes each state; its table and source list come from real records.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { charts } from '../../src/charts/registry';
import { CHART_SIZES, MIN_FONT_SIZE, VARIANTS, type Mark, type Scene } from '../../src/charts/contract';
import { readDataset } from '../../src/data/readDataset';
import { isPartialDate } from '../../src/data/dates';
import { defaultWords } from '../../src/i18n/words';

const dataset = readDataset(fileURLToPath(new URL('../..', import.meta.url)));
const sourceIds = new Set(dataset.sources.map((source) => source.id));

function markBounds(mark: Mark): { x: number; y: number }[] {
  switch (mark.kind) {
    case 'circle':
      return [
        { x: mark.cx - mark.r, y: mark.cy - mark.r },
        { x: mark.cx + mark.r, y: mark.cy + mark.r },
      ];
    case 'rect':
      return [
        { x: mark.x, y: mark.y },
        { x: mark.x + mark.width, y: mark.y + mark.height },
      ];
    case 'line':
      return [
        { x: mark.x1, y: mark.y1 },
        { x: mark.x2, y: mark.y2 },
      ];
    case 'symbol':
    case 'text':
      return [{ x: mark.x, y: mark.y }];
    case 'path':
      return [...mark.d.matchAll(/(-?\d+(?:\.\d+)?)[ ,](-?\d+(?:\.\d+)?)/g)].map((match) => ({ x: Number(match[1]), y: Number(match[2]) }));
  }
}

const DEFAULT_FONT = { wide: 13, narrow: 12 } as const;

it('finds at least one chart', () => {
  expect(charts.size).toBeGreaterThan(0);
});

for (const [name, chart] of charts) {
  describe(`chart ${name}`, () => {
    const data = chart.select(dataset);

    chart.exampleStates.forEach((example, index) => {
      const state = chart.stateSchema.parse(example);
      for (const variant of VARIANTS) {
        const size = CHART_SIZES[variant];
        const scene: Scene = chart.layout(data, state, size, variant, defaultWords);
        const marks = scene.layers.flatMap((layer) => layer.marks);

        it(`example ${index + 1} (${variant}) lays out the same way every time`, () => {
          expect(chart.layout(data, state, size, variant, defaultWords)).toEqual(scene);
        });

        it(`example ${index + 1} (${variant}) keeps every mark inside the drawing`, () => {
          for (const mark of marks) {
            for (const point of markBounds(mark)) {
              expect(point.x, `${mark.key} x`).toBeGreaterThanOrEqual(0);
              expect(point.x, `${mark.key} x`).toBeLessThanOrEqual(size.width);
              expect(point.y, `${mark.key} y`).toBeGreaterThanOrEqual(0);
              expect(point.y, `${mark.key} y`).toBeLessThanOrEqual(size.height);
            }
          }
        });

        it(`example ${index + 1} (${variant}) writes no text below ${MIN_FONT_SIZE} units and keys marks uniquely`, () => {
          for (const mark of marks) {
            if (mark.kind === 'text') expect(mark.size ?? DEFAULT_FONT[variant], mark.key).toBeGreaterThanOrEqual(MIN_FONT_SIZE);
          }
          const keys = scene.layers.flatMap((layer) => layer.marks.map((mark) => `${layer.id}/${mark.key}`));
          expect(new Set(keys).size).toBe(keys.length);
        });

        it(`example ${index + 1} (${variant}) has a title and a description`, () => {
          expect(scene.title.trim()).not.toBe('');
          expect(scene.description.trim().length).toBeGreaterThan(20);
        });
      }
    });

    it('has a table with rows, real sources and an "as of" date', () => {
      const table = chart.table(data, defaultWords);
      expect(table.rows.length).toBeGreaterThan(0);
      for (const row of table.rows) for (const column of table.columns) expect(row, column.key).toHaveProperty(column.key);
      const sources = chart.sources(data);
      expect(sources.length).toBeGreaterThan(0);
      for (const id of sources) expect(sourceIds.has(id), id).toBe(true);
      expect(isPartialDate(chart.asOf(data))).toBe(true);
    });
  });
}
