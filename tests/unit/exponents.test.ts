/**
 * Exponents: written with superscript characters in plain text, drawn with the fonts' own digits
 * (src/i18n/format.ts, src/i18n/exponents.ts, src/charts/marks.ts, src/charts/renderScene.ts).
 */
import { describe, expect, it } from 'vitest';
import { superscript } from '../../src/i18n/format';
import { textRuns } from '../../src/i18n/exponents';
import { renderScene } from '../../src/charts/renderScene';
import type { Scene } from '../../src/charts/contract';
import { formatScientific } from '../../src/i18n/format';
import { approxFlop } from '../../src/charts/trainingComputeDots/layout';
import { defaultWords } from '../../src/i18n/words';

describe('exponents', () => {
  it('are written as superscripts in plain text, by one function', () => {
    expect(superscript(24)).toBe('²⁴');
    expect(superscript(-3)).toBe('⁻³');
    expect(formatScientific(3.4e24)).toBe('3.4 × 10²⁴');
    expect(approxFlop(3.8e25, defaultWords)).toBe('≈3.8 × 10²⁵');
  });

  it('are split out to be drawn raised, with ordinary digits', () => {
    expect(textRuns('3.4 × 10²⁴ FLOP')).toEqual([
      { text: '3.4 × 10', raised: false },
      { text: '24', raised: true },
      { text: ' FLOP', raised: false },
    ]);
    expect(textRuns('10⁻⁵')).toEqual([
      { text: '10', raised: false },
      { text: '−5', raised: true },
    ]);
  });

  it('are raised after every number, even where the fonts have the superscript, but not after a unit', () => {
    expect(textRuns('10²³')).toEqual([
      { text: '10', raised: false },
      { text: '23', raised: true },
    ]);
    expect(textRuns('814 mm²')).toEqual([{ text: '814 mm²', raised: false }]);
    expect(textRuns('H100')).toEqual([{ text: 'H100', raised: false }]);
    expect(textRuns('')).toEqual([]);
  });

  it('are drawn in a chart as tspans, never as characters the fonts lack', () => {
    const scene: Scene = {
      size: { width: 100, height: 50 },
      title: 'Compute, 10²⁴ FLOP',
      description: 'About 3.4 × 10²⁴ FLOP.',
      layers: [{ id: 'labels', marks: [{ kind: 'text', key: 'label', x: 0, y: 10, text: '≈3.4 × 10²⁴ FLOP' }] }],
    };
    const svg = renderScene(scene, { id: 'test' });
    expect(svg).toContain('>≈3.4 × 10<tspan font-size="70%" dy="-0.5em">24</tspan><tspan dy="0.35em"> FLOP</tspan></text>');
    // The title and description are read, not drawn: they keep the superscripts.
    expect(svg).toContain('<desc id="test-desc">About 3.4 × 10²⁴ FLOP.</desc>');
    const drawn = svg.replace(/<title.*?<\/desc>/, '');
    expect(drawn).not.toMatch(/[⁰⁴-⁹⁻]/u);
  });
});
