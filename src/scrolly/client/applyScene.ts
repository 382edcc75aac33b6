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
function setStatic(element: Element, mark: Mark, easing?: Element[]): void {
  const attributes = staticAttributes(mark);
  // A change of class eases the mark's colour (charts.css): the class that allows it goes on the
  // marks whose class changes, and only for the change. On the drawing as a whole, a class that
  // selected every mark made each change of step restyle all of them, twice.
  if (easing && element.getAttribute('class') !== attributes.class) {
    attributes.class = `${attributes.class} ${EASING}`;
    easing.push(element);
  }
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

function layerGroup(svg: SVGSVGElement, id: string): SVGGElement | null {
  return svg.querySelector<SVGGElement>(`:scope > g[data-layer="${CSS.escape(id)}"]`);
}

function ensureLayer(svg: SVGSVGElement, id: string, previous: Element | null): SVGGElement {
  let layer = layerGroup(svg, id);
  if (!layer) {
    layer = document.createElementNS(SVG_NS, 'g');
    layer.setAttribute('data-layer', id);
  }
  // Keep layers in drawing order.
  const wantedNext = previous ? previous.nextSibling : svg.querySelector(':scope > g');
  if (layer !== wantedNext) svg.insertBefore(layer, wantedNext);
  return layer;
}

/**
 * The mark each element shows whole, settled: set once its attributes are all written (at once, or
 * when its transition ends), cleared when a change starts. Marks are interned across a sequence's
 * states (compactStates.ts), so an element that already shows the next state's very mark has
 * nothing to change, and its attributes need not be read. An element stopped mid-transition is not
 * settled, and is written again.
 */
const settled = new WeakMap<Element, Mark>();

/** The transition on the drawing itself that ends after every mark's: the drawing has settled. */
const SETTLE = 'settle';

/** The class under which a mark's colour eases (charts.css), and the marks of each drawing that carry it. */
const EASING = 'is-easing';
const easingMarks = new WeakMap<SVGSVGElement, Element[]>();

/** A change of colour eases only during the change of step that made it: never on a jump or a later change. */
function endEasing(svg: SVGSVGElement): void {
  for (const element of easingMarks.get(svg) ?? []) element.classList.remove(EASING);
  easingMarks.delete(svg);
}

/** A new element for a mark, with all its attributes. */
function createMark(mark: Mark): SVGElement {
  const element = document.createElementNS(SVG_NS, MARK_TAGS[mark.kind]) as SVGElement;
  setStatic(element, mark);
  setAttributes(element, geometryAttributes(mark));
  return element;
}

/**
 * Elements made in idle time for the marks a neighbouring step will bring in (marksToPrepare,
 * prepareMark), so
 * that the change of step only inserts them: making a new view's marks was the longest part of
 * its script on a slow phone.
 */
const madeAhead = new WeakMap<SVGSVGElement, Map<Mark, SVGElement>>();

function takeMadeAhead(svg: SVGSVGElement, mark: Mark): SVGElement {
  const made = madeAhead.get(svg)?.get(mark);
  if (!made) return createMark(mark);
  madeAhead.get(svg)!.delete(mark);
  return made;
}

/** Where a mark is drawn: its layer and its key (the join's). */
const placeKey = (layerId: string, mark: Mark) => `${layerId} ${joinKey(mark)}`;

/**
 * The marks of these scenes that a change to them would add to the drawing (none drawn under the
 * same layer and key), not yet made ahead. What was made for scenes no longer asked for is let go.
 */
export function marksToPrepare(svg: SVGSVGElement, scenes: readonly SceneState[]): Mark[] {
  const drawn = new Set<string>();
  for (const group of svg.querySelectorAll<SVGGElement>(':scope > g[data-layer]')) {
    const id = group.getAttribute('data-layer')!;
    for (const element of group.querySelectorAll<SVGElement>(':scope > [data-key]')) drawn.add(`${id} ${elementKey(element)}`);
  }
  const previous = madeAhead.get(svg);
  const kept = new Map<Mark, SVGElement>();
  const wanted = new Set<Mark>();
  for (const scene of scenes) {
    for (const layer of scene.layers) {
      for (const mark of layer.marks) {
        if (drawn.has(placeKey(layer.id, mark)) || kept.has(mark)) continue;
        const made = previous?.get(mark);
        if (made) kept.set(mark, made);
        else wanted.add(mark);
      }
    }
  }
  madeAhead.set(svg, kept);
  return [...wanted];
}

/** Makes one mark ahead (marksToPrepare lists them; the caller spreads them over idle periods). */
export function prepareMark(svg: SVGSVGElement, mark: Mark): void {
  const made = madeAhead.get(svg) ?? new Map<Mark, SVGElement>();
  if (!made.has(mark)) made.set(mark, createMark(mark));
  madeAhead.set(svg, made);
}

/**
 * A layer on its way out fades whole, one transition for the group rather than one per mark, and
 * leaves the drawing when faded (or at once, when the next change comes first).
 */
function fadeOutLayer(layer: SVGGElement, duration: number): void {
  layer.setAttribute('data-layer-leaving', layer.getAttribute('data-layer')!);
  layer.removeAttribute('data-layer');
  select(layer).selectAll('*').interrupt();
  // From a written 1: a group has no opacity attribute, and d3 would tween from none, that is 0.
  layer.setAttribute('opacity', '1');
  select(layer).transition().duration(duration / 2).attr('opacity', 0).remove();
}

export function applyScene(svg: SVGSVGElement, scene: SceneState, duration: number): void {
  const title = svg.querySelector(':scope > title');
  const desc = svg.querySelector(':scope > desc');
  // Rewriting the same text would still be a change to the document (and to its accessibility tree).
  if (title && title.textContent !== scene.title) title.textContent = scene.title;
  if (desc && desc.textContent !== scene.description) desc.textContent = scene.description;

  // A change of state before the last one settled takes over its ending: layers still fading out
  // go, and layers still fading in are shown whole (the new change moves on from there).
  select(svg).interrupt(SETTLE);
  endEasing(svg);
  for (const leaving of svg.querySelectorAll(':scope > g[data-layer-leaving]')) leaving.remove();
  for (const fading of svg.querySelectorAll<SVGGElement>(':scope > g[data-layer][opacity]')) {
    select(fading).interrupt();
    fading.removeAttribute('opacity');
  }
  svg.classList.toggle('is-animating', duration > 0);
  const easing: Element[] | undefined = duration > 0 ? [] : undefined;
  const wantedLayers = new Set(scene.layers.map((layer) => layer.id));
  for (const layer of svg.querySelectorAll<SVGGElement>(':scope > g[data-layer]')) {
    if (wantedLayers.has(layer.getAttribute('data-layer')!)) continue;
    if (duration <= 0) layer.remove();
    else fadeOutLayer(layer, duration);
  }

  let previous: Element | null = null;
  for (const layer of scene.layers) {
    const existing = layerGroup(svg, layer.id);
    let group = ensureLayer(svg, layer.id, previous);
    let marks = join(group, layer.marks);
    // A layer that is new, or keeps none of its marks (a new view), fades in whole, and the group it
    // replaces fades out whole: a transition for each group, not one for each mark.
    const replacing = existing !== null && marks.empty() && !marks.exit().empty();
    if (duration > 0 && layer.marks.length > 0 && (existing === null || replacing)) {
      if (replacing) {
        const replaced = group;
        group = document.createElementNS(SVG_NS, 'g');
        group.setAttribute('data-layer', layer.id);
        replaced.after(group);
        fadeOutLayer(replaced, duration);
        marks = join(group, layer.marks);
      }
      group.setAttribute('opacity', '0');
      const fresh = group;
      select(fresh)
        .transition()
        .duration(duration)
        .attr('opacity', 1)
        .on('end', () => fresh.removeAttribute('opacity'));
      marks
        .enter()
        .append((mark) => takeMadeAhead(svg, mark))
        .each(function (mark) {
          settled.set(this, mark);
        });
      previous = group;
      continue;
    }
    previous = group;
    marks.interrupt();

    const entered = marks.enter().append((mark) => takeMadeAhead(svg, mark));
    const updated = marks
      .filter(function (mark) {
        return settled.get(this) !== mark;
      })
      .each(function (mark) {
        settled.delete(this);
        setStatic(this, mark, easing);
      });
    // An element fading out is caught, half faded, by a change that brings its mark back.
    const exited = marks.exit<Mark>().each(function () {
      settled.delete(this);
    });

    if (duration <= 0) {
      updated.each(function (mark) {
        setAttributes(this, geometryAttributes(mark));
      });
      entered.merge(updated).each(function (mark) {
        settled.set(this, mark);
      });
      exited.remove();
    } else {
      // d3's default easing is cubic in-out, the curve we want.
      entered
        .attr('opacity', 0)
        .transition()
        .duration(duration)
        .attr('opacity', (mark) => mark.opacity ?? 1)
        .on('end', function (mark) {
          settled.set(this, mark);
        });
      transitionGeometry(updated, duration);
      exited.transition().duration(duration / 2).attr('opacity', 0).remove();
    }
    entered.merge(marks).order();
  }
  if (easing?.length) easingMarks.set(svg, easing);

  if (duration > 0) {
    // Started after every mark's transition, so it ends after them, in the same frame.
    select(svg)
      .transition(SETTLE)
      .duration(duration)
      .on('end', () => {
        svg.classList.remove('is-animating');
        endEasing(svg);
      });
  }
}

/** The layer's elements joined to its marks by key. */
function join(group: SVGGElement, marks: readonly Mark[]) {
  return (
    select(group)
      .selectAll<SVGElement, Mark>(':scope > [data-key]')
      // Elements drawn at build time have no bound datum yet: they are keyed by their attributes.
      .data<Mark>(marks, function (this: SVGElement | SVGGElement, datum: Mark) {
        const mark = datum as Mark | undefined;
        return mark ? joinKey(mark) : elementKey(this);
      })
  );
}

/** The join key of an element as drawn (its kind and data-key), the same as its mark's joinKey. */
function elementKey(element: Element): string {
  return `${kindOf(element)}:${element.getAttribute('data-key')}`;
}

/**
 * One transition for the whole selection, one tween per attribute that actually changes (marks
 * that stay put cost nothing): cheaper than a transition per element while the reader scrolls.
 */
function transitionGeometry(selection: Selection<SVGElement, Mark, SVGGElement, unknown>, duration: number): void {
  const changing = new Set<string>();
  const moving = selection.filter(function (mark) {
    let moves = false;
    for (const [name, value] of Object.entries(geometryAttributes(mark))) {
      if (this.getAttribute(name) === String(value)) continue;
      changing.add(name);
      moves = true;
    }
    if (!moves) settled.set(this, mark);
    return moves;
  });
  if (changing.size === 0) return;
  const transition = moving.transition().duration(duration);
  for (const name of changing) transition.attr(name, (mark) => geometryAttributes(mark)[name] ?? null);
  // An interpolator writes the end value in its own way ("translate(1, 2)" for "translate(1,2)"):
  // a settled mark carries its state's values exactly as the build wrote them, and the next change
  // of state does not tween a symbol that stays put.
  transition.on('end', function (mark) {
    setAttributes(this, geometryAttributes(mark));
    settled.set(this, mark);
  });
}

/** The mark kind of an element drawn at build time (symbols are paths with a transform). */
function kindOf(element: Element): string {
  const classKind = Array.from(element.classList).find((name) => name.startsWith('mark--'));
  return classKind ? classKind.slice('mark--'.length) : element.tagName;
}
