/**
 * The data layer is the bottom of the stack: charts, the story model and the interface's strings
 * build on it, and pages on all of them. So a file under src/data imports nothing from src outside
 * src/data (packages, node: and astro: modules are fine); a dependency the other way round would
 * tie the dataset to how it is drawn or told. Imports are read with the TypeScript parser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SRC = join(ROOT, 'src');
const DATA = join(SRC, 'data');

/** Every module a file names: imports (type-only too), re-exports, dynamic imports and require(). */
function importedModules(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((file) => file.fileName);
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|js|mjs|astro)$/.test(entry.name) ? [path] : [];
  });
}

/** The imports of `file` that reach into src outside src/data, as "specifier (resolved path)". */
function importsAboveData(file: string): string[] {
  return importedModules(readFileSync(file, 'utf8'))
    .filter((specifier) => specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('src/'))
    .map((specifier) => ({ specifier, target: specifier.startsWith('src/') ? join(ROOT, specifier) : resolve(dirname(file), specifier) }))
    .filter(({ target }) => target.startsWith(SRC + sep) && !target.startsWith(DATA + sep))
    .map(({ specifier, target }) => `${specifier} (${relative(ROOT, target)})`);
}

describe('layers', () => {
  it('read every kind of import, type-only and re-exports included', () => {
    const text = [
      "import type { A } from '../charts/contract';",
      "import { b } from './schema';",
      "export { c } from '../i18n/format';",
      "export * from '../mdx/remarkChapterMeta';",
      "const d = await import('../story/model');",
    ].join('\n');
    expect(importedModules(text)).toEqual(['../charts/contract', './schema', '../i18n/format', '../mdx/remarkChapterMeta', '../story/model']);
  });

  it('keep the data at the bottom: no file under src/data imports from charts, scrolly, components, pages, mdx, story, i18n or any other part of src', () => {
    const files = sourceFiles(DATA);
    expect(files.length).toBeGreaterThan(10);
    const upward = files.flatMap((file) => importsAboveData(file).map((found) => `${relative(ROOT, file)} imports ${found}`));
    expect(upward, 'src/data must not depend on the layers built on it: move the code that needs them up, next to what it needs').toEqual([]);
  });
});
