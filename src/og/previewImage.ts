/**
 * Link-preview images (1200x630 PNG) drawn at build time with satori (layout and text, from local
 * font files) and resvg (rasterising). Nothing is fetched: the fonts come from node_modules.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';

export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

const require = createRequire(import.meta.url);
const font = (file: string) => readFileSync(require.resolve(`@fontsource/inter/files/${file}`));
const FONTS = [
  { name: 'Inter', data: font('inter-latin-400-normal.woff'), weight: 400 as const, style: 'normal' as const },
  { name: 'Inter', data: font('inter-latin-700-normal.woff'), weight: 700 as const, style: 'normal' as const },
];

interface Element {
  type: string;
  props: Record<string, unknown> & { children?: unknown };
}

const h = (type: string, style: Record<string, unknown>, children?: unknown, extra: Record<string, unknown> = {}): Element => ({
  type,
  props: { style, ...extra, ...(children === undefined ? {} : { children }) },
});

export interface PreviewContent {
  kicker: string;
  title: string;
  summary: string;
  siteName: string;
  /** A self-contained SVG of the chapter's main chart (see paintScene.ts), if it has one. */
  chartSvg?: string | undefined;
}

export async function renderPreviewImage(content: PreviewContent): Promise<ArrayBuffer> {
  const text = h(
    'div',
    { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', width: content.chartSvg ? 560 : 1040, height: '100%' },
    [
      h('div', { display: 'flex', flexDirection: 'column' }, [
        h('div', { fontSize: 26, fontWeight: 700, color: '#8a3b12', letterSpacing: 2, textTransform: 'uppercase' }, content.kicker),
        h('div', { fontSize: content.title.length > 40 ? 54 : 64, fontWeight: 700, color: '#1c1c21', lineHeight: 1.1, marginTop: 18 }, content.title),
        h('div', { fontSize: 28, color: '#3d3d46', lineHeight: 1.35, marginTop: 24 }, content.summary),
      ]),
      h('div', { display: 'flex', fontSize: 26, fontWeight: 700, color: '#1c1c21', borderTop: '4px solid #8a3b12', paddingTop: 16 }, content.siteName),
    ],
  );
  const children: Element[] = [text];
  if (content.chartSvg) {
    children.push(
      h('img', { width: 540, height: 405, objectFit: 'contain' }, undefined, {
        src: `data:image/svg+xml;base64,${Buffer.from(content.chartSvg).toString('base64')}`,
        width: 540,
        height: 405,
      }),
    );
  }
  const root = h(
    'div',
    { display: 'flex', alignItems: 'center', justifyContent: 'space-between', width: '100%', height: '100%', padding: '56px 64px', backgroundColor: '#fdfcf8', fontFamily: 'Inter' },
    children,
  );
  const svg = await satori(root as unknown as Parameters<typeof satori>[0], { ...PREVIEW_SIZE, fonts: FONTS });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: PREVIEW_SIZE.width }, font: { loadSystemFonts: false } }).render().asPng();
  return png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer;
}
