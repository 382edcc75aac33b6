/**
 * How a mark becomes an SVG element: its tag and attributes. Shared by the build-time renderer
 * (renderScene.ts) and the browser client (src/scrolly/client/applyScene.ts), so a state drawn at
 * build time and the same state reached by a transition cannot differ.
 * Only small, dependency-free imports: this file ships to the browser.
 */
import type { Mark, MarkKind } from './contract';
import { textRuns } from '../i18n/exponents';

export const MARK_TAGS: Record<MarkKind, 'circle' | 'rect' | 'line' | 'path' | 'text'> = {
  circle: 'circle',
  rect: 'rect',
  line: 'line',
  path: 'path',
  symbol: 'path',
  text: 'text',
};

export type AttributeMap = Record<string, string | number>;

/** Attributes that change between states and are worth animating. */
export function geometryAttributes(mark: Mark): AttributeMap {
  const attributes: AttributeMap = { opacity: mark.opacity ?? 1 };
  switch (mark.kind) {
    case 'circle':
      return { ...attributes, cx: mark.cx, cy: mark.cy, r: mark.r };
    case 'rect':
      return { ...attributes, x: mark.x, y: mark.y, width: mark.width, height: mark.height };
    case 'line':
      return { ...attributes, x1: mark.x1, y1: mark.y1, x2: mark.x2, y2: mark.y2 };
    case 'path':
      return { ...attributes, d: mark.d };
    case 'symbol':
      return { ...attributes, d: mark.d, transform: `translate(${mark.x},${mark.y})` };
    case 'text':
      return { ...attributes, x: mark.x, y: mark.y };
  }
}

/** Attributes set at once (classes, anchors, sizes): they do not interpolate. */
export function staticAttributes(mark: Mark): AttributeMap {
  const attributes: AttributeMap = {
    'data-key': mark.key,
    class: ['mark', `mark--${mark.kind}`, mark.className].filter(Boolean).join(' '),
  };
  if (mark.dash) attributes['stroke-dasharray'] = mark.dash;
  if (mark.kind === 'text') {
    if (mark.anchor && mark.anchor !== 'start') attributes['text-anchor'] = mark.anchor;
    if (mark.size) attributes['font-size'] = mark.size;
    if (mark.weight === 'bold') attributes['font-weight'] = 'bold';
  }
  return attributes;
}

/**
 * A text mark's content as runs of plain text and tspans. An exponent ("10²⁴") is drawn with the
 * font's own digits, smaller and raised; the text after it comes back down. `dy` rather than
 * baseline-shift, which Firefox ignores (it would print "1024").
 */
export interface TextPiece {
  text: string;
  /** Absent for a plain text node. */
  tspan?: AttributeMap;
}

const RAISE = { 'font-size': '70%', dy: '-0.5em' };
/** Back down by the same distance, in the full size's em: 0.5 × 70%. */
const LOWER = { dy: '0.35em' };

export function textPieces(text: string): TextPiece[] {
  return textRuns(text).map((run, index, runs) => {
    if (run.raised) return { text: run.text, tspan: RAISE };
    return index > 0 && runs[index - 1]!.raised ? { text: run.text, tspan: LOWER } : { text: run.text };
  });
}

