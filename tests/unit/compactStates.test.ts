import { describe, expect, it } from 'vitest';
import { compactStates, expandState } from '../../src/charts/compactStates';
import type { Scene } from '../../src/charts/contract';

const axis = { kind: 'line' as const, key: 'axis', x1: 0, y1: 10, x2: 100, y2: 10 };
const scene = (x: number): Scene => ({
  size: { width: 100, height: 100 },
  title: 'T',
  description: `point at ${x}`,
  layers: [
    { id: 'axes', marks: [axis] },
    { id: 'points', marks: [{ kind: 'circle', key: 'p', cx: x, cy: 5.04999, r: 3 }] },
  ],
});

describe('compactStates', () => {
  const payload = compactStates({ wide: { a: scene(1), b: scene(2) }, narrow: { a: scene(1), b: scene(3) } });

  it('stores a mark shared by several states once', () => {
    expect(payload.marks.filter((mark) => mark.key === 'axis')).toHaveLength(1);
    expect(payload.marks).toHaveLength(4); // axis + circles at 1, 2, 3
  });

  it('expands back to the same marks, rounded to a tenth of a unit', () => {
    const expanded = expandState(payload, 'narrow', 'b')!;
    expect(expanded.description).toBe('point at 3');
    expect(expanded.layers[1]!.marks[0]).toEqual({ kind: 'circle', key: 'p', cx: 3, cy: 5, r: 3 });
  });

  it('returns nothing for an unknown step', () => {
    expect(expandState(payload, 'wide', 'missing')).toBeUndefined();
  });
});
