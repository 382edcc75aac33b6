/**
 * Moves a chart's existing SVG elements to the marks of another state with a keyed D3 join:
 * marks that stay are transitioned, new ones fade in, missing ones fade out. The build drew the
 * first state with the same attribute functions (src/charts/marks.ts), so nothing jumps.
 */
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import type { Mark } from '../../charts/contract';
import { MARK_TAGS, geometryAttributes, staticAttributes, textPieces } from '../../charts/marks';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Read-only: the scene is the states' shared data (marks are interned across steps), never a scratch pad. */
export interface SceneState {
  readonly title: string;
  readonly description: string;
  readonly layers: readonly { readonly id: string; readonly marks: readonly Mark[] }[];
}

/** Kind is part of the join key: a mark that changes kind is replaced, not morphed. */
const joinKey = (mark: Mark) => `${mark.kind}:${mark.key}`;

/** Sets only what changed: rewriting an unchanged class still costs a style recalculation. */
function setAttributes(element: Element, attributes: Record<string, string | number>): void {
  for (const [name, value] of Object.entries(attributes)) {
    const text = String(value);
    if (element.getAttribute(name) !== text) element.setAttribute(name, text);
  }
}

/**
 * An element carries exactly its mark's attributes. One kept from the last state loses whatever
 * the new state no longer asks for (a name bold in one step is not bold in the next), whichever
 * optional attribute staticAttributes gains later.
 */
function setStatic(element: Element, mark: Mark): void {
  const attributes = staticAttributes(mark);
  setAttributes(element, attributes);
  const geometry = geometryAttributes(mark);
  for (const name of element.getAttributeNames()) {
    if (!(name in attributes) && !(name in geometry)) element.removeAttribute(name);
  }
  if (mark.kind === 'text') setText(element, mark.text);
}

/** Draws a text mark's content as renderScene does (exponents in tspans), only when it changed. */
function setText(element: Element, text: string): void {
  const pieces = textPieces(text);
  const nodes = element.childNodes;
  const same =
    nodes.length === pieces.length &&
    pieces.every((piece, index) => {
      const node = nodes[index]!;
      if (node.textContent !== piece.text || (node.nodeName === 'tspan') !== Boolean(piece.tspan)) return false;
      return !piece.tspan || Object.entries(piece.tspan).every(([name, value]) => (node as Element).getAttribute(name) === String(value));
    });
  if (same) return;
  element.replaceChildren(
    ...pieces.map((piece) => {
      if (!piece.tspan) return document.createTextNode(piece.text);
      const tspan = document.createElementNS(SVG_NS, 'tspan');
      setAttributes(tspan, piece.tspan);
      tspan.textContent = piece.text;
      return tspan;
    }),
  );
}

function ensureLayer(svg: SVGSVGElement, id: string, previous: Element | null): SVGGElement {
  let layer = svg.querySelector<SVGGElement>(`:scope > g[data-layer="${CSS.escape(id)}"]`);
  if (!layer) {
    layer = document.createElementNS(SVG_NS, 'g');
    layer.setAttribute('data-layer', id);
  }
  // Keep layers in drawing order.
  const wantedNext = previous ? previous.nextSibling : svg.querySelector(':scope > g');
  if (layer !== wantedNext) svg.insertBefore(layer, wantedNext);
  return layer;
}

/** The transition on the drawing itself that ends after every mark's: the drawing has settled. */
const SETTLE = 'settle';

