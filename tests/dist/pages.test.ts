/**
 * Facts of every built page that need no browser: its parts for readers and assistive tech, its
 * link-preview tags, its policy, its scripts, the language of its Chinese text and the characters
 * it draws. (The browser visits of tests/e2e/quality.spec.ts check what a page does when it runs.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspProblems } from '../quality/csp';
import { fileForUrlPath, readPage } from '../quality/dist';
import { unmarkedChinese } from '../quality/languageOfParts';
import { chartCodeIn, JS_BUDGET_GZ, NO_CHART_BUDGET_GZ, pageHasCharts, pageScripts, totalGz } from '../quality/jsBudget';
import { $, $$, attr, builtPage, CHAPTER_SLUGS, DIST, PAGES, readText, textOf, type Element } from './built';

describe('every page', () => {
  it('the build produced the cover, every chapter, the sources and the 404 page', () => {
    expect(PAGES).toEqual(expect.arrayContaining(['/', '/sources/', '/404.html', ...CHAPTER_SLUGS.map((slug) => `/chapters/${slug}/`)]));
  });

  it.each(PAGES)('%s has one h1, a title, the language "en" and a description', (path) => {
    const page = builtPage(path);
    expect($$(page, 'h1')).toHaveLength(1);
    expect(readText($(page, 'head > title')).length).toBeGreaterThan(0);
    expect(attr($(page, 'html'), 'lang')).toBe('en');
    expect(attr($(page, 'meta[name="description"]'), 'content')).toBeTruthy();
  });

  it('no page embeds a frame (the accessibility check does not look inside frames)', () => {
    const framed = PAGES.filter((path) => ['iframe', 'frame', 'object', 'embed'].some((tag) => $$(builtPage(path), tag).length > 0));
    expect(framed).toEqual([]);
  });

  it.each(PAGES)('%s carries a strict Content-Security-Policy and no inline handlers', (path) => {
    expect(cspProblems(readPage(DIST, path))).toEqual([]);
  });

  it('every page marks its Chinese text as Chinese (language of parts)', () => {
    expect(PAGES.flatMap((path) => unmarkedChinese(readPage(DIST, path)).map((problem) => `${path}: ${problem}`))).toEqual([]);
  });

  it.each(PAGES)('%s loads at most its JavaScript budget (chapters and charts 30 KB gzipped, other pages 2 KB and no chart client)', (path) => {
    const scripts = pageScripts(DIST, path);
    const hasCharts = pageHasCharts(readPage(DIST, path));
    if (path.startsWith('/chapters/') || hasCharts) {
      expect(totalGz(scripts), scripts.map((script) => `${script.file}: ${script.gz}`).join(', ')).toBeLessThanOrEqual(JS_BUDGET_GZ);
    }
    if (!hasCharts) {
      expect(chartCodeIn(DIST, scripts)).toEqual([]);
      expect(totalGz(scripts)).toBeLessThanOrEqual(NO_CHART_BUDGET_GZ);
    }
  });
});

// A character outside the fonts' ranges is drawn from a system font: another design, and a font
// search that once cost a chapter a long task in mid-scroll (a superscript ⁴ in a step card).
// Chinese (source titles) is meant to come from the reader's system; so, for now, do a few symbols
// that Fontsource's cuts of the two typefaces lack. Anything else is a stray.
const SYSTEM_FONT_TEXT = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef≈≥←→↩]/u;
/** Read, never drawn: scripts, styles, and an SVG's title and description. */
const NOT_DRAWN = new Set(['script', 'style', 'noscript', 'template', 'title', 'desc']);

/** The code point ranges of the page's @font-face rules, from its own styles and the stylesheets it links. */
function fontRanges(path: string): [number, number][] {
  const page = builtPage(path);
  const linked = $$(page, 'link[rel="stylesheet"]').map((link) => readFileSync(fileForUrlPath(DIST, attr(link, 'href')!)!, 'utf8'));
  const css = [...$$(page, 'style').map(textOf), ...linked].join('\n');
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].flatMap(([, body]) => {
    const ranges = /unicode-range\s*:\s*([^;}]+)/i.exec(body!)?.[1] ?? 'U+0-10FFFF';
    return ranges.split(',').map((range) => {
      const [from, to = from] = range.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from!, 16), parseInt(to!, 16)] as [number, number];
    });
  });
}

