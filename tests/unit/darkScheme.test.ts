/**
 * The dark scheme recolours and does nothing else: one media block in tokens.css that sets colour
 * tokens. The quality gate relies on it (it runs only the colour rules of axe again in the dark).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../../src', import.meta.url));
const DARK = /@media[^{]*prefers-color-scheme:\s*dark[^{]*\{/g;

/** The text between the braces that open at `start` and their match. */
function block(css: string, start: number): string {
  let depth = 0;
  for (let index = start; index < css.length; index++) {
    if (css[index] === '{') depth++;
    if (css[index] === '}' && --depth === 0) return css.slice(start + 1, index);
  }
  throw new Error('unbalanced braces');
}

describe('the dark scheme', () => {
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((path) => /\.(css|astro)$/.test(path));
  const withDark = files.filter((path) => new RegExp(DARK.source).test(readFileSync(join(src, path), 'utf8')));

  it('lives in one place, src/styles/tokens.css', () => {
    expect(withDark).toEqual([join('styles', 'tokens.css')]);
  });

  it('sets only --color-* tokens', () => {
    const css = readFileSync(join(src, 'styles', 'tokens.css'), 'utf8');
    const declarations: string[] = [];
    for (const match of css.matchAll(DARK)) {
      const inner = block(css, match.index + match[0].length - 1);
      for (const rule of inner.matchAll(/\{([^}]*)\}/g)) declarations.push(...rule[1]!.split(';').map((part) => part.trim()).filter(Boolean));
    }
    expect(declarations.length).toBeGreaterThan(5);
    expect(declarations.filter((declaration) => !/^--color-[a-z-]+\s*:/.test(declaration))).toEqual([]);
  });
});
