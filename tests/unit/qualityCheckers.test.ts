/**
 * The quality checkers themselves, run on small broken sites written to a temporary folder: each
 * must report the defect it exists to catch (so a gate that silently passes would fail here). The HTML
 * checker is tested where it runs over the built site, in one Java start (tests/dist/htmlValidity.test.ts).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkLinks } from '../quality/links';
import { JS_BUDGET_GZ, pageScripts, totalGz } from '../quality/jsBudget';
import { cspProblems } from '../quality/csp';
import { checkChartStates } from '../quality/chartStates';
import { unmarkedChinese } from '../quality/languageOfParts';
import { findOldWords, formatOldWords } from '../quality/oldWords';

const root = mkdtempSync(join(tmpdir(), 'tt-checkers-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function site(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>T</title>${head}</head><body>${body}</body></html>`;

describe('link checker', () => {
  const dir = site('links', {
    'index.html': page(
      '<a href="/about/">ok</a> <a href="/about/#team">ok</a> <a href="/missing/">broken page</a> <a href="/about/#nobody">broken anchor</a> <a href="#here" id="here">self</a> <a href="http://example.org/">plain http</a> <a rel="external" href="http://example.org/doc">http citation</a> <a href="https://exa mple.org">bad url</a>',
    ),
    'about/index.html': page('<h1 id="team">Team</h1>'),
  });

  it('reports a missing page, a missing fragment, an http link and a malformed URL, and nothing else', () => {
    const problems = checkLinks(dir).map((problem) => `${problem.link}: ${problem.problem}`);
    expect(problems).toEqual([
      '/missing/: no page at /missing/',
      '/about/#nobody: no element with id "nobody" on /about/',
      'http://example.org/: external links must use https (got http:)',
      'https://exa mple.org: is not a well-formed URL',
    ]);
  });
});

describe('chart states checker', () => {
  const states = (steps: string[], narrow = steps) =>
    JSON.stringify({ steps: steps.map((id) => ({ id })), states: { wide: Object.fromEntries(steps.map((id) => [id, {}])), narrow: Object.fromEntries(narrow.map((id) => [id, {}])) } });
  const sequence = (id: string, steps: string[]) =>
    `<section data-scrolly="${id}" data-states="/states/${id}.json">${steps.map((step) => `<div data-step="${step}"></div>`).join('')}</section>`;
  const dir = site('states', {
    'index.html': page(sequence('good', ['a', 'b']) + sequence('reordered', ['a', 'b']) + sequence('missing', ['a']) + sequence('half', ['a', 'b'])),
    'embed/index.html': page('<figure data-embed="good" data-states="/states/good.json" data-shown-step="b"></figure>'),
    'states/good.json': states(['a', 'b']),
    'states/reordered.json': states(['b', 'a']),
    'states/half.json': states(['a', 'b'], ['a']),
  });

  it('reports a missing file, steps out of step with the page, a shape not laid out and an embed drawn elsewhere, and nothing else', () => {
    expect(checkChartStates(dir)).toEqual([
      '/: /states/reordered.json has steps b, a; the page has a, b',
      '/: /states/missing.json is not in the build',
      '/: /states/half.json lays out a in the narrow shape',
      '/embed/: /states/good.json starts at a; the page is drawn at b',
    ]);
  });
});

describe('JavaScript budget', () => {
  const big = Array.from({ length: 12000 }, (_, index) => `export const v${index} = ${Math.sin(index)};`).join('\n');
  const dir = site('js', {
    'index.html': page('<p>hi</p><script type="module" src="/_astro/app.js"></script><script type="application/json">{"not":"code"}</script>'),
    '_astro/app.js': 'import { v1 } from "./big.js"; import("./lazy.js"); console.log(v1);',
    '_astro/big.js': big,
    '_astro/lazy.js': 'export default 1;',
    'plain/index.html': page('<p>no scripts</p>'),
  });

  it('follows imports (static and dynamic) and finds a page over budget', () => {
    const scripts = pageScripts(dir, '/');
    expect(scripts.map((script) => script.file).sort()).toEqual(['/_astro/app.js', '/_astro/big.js', '/_astro/lazy.js']);
    expect(scripts.find((script) => script.file === '/_astro/lazy.js')?.lazy).toBe(true);
    expect(totalGz(scripts)).toBeGreaterThan(JS_BUDGET_GZ);
  });

  it('does not count a lazily imported chunk as loaded with the page', () => {
    const lazyOnly = site('js-lazy', {
      'index.html': page('<script type="module" src="/_astro/app.js"></script>'),
      '_astro/app.js': 'document.body.addEventListener("click", () => import("./big.js"));',
      '_astro/big.js': big,
    });
    const scripts = pageScripts(lazyOnly, '/');
    expect(totalGz(scripts)).toBeLessThan(1024);
    expect(scripts.some((script) => script.lazy && script.gz > JS_BUDGET_GZ)).toBe(true);
  });

  it('counts nothing on a page without scripts', () => {
    expect(pageScripts(dir, '/plain/')).toEqual([]);
  });
});

describe('CSP checker', () => {
  it('accepts a strict policy', () => {
    const strict = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self'; object-src 'none'; base-uri 'self'">`;
    expect(cspProblems(page('<p>ok</p>', strict))).toEqual([]);
  });

  it('reports a missing policy, unsafe sources, third-party origins and inline handlers', () => {
    expect(cspProblems(page('<p>no policy</p>'))).toEqual(['no Content-Security-Policy meta tag']);
    const loose = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.example.com; style-src 'self'; object-src 'none'; base-uri 'self'">`;
    expect(cspProblems(page('<button onclick="go()">Go</button><a href="javascript:void 0">x</a>', loose))).toEqual([
      "script-src allows 'unsafe-inline'",
      'script-src allows https://cdn.example.com',
      'inline event handler onclick on <button>',
      'javascript: URL on <a>',
    ]);
  });
});

describe('language of parts checker', () => {
  it('passes Chinese in an element marked as Chinese, however deep', () => {
    expect(unmarkedChinese(page('<p>Report (<span lang="zh">硅星人</span>)</p><div lang="zh-Hans"><p><b>开源</b></p></div>'))).toEqual([]);
  });

  it('reports Chinese left in the page language, and nothing else', () => {
    expect(unmarkedChinese(page('<p>Plain English.</p><cite>Report (硅星人)</cite><span lang="zh"><span lang="en">开源</span></span>'))).toEqual([
      '"Report (硅星人)" is marked as en',
      '"开源" is marked as en',
    ]);
  });
});

describe('removed words checker', () => {
  const entries = [
    { id: 'h20-charge', oldWords: ['letter cost Nvidia a charge of about', "Nvidia's expected charge"] },
    { id: 'no-words' },
    { id: 'kept-out', oldWords: ['words nobody wrote again'] },
  ];
  const dir = site('old-words', {
    // Split across lines and tags, as a chapter's prose is, with the figure in a component.
    'chapters/chips/index.html': page('<p>Between the two, the H20 licence\n    letter <em>cost</em> Nvidia a charge of <span class="value">about</span> $5.5 billion.</p>'),
    // A curly apostrophe written as an entity, in a quiz answer.
    'chapters/talent/index.html': page('<details><summary>Answer</summary><p>It was Nvidia&rsquo;s   expected charge.</p></details>'),
    // Words read out from an attribute.
    'embed/export-rules/index.html': page('<button aria-label="The letter cost Nvidia a charge of about this much">?</button>'),
    'glossary/index.html': page('<p>Nvidia’s charge, booked later.</p><p>letter cost Nvidia</p><p>a charge of about</p>'),
    // The log itself quotes them, on purpose.
    'corrections/index.html': page('<del>“letter cost Nvidia a charge of about”</del> <del>Nvidia’s expected charge</del>'),
    'data/events.json': JSON.stringify({ records: [{ summary: 'Nvidia\u2019s expected charge was large.' }] }),
    'data/events.csv': 'id,summary\nx,"The H20 ""letter cost Nvidia a charge of about"" that much"\n',
    'data/charts/export-rules.csv': 'id,label\ny,Booked charge\n',
    'states/export-rules.json': JSON.stringify({ steps: [{ id: 'weights-rule', text: 'The letter cost Nvidia a charge of about' }] }),
  });

  it('finds removed words in pages, attributes and downloads, across tags and curly quotes, but not on the corrections log or across separate blocks', () => {
    expect(findOldWords(dir, entries)).toEqual([
      {
        entry: 'h20-charge',
        words: 'letter cost Nvidia a charge of about',
        files: ['chapters/chips/index.html', 'data/events.csv', 'embed/export-rules/index.html', 'states/export-rules.json'],
      },
      { entry: 'h20-charge', words: "Nvidia's expected charge", files: ['chapters/talent/index.html', 'data/events.json'] },
    ]);
  });

  it('names the entry, the words and the files', () => {
    expect(formatOldWords({ entry: 'h20-charge', words: 'a charge of about', files: ['chapters/chips/index.html'] })).toBe(
      'correction "h20-charge": the removed words "a charge of about" are on the site again, in chapters/chips/index.html',
    );
  });

  it('finds nothing when no entry has removed words', () => {
    expect(findOldWords(dir, [{ id: 'no-words' }])).toEqual([]);
  });
});
