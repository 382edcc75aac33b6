/**
 * A chart drawing as text that two drawings of the same state share, however each was made: the
 * build's SVG (renderScene) or the browser's after any number of state changes (applyScene).
 * One line per element (tag and attributes, in name order) or text node, indented by depth.
 *
 * Runs in the page (Playwright sends its source, so `drawingSignature` uses nothing from outside
 * its own body) and in Node on stand-in nodes (tests/unit/drawingSignature.test.ts).
 */

/** The part of a DOM node the signature reads: a browser's nodes have it, and so can plain objects. */
export interface DrawingNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  attributes?: ArrayLike<{ name: string; value: string }>;
  childNodes: ArrayLike<DrawingNode>;
}

export function drawingSignature(svg: DrawingNode): string {
  const ELEMENT = 1;
  const TEXT = 3;
  /** Attributes holding numbers: written differently by hand and by an interpolator ("10.50", "10.5"; "translate(1,2)", "translate(1, 2)"). */
  const NUMERIC = new Set(['x', 'y', 'cx', 'cy', 'r', 'width', 'height', 'x1', 'y1', 'x2', 'y2', 'd', 'transform', 'opacity', 'font-size', 'stroke-dasharray', 'dx', 'dy', 'viewBox']);
  /** Ids differ between copies of one drawing on a page (the sticky chart, the step's printed figure). */
  const IGNORED = new Set(['id']);
  const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;

  const roundNumbers = (value: string) =>
    value
      .replace(NUMBER, (number) => {
        const rounded = Math.round(Number(number) * 100) / 100;
        return String(rounded === 0 ? 0 : rounded); // no "-0"
      })
      .replace(/\s*,\s*/g, ',')
      .replace(/\s+/g, ' ')
      .trim();

  const normalValue = (name: string, value: string) => {
    if (NUMERIC.has(name)) return roundNumbers(value);
    if (name === 'class') return value.split(/\s+/).filter(Boolean).sort().join(' ');
    return value;
  };

  const describeAttributes = (node: DrawingNode, keep: (name: string) => boolean) =>
    Array.from(node.attributes ?? [])
      .filter(({ name }) => keep(name) && !IGNORED.has(name))
      .map(({ name, value }) => `${name}="${normalValue(name, value)}"`)
      .sort()
      .join(' ');

  const lines: string[] = [];
  const walk = (node: DrawingNode, depth: number, holdsText: boolean) => {
    for (const child of Array.from(node.childNodes)) {
      const indent = '  '.repeat(depth);
      if (child.nodeType === TEXT) {
        const text = child.nodeValue ?? '';
        // Markup whitespace between elements draws nothing; inside a text element it is content.
        if (holdsText || text.trim() !== '') lines.push(`${indent}${JSON.stringify(text)}`);
      } else if (child.nodeType === ELEMENT) {
        const tag = child.nodeName.toLowerCase();
        const attributes = describeAttributes(child, () => true);
        lines.push(`${indent}${tag}${attributes ? ` ${attributes}` : ''}`);
        walk(child, depth + 1, tag === 'text' || tag === 'tspan' || tag === 'title' || tag === 'desc');
      }
      // Comments and the like draw nothing.
    }
  };
  // The root's other attributes (class, role, labels) belong to the page, not to the state drawn.
  const root = describeAttributes(svg, (name) => name === 'viewBox');
  lines.push(`svg${root ? ` ${root}` : ''}`);
  walk(svg, 1, false);
  return lines.join('\n');
}
