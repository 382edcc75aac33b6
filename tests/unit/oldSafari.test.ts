/**
 * The Safari 15.4 checkers (tests/quality/oldSafari.ts) find what that browser drops, and pass
 * what it reads: the built site is held to them in tests/dist/oldSafari.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtAssets, cssRules, oldSafariCssProblems, oldSafariScriptProblems } from '../quality/oldSafari';

describe('CSS Safari 15.4 cannot read', () => {
  it('finds media range syntax, as the minifier writes it, and passes min-width and max-width', () => {
    expect(oldSafariCssProblems('@media (width<=767.98px){.a{color:red}}@media (768px<=width){.b{color:red}}')).toHaveLength(2);
    expect(oldSafariCssProblems('@media screen and (width >= 48em) and (orientation: portrait){.a{color:red}}')).toHaveLength(1);
    expect(oldSafariCssProblems('@media (max-width:767.98px){.a{color:red}}@media screen and (min-width:768px) and (prefers-color-scheme:dark){.b{color:red}}')).toEqual([]);
  });

  it('finds color-mix() unless an @supports block guards it', () => {
    expect(oldSafariCssProblems('.card{background:color-mix(in srgb,var(--c) 96%,transparent)}')).toHaveLength(1);
    expect(oldSafariCssProblems('@media (max-width:767.98px){.card{background:var(--c);background:color-mix(in srgb,var(--c) 96%,transparent)}}')).toHaveLength(1);
    expect(oldSafariCssProblems('@media (max-width:767.98px){@supports (color:color-mix(in srgb,red,blue)){.card{background:color-mix(in srgb,var(--c) 96%,transparent)}}}')).toEqual([]);
  });

  it('finds nesting, container queries and a selector list an unknown pseudo-class would drop', () => {
    expect(oldSafariCssProblems('.a{color:red;.b{color:blue}}')).toEqual(['nested style rule (Safari 16.5): .b']);
    expect(oldSafariCssProblems('@container (min-width:30em){.a{color:red}}')).toHaveLength(1);
    expect(oldSafariCssProblems('.pop:popover-open,.other{display:block}')).toHaveLength(1);
    expect(oldSafariCssProblems('.pop:popover-open{display:block}@supports selector(:popover-open){.button{display:inline-grid}}')).toEqual([]);
  });

  it('reads keyframes, strings and comments without taking them for rules', () => {
    expect(oldSafariCssProblems('@keyframes spin{from{opacity:0}to{opacity:1}}/* width<=1px { */.a::before{content:"}{"}')).toEqual([]);
    expect(cssRules('@media print{.a{color:red}}').map((rule) => [rule.prelude, rule.ancestors])).toEqual([
      ['@media print', []],
      ['.a', ['@media print']],
    ]);
  });
});

describe('script features Safari 15.4 lacks', () => {
  it('finds them, and passes what 15.4 has', () => {
    expect(oldSafariScriptProblems('class A{static{init()}}')).toHaveLength(1);
    expect(oldSafariScriptProblems('const s=items.toSorted((a,b)=>a-b);/(?<=\\$)\\d+/.test(x)')).toHaveLength(2);
    expect(oldSafariScriptProblems('const last=list.at(-1);Object.hasOwn(o,"k");structuredClone(o);"onscrollend"in window')).toEqual([]);
  });
});

describe('built assets', () => {
  it('collects each page style once, and the stylesheet and script files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tt-old-safari-'));
    try {
      mkdirSync(join(dir, 'a'));
      const style = '<style>.a{color:red}</style>';
      writeFileSync(join(dir, 'index.html'), `<html><head>${style}</head></html>`);
      writeFileSync(join(dir, 'a', 'index.html'), `<html><head>${style}<style>.b{color:red}</style></head></html>`);
      writeFileSync(join(dir, 'a', 'site.css'), '.c{color:red}');
      writeFileSync(join(dir, 'a', 'app.js'), 'export {}');
      const { css, scripts } = builtAssets(dir);
      expect([...css.values()].sort()).toEqual(['.a{color:red}', '.b{color:red}', '.c{color:red}']);
      expect([...scripts.values()]).toEqual(['export {}']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
