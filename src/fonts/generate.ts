/**
 * `npm run fonts`: writes the cut font files and src/styles/fonts.css from ./recipe.ts.
 * Run it after changing the recipe; the unit tests say when it is due.
 */
import { writeFileSync } from 'node:fs';
import { FACES, fontsCss, subsetFace, sourceBytes, type FaceRecipe } from './recipe.ts';

const cuts = new Map<FaceRecipe, Buffer>();
for (const face of FACES) {
  const cut = await subsetFace(face);
  cuts.set(face, cut);
  writeFileSync(new URL(`./files/${face.file}`, import.meta.url), cut);
  console.log(`${face.file}: ${(sourceBytes(face).length / 1024).toFixed(1)} KB -> ${(cut.length / 1024).toFixed(1)} KB`);
}
writeFileSync(new URL('../styles/fonts.css', import.meta.url), fontsCss(cuts));
console.log('src/styles/fonts.css written');
