/**
 * A chart scene as a self-contained SVG for link-preview images: an image renderer applies no
 * page CSS, so each mark gets its paint from its semantic classes here (the light theme's tokens).
 * Text marks are left out: at thumbnail size the shapes carry the picture, the card's title the words.
 */
import type { Mark, Scene } from '../charts/contract';
import { geometryAttributes, MARK_TAGS } from '../charts/marks';
import { escapeXml } from '../charts/renderScene';

const PALETTE = {
  us: '#0072b2',
  cn: '#d55e00',
  other: '#6b6b76',
  text: '#1c1c21',
  muted: '#8a8a94',
  grid: '#e4e1d8',
  background: '#fdfcf8',
  zone: 'rgba(213, 94, 0, 0.10)',
} as const;

function paint(mark: Mark): Record<string, string | number> {
  const classes = new Set((mark.className ?? '').split(/\s+/).filter(Boolean));
  const has = (name: string) => classes.has(name);
  const color = has('country-us') ? PALETTE.us : has('country-cn') ? PALETTE.cn : PALETTE.other;
  const style: Record<string, string | number> = {};
  if (has('axis-grid')) return { stroke: PALETTE.grid, 'stroke-width': 1, fill: 'none' };
  if (has('axis-domain') || has('axis-tick')) return { stroke: PALETTE.muted, 'stroke-width': 1, fill: 'none' };
  if ([...classes].some((name) => name.endsWith('-zone'))) return { fill: PALETTE.zone, stroke: 'none' };
  if (has('rule-line')) return { stroke: has('rule-line--past') ? PALETTE.muted : PALETTE.text, 'stroke-width': 2.5, fill: 'none' };
  if (has('series-line')) return { stroke: color, 'stroke-width': 3.5, fill: 'none' };
  if (has('chip-ring')) return { fill: 'none', stroke: PALETTE.text, 'stroke-width': 2.5 };
  if (has('is-closed')) Object.assign(style, { fill: PALETTE.background, stroke: color, 'stroke-width': 2.5 });
  else if (mark.kind === 'line' || mark.kind === 'path') Object.assign(style, { stroke: color, 'stroke-width': 2, fill: mark.kind === 'path' && !has('area') ? 'none' : color });
  else Object.assign(style, { fill: color, stroke: color, 'stroke-width': 1 });
  if (has('is-estimate')) style['stroke-dasharray'] = '4 3';
  // Emphasis (is-muted) is left out: a thumbnail shows the whole picture.
  return style;
}

export function paintScene(scene: Scene): string {
  const marks = scene.layers
    .flatMap((layer) => layer.marks)
    .filter((mark) => mark.kind !== 'text')
    .map((mark) => {
      const attributes: Record<string, string | number> = { ...geometryAttributes(mark), ...paint(mark), ...(mark.dash ? { 'stroke-dasharray': mark.dash } : {}) };
      if (mark.opacity !== undefined) attributes.opacity = mark.opacity * Number(attributes.opacity ?? 1);
      const text = Object.entries(attributes)
        .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
        .join('');
      return `<${MARK_TAGS[mark.kind]}${text}/>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${scene.size.width} ${scene.size.height}" width="${scene.size.width}" height="${scene.size.height}">${marks}</svg>`;
}