export function applyScene(svg: SVGSVGElement, scene: SceneState, duration: number): void {
  const title = svg.querySelector(':scope > title');
  const desc = svg.querySelector(':scope > desc');
  // Rewriting the same text would still be a change to the document (and to its accessibility tree).
  if (title && title.textContent !== scene.title) title.textContent = scene.title;
  if (desc && desc.textContent !== scene.description) desc.textContent = scene.description;

  // A change of state before the last one settled takes over its ending.
  select(svg).interrupt(SETTLE);
  svg.classList.toggle('is-animating', duration > 0);
  const wantedLayers = new Set(scene.layers.map((layer) => layer.id));
  const unwantedLayers = Array.from(svg.querySelectorAll<SVGGElement>(':scope > g[data-layer]')).filter((layer) => !wantedLayers.has(layer.getAttribute('data-layer')!));
  // A layer the state does not have goes: at once, or once its marks have faded out (joined, on a
  // copy of the list, with no marks).
  if (duration <= 0) for (const layer of unwantedLayers) layer.remove();
  const layers = duration <= 0 ? scene.layers : [...scene.layers, ...unwantedLayers.map((layer) => ({ id: layer.getAttribute('data-layer')!, marks: [] }))];

  let previous: Element | null = null;
  for (const layer of layers) {
    const group = ensureLayer(svg, layer.id, previous);
    previous = group;
    const marks = select(group)
      .selectAll<SVGElement, Mark>(':scope > [data-key]')
      // Elements drawn at build time have no bound datum yet: they are keyed by their attributes.
      .data<Mark>(layer.marks, function (this: SVGElement | SVGGElement, datum: Mark) {
        const mark = datum as Mark | undefined;
        return mark ? joinKey(mark) : `${kindOf(this)}:${this.getAttribute('data-key')}`;
      });
    marks.interrupt();

    const entered = marks
      .enter()
      .append((mark) => document.createElementNS(SVG_NS, MARK_TAGS[mark.kind]) as SVGElement)
      .each(function (mark) {
        setStatic(this, mark);
        setAttributes(this, geometryAttributes(mark));
      });
    const updated = marks.each(function (mark) {
      setStatic(this, mark);
    });
    const exited = marks.exit<Mark>();

    if (duration <= 0) {
      updated.each(function (mark) {
        setAttributes(this, geometryAttributes(mark));
      });
      exited.remove();
    } else {
      // d3's default easing is cubic in-out, the curve we want.
      entered.attr('opacity', 0).transition().duration(duration).attr('opacity', (mark) => mark.opacity ?? 1);
      transitionGeometry(updated, duration);
      exited.transition().duration(duration / 2).attr('opacity', 0).remove();
    }
    entered.merge(updated).order();
  }

  if (duration > 0) {
    // Started after every mark's transition, so it ends after them, in the same frame.
    select(svg)
      .transition(SETTLE)
      .duration(duration)
      .on('end', () => {
        svg.classList.remove('is-animating');
        for (const layer of unwantedLayers) layer.remove();
      });
  }
}

/**
 * One transition for the whole selection, one tween per attribute that actually changes (marks
 * that stay put cost nothing): cheaper than a transition per element while the reader scrolls.
 */
function transitionGeometry(selection: Selection<SVGElement, Mark, SVGGElement, unknown>, duration: number): void {
  const changing = new Set<string>();
  selection.each(function (mark) {
    for (const [name, value] of Object.entries(geometryAttributes(mark))) {
      if (this.getAttribute(name) !== String(value)) changing.add(name);
    }
  });
  if (changing.size === 0) return;
  const transition = selection
    .filter(function (mark) {
      return Object.entries(geometryAttributes(mark)).some(([name, value]) => this.getAttribute(name) !== String(value));
    })
    .transition()
    .duration(duration);
  for (const name of changing) transition.attr(name, (mark) => geometryAttributes(mark)[name] ?? null);
  // An interpolator writes the end value in its own way ("translate(1, 2)" for "translate(1,2)"):
  // a settled mark carries its state's values exactly as the build wrote them, and the next change
  // of state does not tween a symbol that stays put.
  transition.on('end', function (mark) {
    setAttributes(this, geometryAttributes(mark));
  });
}

/** The mark kind of an element drawn at build time (symbols are paths with a transform). */
function kindOf(element: Element): string {
  const classKind = Array.from(element.classList).find((name) => name.startsWith('mark--'));
  return classKind ? classKind.slice('mark--'.length) : element.tagName;
}
