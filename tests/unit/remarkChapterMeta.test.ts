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
});
