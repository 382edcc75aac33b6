/**
 * The cut fonts (src/fonts/recipe.ts): up to date with their recipe, complete for the site's text,
 * and small enough to stay off the critical path's budget.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { FACES, codePoints, fontsCss, subsetFace, type FaceRecipe } from '../../src/fonts/recipe';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const committed = (face: FaceRecipe) => readFileSync(join(root, 'src/fonts/files', face.file));

/** Every character written anywhere the site's text comes from: chapters, data, guides, UI strings, components. */
function siteCharacters(): Set<number> {
  const points = new Set<number>();
  for (const folder of ['content', 'src']) {
    for (const path of readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })) {
      if (!/\.(mdx?|ya?ml|ts|astro|json)$/.test(path)) continue;
      for (const character of readFileSync(join(root, folder, path), 'utf8')) points.add(character.codePointAt(0)!);
    }
  }
  return points;
}

/** What the whole family can draw: all of Fontsource's files for the face's style (latin, latin-ext, greek, ...). */
function fullFamilyCoverage(face: FaceRecipe): Set<number> {
  const source = require.resolve(face.source);
  const folder = dirname(source);
  const suffix = source.slice(source.lastIndexOf('-wght-'));
  const prefix = source.slice(folder.length + 1).split('-latin-')[0]!;
  const points = new Set<number>();
  for (const file of readdirSync(folder)) {
    if (file.startsWith(`${prefix}-`) && file.endsWith(suffix)) for (const point of codePoints(readFileSync(join(folder, file)))) points.add(point);
  }
  return points;
}

describe('the cut fonts', () => {
  it('are what `npm run fonts` makes from the recipe (run it after changing src/fonts/recipe.ts)', async () => {
    for (const face of FACES) {
      const fresh = await subsetFace(face);
      expect(fresh.equals(committed(face)), `${face.file} is stale`).toBe(true);
    }
    // Cutting three faces takes 4-6 s on a two-core machine, more when it is busy: over Vitest's
    // 5 s default, which made this check fail on load rather than on a stale font.
  }, 60_000);

  it('are declared in src/styles/fonts.css exactly as generated', () => {
    const cuts = new Map(FACES.map((face) => [face, committed(face)] as const));
    expect(readFileSync(join(root, 'src/styles/fonts.css'), 'utf8')).toBe(fontsCss(cuts));
  });

  it('draw every character of the site that the full typeface can draw', () => {
    const used = siteCharacters();
    for (const face of FACES) {
      const family = fullFamilyCoverage(face);
      const cut = codePoints(committed(face));
      const missing = [...used].filter((point) => family.has(point) && !cut.has(point));
      const shown = missing.map((point) => `${String.fromCodePoint(point)} (U+${point.toString(16).toUpperCase()})`);
      expect(shown, `${face.file} lacks characters the site uses: add them to CHARACTERS in src/fonts/recipe.ts and run npm run fonts`).toEqual([]);
    }
  });

  it('keep the two fonts every page preloads under 60 KB together (they were 96 KB uncut)', () => {
    const preloaded = FACES.filter((face) => face.style === 'normal');
    const bytes = preloaded.reduce((sum, face) => sum + committed(face).length, 0);
    expect(preloaded).toHaveLength(2);
    expect(bytes).toBeLessThan(60 * 1024);
  });
});
