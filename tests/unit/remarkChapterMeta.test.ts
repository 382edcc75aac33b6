import { describe, expect, it } from 'vitest';
import { collectChapterMeta } from '../../src/mdx/remarkChapterMeta';

const cite = (id: string) => ({ type: 'mdxJsxTextElement', name: 'Cite', attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }], children: [] });
const text = (value: string) => ({ type: 'text', value });

describe('remarkChapterMeta', () => {
  it('numbers sources in reading order and reuses a number when a source is cited again', () => {
    const first = cite('bis-2022');
    const second = cite('cset-2023');
    const again = cite('bis-2022');
    const tree = { type: 'root', children: [{ type: 'paragraph', children: [text('One two three.'), first, text('Four.'), second, again] }] };
    const meta = collectChapterMeta(tree);
    expect(meta.citations).toEqual(['bis-2022', 'cset-2023']);
    const attrs = (node: typeof first) => Object.fromEntries(node.attributes.map((attr) => [attr.name, attr.value]));
    expect(attrs(first)).toMatchObject({ n: '1', first: 'true' });
    expect(attrs(second)).toMatchObject({ n: '2', first: 'true' });
    expect(attrs(again)).toMatchObject({ n: '1' });
    expect(attrs(again)).not.toHaveProperty('first');
  });

  it('records the charts of scrolly sequences and counts words for the reading time', () => {
    const words = Array.from({ length: 440 }, () => 'word').join(' ');
    const tree = {
      type: 'root',
      children: [{ type: 'mdxJsxFlowElement', name: 'Scrolly', attributes: [{ type: 'mdxJsxAttribute', name: 'chart', value: 'chipThresholdScatter' }], children: [{ type: 'paragraph', children: [text(words)] }] }],
    };
    const meta = collectChapterMeta(tree);
    expect(meta.charts).toEqual(['chipThresholdScatter']);
    expect(meta.words).toBe(440);
    expect(meta.readingMinutes).toBe(2);
  });

  it('refuses a citation without a source id', () => {
    expect(() => collectChapterMeta({ type: 'root', children: [{ type: 'mdxJsxTextElement', name: 'Cite', attributes: [], children: [] }] })).toThrow(/needs an id/);
  });

  it('reads each step of a scrolly, names its sequence on it and takes its state away', () => {
    const state = { type: 'mdxJsxAttributeValueExpression', value: '{ chips: ["a"] }', data: { estree: { body: [{ expression: { type: 'ObjectExpression', properties: [{ type: 'Property', computed: false, key: { type: 'Identifier', name: 'chips' }, value: { type: 'ArrayExpression', elements: [{ type: 'Literal', value: 'a' }] } }] } }] } } };
    const step = {
      type: 'mdxJsxFlowElement',
      name: 'Step',
      attributes: [
        { type: 'mdxJsxAttribute', name: 'id', value: 'one' },
        { type: 'mdxJsxAttribute', name: 'description', value: 'One chip.' },
        { type: 'mdxJsxAttribute', name: 'state', value: state as unknown as string },
      ],
      children: [],
    };
    const scrolly = { type: 'mdxJsxFlowElement', name: 'Scrolly', attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: 'chips' }, { type: 'mdxJsxAttribute', name: 'chart', value: 'chipThresholdScatter' }, { type: 'mdxJsxAttribute', name: 'caption', value: 'Chips' }], children: [step] };
    const meta = collectChapterMeta({ type: 'root', children: [scrolly] });
    expect(meta.sequences).toEqual([{ id: 'chips', chart: 'chipThresholdScatter', caption: 'Chips', steps: [{ id: 'one', description: 'One chip.', state: { chips: ['a'] } }] }]);
    expect(Object.fromEntries(step.attributes.map((attr) => [attr.name, attr.value]))).toEqual({ id: 'one', description: 'One chip.', sequence: 'chips' });
  });

  it('lists the terms, claim markers and values the story checks', () => {
    const digits = { type: 'mdxJsxAttributeValueExpression', value: '1', data: { estree: { body: [{ expression: { type: 'Literal', value: 1 } }] } } };
    const tree = {
      type: 'root',
      children: [
        { type: 'mdxFlowExpression', value: '/* claim C07 */' },
        { type: 'mdxFlowExpression', value: '/* a note, not a claim */' },
        { type: 'mdxJsxTextElement', name: 'Term', attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: 'open-weights' }], children: [text('open weights')] },
        {
          type: 'mdxJsxTextElement',
          name: 'Value',
          attributes: [
            { type: 'mdxJsxAttribute', name: 'series', value: 'a-series' },
            { type: 'mdxJsxAttribute', name: 'at', value: '2024' },
            { type: 'mdxJsxAttribute', name: 'bare', value: null },
            { type: 'mdxJsxAttribute', name: 'digits', value: digits },
          ],
          children: [],
        },
        { type: 'mdxJsxTextElement', name: 'DateOf', attributes: [{ type: 'mdxJsxAttribute', name: 'record', value: 'events:bis-rule-2022-10-07' }], children: [] },
      ],
    };
    const meta = collectChapterMeta(tree as Parameters<typeof collectChapterMeta>[0]);
    expect(meta.claimMarkers).toEqual(['C07']);
    expect(meta.terms).toEqual(['open-weights']);
    expect(meta.values).toEqual([{ series: 'a-series', at: '2024', bare: true, digits: 1 }]);
    expect(meta.dates).toEqual(['events:bis-rule-2022-10-07']);
  });
});