function drawnText(element: Element): string {
  let text = '';
  for (const child of element.childNodes) {
    if (child.nodeName === '#text' && 'value' in child) text += child.value;
    else if ('tagName' in child && !NOT_DRAWN.has(child.tagName)) text += drawnText(child);
  }
  return text;
}

it.each(PAGES)("every character %s draws is one the site's own fonts draw, or Chinese", (path) => {
  const ranges = fontRanges(path);
  expect(ranges.length).toBeGreaterThan(0);
  const drawn = (point: number) => ranges.some(([from, to]) => point >= from && point <= to);
  // Spaces, and characters no font draws (the word joiner that keeps a term's button on its line: Term.astro).
  const undrawn = /\s|\p{Default_Ignorable_Code_Point}/u;
  const strays = new Set([...drawnText($(builtPage(path), 'body'))].filter((character) => !undrawn.test(character) && !SYSTEM_FONT_TEXT.test(character) && !drawn(character.codePointAt(0)!)));
  expect([...strays]).toEqual([]);
});

describe('link previews', () => {
  const previewed = PAGES.filter((path) => !path.startsWith('/embed/') && path !== '/404.html');
  const PROPERTIES = ['og:title', 'og:description', 'og:type', 'og:url', 'og:image', 'og:image:alt', 'og:site_name'];
  const NAMES = ['twitter:card', 'twitter:title', 'twitter:description', 'twitter:image'];

  it.each(previewed)('%s has complete preview tags and its image is a 1200x630 PNG', (path) => {
    const page = builtPage(path);
    const meta = (selector: string) => attr($(page, selector), 'content');
    const canonical = attr($(page, 'link[rel="canonical"]'), 'href')!;
    expect(canonical).toMatch(/^https:\/\//);
    expect(new URL(canonical).pathname).toBe(path);
    for (const property of PROPERTIES) expect(meta(`meta[property="${property}"]`), property).toBeTruthy();
    for (const name of NAMES) expect(meta(`meta[name="${name}"]`), name).toBeTruthy();
    expect(meta('meta[property="og:url"]')).toBe(canonical);
    const image = new URL(meta('meta[property="og:image"]')!);
    if (path.startsWith('/chapters/')) expect(image.pathname).toBe(`/og/${path.split('/')[2]}.png`);
    const png = readFileSync(join(DIST, image.pathname));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});

describe('sitemap and chapter list', () => {
  it('a sitemap lists every chapter and the corrections log at the configured address, and no embed', () => {
    expect(readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8')).toContain('sitemap-0.xml');
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    for (const slug of CHAPTER_SLUGS) expect(sitemap).toContain(`/chapters/${slug}/</loc>`);
    expect(sitemap).toMatch(/<loc>[^<]*\/corrections\/<\/loc>/);
    expect(sitemap).not.toContain('/embed/');
  });

  it('the cover lists every chapter with a summary and a reading time', () => {
    const items = $$(builtPage('/'), '.chapter-list li');
    expect(items.map((item) => attr($(item, 'a'), 'href'))).toEqual(CHAPTER_SLUGS.map((slug) => `/chapters/${slug}/`));
    for (const item of items) {
      expect(readText($(item, '.chapter-list__summary'))).not.toBe('');
      expect(readText($(item, '.chapter-list__time'))).toMatch(/\d+ min read/);
    }
  });

  it('every page footer links to the corrections log', () => {
    const footers = PAGES.filter((path) => $$(builtPage(path), '.site-footer').length > 0);
    expect(footers).toContain('/');
    for (const path of footers) expect($$(builtPage(path), '.site-footer a[href="/corrections/"]').map(readText), path).toEqual(['Corrections and updates']);
  });
});
