/**
 * Writes a Scene as static SVG markup at build time. The page carries this for the first state;
 * print, no-JS readers and embeds see exactly these elements.
 */
import type { Mark, Scene } from './contract';
import { roundMark } from './compactStates';
import { MARK_TAGS, geometryAttributes, staticAttributes, textPieces, type AttributeMap } from './marks';

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}

function attributesToString(attributes: AttributeMap): string {
  return Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}

function renderMark(unrounded: Mark): string {
  // The same rounding as the browser payload, so a state drawn here and reached by a transition match.
  const mark = roundMark(unrounded);
  const tag = MARK_TAGS[mark.kind];
  const attributes = attributesToString({ ...staticAttributes(mark), ...geometryAttributes(mark) });
  if (mark.kind === 'text') {
    const content = textPieces(mark.text)
      .map((piece) => (piece.tspan ? `<tspan${attributesToString(piece.tspan)}>${escapeXml(piece.text)}</tspan>` : escapeXml(piece.text)))
      .join('');
    return `<${tag}${attributes}>${content}</${tag}>`;
  }
  return `<${tag}${attributes}/>`;
}

export interface RenderOptions {
  /** Unique on the page: used for the title and description ids. */
  id: string;
  className?: string;
}

export function renderScene(scene: Scene, { id, className }: RenderOptions): string {
  const { width, height } = scene.size;
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const layers = scene.layers
    .map((layer) => `<g data-layer="${escapeXml(layer.id)}">${layer.marks.map(renderMark).join('')}</g>`)
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img"` +
    ` aria-labelledby="${titleId} ${descId}"${className ? ` class="${escapeXml(className)}"` : ''}>` +
    `<title id="${titleId}">${escapeXml(scene.title)}</title>` +
    `<desc id="${descId}">${escapeXml(scene.description)}</desc>` +
    layers +
    `</svg>`
  );
}
