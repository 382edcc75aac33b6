/**
 * The site's two typefaces, cut down to what the story uses. Fontsource's "latin" files carry
 * every weight from 100 to 900 and a few hundred glyphs; the pages use weights 400 to 750 and
 * under 200 characters. Every page loads these fonts before its first text settles, so their
 * bytes are on the critical path of every chapter (about 100 KB before, under 60 KB now).
 *
 * `npm run fonts` writes the cut files (src/fonts/files/) and their @font-face rules
 * (src/styles/fonts.css) from this recipe; tests/unit/fonts.test.ts fails when either is stale
 * or when the site's text uses a character the full font has and the cut one lacks.
 * Build-time only (Node): nothing here ships to the browser.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { create } from 'fontkitten';

const require = createRequire(import.meta.url);

export interface FaceRecipe {
  /** The CSS family name (tokens.css uses it). */
  family: string;
  style: 'normal' | 'italic';
  /** The weight axis is cut to this range; CSS asks for weights 400-750 only. */
  weights: readonly [number, number];
  /** Fontsource's file, resolved from node_modules. */
  source: string;
  /** File name under src/fonts/files/ (the layouts preload the two upright ones by this name). */
  file: string;
}

export const FACES: readonly FaceRecipe[] = [
  {
    family: 'Inter Variable',
    style: 'normal',
    weights: [400, 750],
    source: '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
    file: 'inter-latin-400-750.woff2',
  },
  {
    family: 'Source Serif 4 Variable',
    style: 'normal',
    weights: [400, 700],
    source: '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
    file: 'source-serif-4-latin-400-700.woff2',
  },
  {
    family: 'Source Serif 4 Variable',
    style: 'italic',
    weights: [400, 700],
    source: '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2',
    file: 'source-serif-4-latin-italic-400-700.woff2',
  },
];

/** Printable ASCII and Latin-1, then the punctuation and signs English prose and charts use. */
function characters(): string {
  const ranges: [number, number][] = [
    [0x20, 0x7e],
    [0xa0, 0xff],
  ];
  let text = '';
  for (const [from, to] of ranges) for (let code = from; code <= to; code++) text += String.fromCodePoint(code);
  // Dashes, quotes, ellipsis, bullet, primes, single guillemets, thin and narrow no-break spaces,
  // euro, trade mark, minus, and the up and down arrows the latin files include.
  return text + '‐‑‒–—―‘’‚“”„…•′″‹›\u2009\u202f€™−↑↓';
}

export const CHARACTERS = characters();

/** OpenType features kept: kerning, ligatures, tabular figures and the shaping basics. */
const FEATURES = ['kern', 'liga', 'calt', 'tnum', 'ccmp', 'locl', 'mark', 'mkmk'];

/** Name records kept: copyright (0), licence (13) and licence URL (14), as the OFL asks. */
const NAME_IDS = [0, 13, 14];

export function sourceBytes(face: FaceRecipe): Buffer {
  return readFileSync(require.resolve(face.source));
}

/** The code points a font file maps to glyphs (fontkit also lists U+FFFF, which is no character). */
export function codePoints(file: Buffer): Set<number> {
  const font = create(file);
  if (!('characterSet' in font)) throw new Error('Expected a single font, not a collection');
  return new Set(font.characterSet.filter((point) => point < 0xfffe));
}

export async function subsetFace(face: FaceRecipe): Promise<Buffer> {
  return subsetFont(sourceBytes(face), CHARACTERS, {
    targetFormat: 'woff2',
    keepFeatures: FEATURES,
    preserveNameIds: NAME_IDS,
    variationAxes: { wght: { min: face.weights[0], max: face.weights[1] } },
  });
}

/** "U+20-7E,U+A0-FF,...": the ranges a set of code points covers, for unicode-range. */
export function unicodeRange(points: Iterable<number>): string {
  const sorted = [...new Set(points)].filter((point) => point > 0).sort((a, b) => a - b);
  const ranges: string[] = [];
  const hex = (point: number) => point.toString(16).toUpperCase();
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!;
    while (i + 1 < sorted.length && sorted[i + 1] === sorted[i]! + 1) i++;
    ranges.push(start === sorted[i] ? `U+${hex(start)}` : `U+${hex(start)}-${hex(sorted[i]!)}`);
  }
  return ranges.join(',');
}

/** The @font-face rule for a cut file that covers `points`. */
export function fontFaceRule(face: FaceRecipe, points: Iterable<number>): string {
  return [
    '@font-face {',
    `  font-family: '${face.family}';`,
    `  font-style: ${face.style};`,
    `  font-weight: ${face.weights[0]} ${face.weights[1]};`,
    '  font-display: swap;',
    `  src: url('../fonts/files/${face.file}') format('woff2');`,
    `  unicode-range: ${unicodeRange(points)};`,
    '}',
  ].join('\n');
}

/** The whole of src/styles/fonts.css for the given cut files (face -> its bytes). */
export function fontsCss(cuts: ReadonlyMap<FaceRecipe, Buffer>): string {
  const rules = FACES.map((face) => fontFaceRule(face, codePoints(cuts.get(face)!)));
  return ['/* Generated by `npm run fonts` from src/fonts/recipe.ts: edit the recipe, not this file. */', ...rules].join('\n\n') + '\n';
}
