/**
 * The drawing signature the path-independence e2e test compares (tests/e2e/drawing.ts): two
 * drawings of one state written differently must match, and any difference a reader could see
 * must not.
 */
import { describe, expect, it } from 'vitest';
import { drawingSignature, type DrawingNode } from '../e2e/drawing';

const text = (value: string): DrawingNode => ({ nodeType: 3, nodeName: '#text', nodeValue: value, childNodes: [] });
const comment = (value: string): DrawingNode => ({ nodeType: 8, nodeName: '#comment', nodeValue: value, childNodes: [] });
const element = (tag: string, attributes: Record<string, string> = {}, ...children: DrawingNode[]): DrawingNode => ({
  nodeType: 1,
  nodeName: tag,
  nodeValue: null,
  attributes: Object.entries(attributes).map(([name, value]) => ({ name, value })),
  childNodes: children,
});

/** A chart drawing with one layer; `label` and `dot` override the two marks' attributes. */
function chart({ root = {}, label = {}, dot = {}, labelText = 'A100', extra = [] as DrawingNode[] } = {}): DrawingNode {
  return element(
    'svg',
    { viewBox: '0 0 640 480', role: 'img', ...root },
    element('title', { id: 'a-title' }, text('Chips')),
    element('desc', { id: 'a-desc' }, text('Which chips were controlled')),
    element(
      'g',
      { 'data-layer': 'marks' },
      element('circle', { 'data-key': 'dot', class: 'mark mark--circle is-controlled', cx: '10.5', cy: '20', r: '4', opacity: '1', ...dot }),
      element('text', { 'data-key': 'label', class: 'mark mark--text', x: '12', y: '20', opacity: '1', ...label }, text(labelText)),
      ...extra,
    ),
  );
}

const same = (a: DrawingNode, b: DrawingNode) => expect(drawingSignature(a)).toBe(drawingSignature(b));
const differ = (a: DrawingNode, b: DrawingNode) => expect(drawingSignature(a)).not.toBe(drawingSignature(b));

describe('drawingSignature', () => {
  it('writes one line per element and text node, attributes in name order', () => {
    expect(drawingSignature(chart())).toBe(
      [
        'svg viewBox="0 0 640 480"',
        '  title',
        '    "Chips"',
        '  desc',
        '    "Which chips were controlled"',
        '  g data-layer="marks"',
        '    circle class="is-controlled mark mark--circle" cx="10.5" cy="20" data-key="dot" opacity="1" r="4"',
        '    text class="mark mark--text" data-key="label" opacity="1" x="12" y="20"',
        '      "A100"',
      ].join('\n'),
    );
  });

  it('matches numbers written differently, to the hundredth', () => {
    same(chart(), chart({ dot: { cx: '10.500', cy: '19.999999', opacity: '1.0' } }));
    same(chart({ dot: { opacity: '0' } }), chart({ dot: { opacity: '-0.0000001' } }));
    same(
      chart({ extra: [element('path', { 'data-key': 'p', d: 'M1,2L3.25,4', transform: 'translate(10,20)' })] }),
      chart({ extra: [element('path', { 'data-key': 'p', d: 'M1.0001, 2L3.25 ,4', transform: 'translate(10, 20)' })] }),
    );
    differ(chart(), chart({ dot: { cx: '10.52' } }));
    differ(chart(), chart({ dot: { opacity: '0.99' } }));
  });

  it('leaves numbers in names and text alone', () => {
    differ(chart(), chart({ labelText: 'A100.00' }));
    differ(chart(), chart({ dot: { 'data-key': 'rule-2022-10-07' } }));
    expect(drawingSignature(chart({ dot: { 'data-key': 'rule-2022-10-07' } }))).toContain('data-key="rule-2022-10-07"');
  });

  it('matches classes in any order, and ignores ids and the root element’s page attributes', () => {
    same(chart(), chart({ dot: { class: 'is-controlled  mark mark--circle' } }));
    same(chart(), chart({ root: { class: 'is-animating', 'aria-labelledby': 'x y', id: 'other' } }));
    differ(chart(), chart({ root: { viewBox: '0 0 320 290' } }));
  });

  it('sees an attribute a state no longer asks for, a class, a text, or an element too many', () => {
    differ(chart(), chart({ label: { 'font-weight': 'bold' } }));
    differ(chart(), chart({ label: { 'text-anchor': 'end' } }));
    differ(chart(), chart({ dot: { class: 'mark mark--circle is-allowed' } }));
    differ(chart(), chart({ labelText: 'A800' }));
    differ(chart(), chart({ extra: [element('circle', { 'data-key': 'gone', opacity: '0' })] }));
    differ(chart(), element('svg', { viewBox: '0 0 640 480' }, ...Array.from(chart().childNodes), element('g', { 'data-layer': 'empty' })));
  });

  it('ignores markup whitespace and comments between elements, but not spaces inside text', () => {
    const spaced = chart();
    const layer = spaced.childNodes[2]!;
    same(chart(), { ...spaced, childNodes: [text('\n  '), ...Array.from(spaced.childNodes), comment('x')] });
    same(chart(), { ...spaced, childNodes: [...Array.from(spaced.childNodes).slice(0, 2), { ...layer, childNodes: [text(' '), ...Array.from(layer.childNodes)] }] });
    differ(chart(), chart({ labelText: 'A100 ' }));
  });

  it('sees text split differently into raised exponents', () => {
    const raised = element('text', { 'data-key': 'label' }, text('10'), element('tspan', { 'font-size': '70%', dy: '-0.5em' }, text('24')));
    const flat = element('text', { 'data-key': 'label' }, text('1024'));
    differ(element('svg', {}, raised), element('svg', {}, flat));
  });
});
