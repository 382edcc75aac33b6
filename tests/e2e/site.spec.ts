/**
 * The site as a whole: every built page answers, is well-formed for readers and assistive tech,
 * stays on its own origin and logs nothing; chapters chain in order; citations resolve.
 */
import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { readDataset } from '../../src/data/readDataset';
import { CHAPTER_SLUGS, builtPages, watchPage } from './helpers';

const pages = builtPages();

test('the build produced the cover, every chapter, the sources and the 404 page', () => {
  for (const path of ['/', '/sources/', '/404.html', ...CHAPTER_SLUGS.map((slug) => `/chapters/${slug}/`)]) {
    expect(pages).toContain(path);
  }
});

for (const path of pages) {
  test(`${path} is served, has one h1, a title, a language, and logs no errors`, async ({ page }) => {
    const watcher = watchPage(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    expect((await page.title()).trim().length).toBeGreaterThan(0);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getAttribute('meta[name="description"]', 'content')).toBeTruthy();
    await page.waitForLoadState('networkidle');
    watcher.assertClean();
  });
}

test('an unknown address gets the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
});

test('the chapter links lead through all seven chapters in order', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /Start reading/ }).click();
  const visited: string[] = [];
  let left = '/';
  for (;;) {
    // The new page, parsed to its end (the link to the next chapter comes last), before counting links.
    await page.waitForURL((url) => url.pathname !== left);
    await page.waitForLoadState('domcontentloaded');
    left = new URL(page.url()).pathname;
    visited.push(left);
    const next = page.locator('a[rel="next"]');
    if ((await next.count()) === 0) break;
    await next.click();
  }
  expect(visited).toEqual(CHAPTER_SLUGS.map((slug) => `/chapters/${slug}/`));
  // And back again from the last one.
  await page.locator('a[rel="prev"]').click();
  await expect(page).toHaveURL(/\/chapters\/talent\/$/);
});

test('the cover lists every chapter with a summary and a reading time', async ({ page }) => {
  await page.goto('/');
  const items = page.locator('.chapter-list li');
  await expect(items).toHaveCount(CHAPTER_SLUGS.length);
  for (let index = 0; index < CHAPTER_SLUGS.length; index++) {
    await expect(items.nth(index).locator('a')).toHaveAttribute('href', `/chapters/${CHAPTER_SLUGS[index]}/`);
    await expect(items.nth(index).locator('.chapter-list__summary')).not.toBeEmpty();
    await expect(items.nth(index).locator('.chapter-list__time')).toHaveText(/\d+ min read/);
  }
});

// A title in the source's own language is marked with it, and every link says the language of
// what it leads to (screen readers pick their voice from it; src/i18n/languages.ts).
test('the bibliography marks the language of each title and each linked source', async ({ page }) => {
  const dataset = readDataset(fileURLToPath(new URL('../..', import.meta.url)));
  await page.goto('/sources/');
  const inOtherLanguages = dataset.sources.filter((source) => source.language);
  expect(inOtherLanguages.length).toBeGreaterThan(0);
  for (const source of inOtherLanguages) {
    const entry = page.locator(`[id="${source.id}"]`);
    await expect(entry.locator('a[rel="external"]'), source.id).toHaveAttribute('hreflang', source.language!);
    if (source.titleLanguage) await expect(entry.locator(`cite > span[lang="${source.titleLanguage}"]`), source.id).toHaveText(source.title);
  }
});

test('the bibliography says what kind each source is, which records are copies of whose work, and which copy was read', async ({ page }) => {
  const dataset = readDataset(fileURLToPath(new URL('../..', import.meta.url)));
  const kinds = { government: 'Government', company: 'Company', research: 'Research', press: 'Press', dataset: 'Dataset' };
  await page.goto('/sources/');
  const lines = await page.locator('[data-source-id] [data-source-reading]').evaluateAll((elements) =>
    Object.fromEntries(elements.map((element) => [element.closest('[data-source-id]')!.getAttribute('data-source-id')!, element.textContent!.replace(/\s+/g, ' ').trim()])),
  );
  for (const source of dataset.sources) {
    const expected = [`${kinds[source.kind]}.`, source.copyOf && `Copy of ${source.copyOf}.`, source.via && `Read in: ${source.via}.`].filter(Boolean).join(' ');
    expect(lines[source.id], source.id).toBe(expected.replace(/\s+/g, ' '));
  }
});

// The cover's picture is a step of a chapter's chart, drawn at build time (content/cover.mdx).
test("the cover's chart is drawn without JavaScript, and leads to its step and to its data table", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto('/');
  const figure = page.locator('.cover-figure');
  const chart = figure.locator('.scrolly__svg:visible svg[role="img"]');
  await expect(chart).toHaveCount(1);
  await expect(chart.locator('rect').first()).toBeAttached();
  // Named by its title and described by the state it shows.
  expect(await chart.evaluate((svg) => svg.getAttribute('aria-labelledby')!.split(' ').map((id) => document.getElementById(id)?.textContent?.trim() ?? ''))).toEqual([
    expect.stringMatching(/\w/),
    expect.stringMatching(/\w.{20}/),
  ]);
  const [stepLink, tableLink] = await figure.locator('.cover-figure__links a').all();
  const step = new URL((await stepLink!.getAttribute('href'))!, page.url()).hash.slice(1);
  await stepLink!.click();
  await expect(page.locator(`[id="${step}"][data-step]`)).toBeAttached();
  await page.goBack();
  await tableLink!.click();
  const table = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`table[id="${table}"] tbody tr`).first()).toBeAttached();
  await context.close();
});

for (const slug of CHAPTER_SLUGS) {
  test(`every source cited in ${slug} is listed and links to its bibliography entry`, async ({ page, request }) => {
    await page.goto(`/chapters/${slug}/`);
    const citedIds = await page.locator('sup.cite a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!.replace('#note-', '')));
    for (const id of citedIds) {
      await expect(page.locator(`#note-${id}`), `note for ${id}`).toHaveCount(1);
    }
    const listed = await page.locator('.chapter-sources li').evaluateAll((items) =>
      items.map((item) => ({ id: item.getAttribute('data-source-id')!, entry: item.querySelector('a.chapter-sources__entry')!.getAttribute('href')! })),
    );
    expect(listed.map((note) => note.id)).toEqual(expect.arrayContaining([...new Set(citedIds)]));
    const bibliography = await (await request.get('/sources/')).text();
    for (const note of listed) {
      expect(note.entry).toBe(`/sources/#${note.id}`);
      expect(bibliography, `bibliography entry ${note.id}`).toContain(`id="${note.id}"`);
    }
  });
}

test('a citation mark jumps to its note and the note leads back to the text', async ({ page }) => {
  await page.goto('/chapters/chips/');
  const first = page.locator('sup.cite a').first();
  const href = await first.getAttribute('href');
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator(`${href}`)).toBeInViewport();
  await page.locator(`${href} a.chapter-sources__back`).click();
  await expect(page.locator('sup.cite a').first()).toBeInViewport();
});

// A character outside the fonts' ranges is drawn from a system font: another design, and a font
// search that once cost a chapter a long task in mid-scroll (a superscript ⁴ in a step card).
// Chinese (source titles) is meant to come from the reader's system; so, for now, do a few symbols
// that Fontsource's cuts of the two typefaces lack. Anything else is a stray.
const SYSTEM_FONT_TEXT = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef≈≥←→↩]/u;

test('every character a page draws is one the site\'s own fonts draw, or Chinese', async ({ page }) => {
  test.setTimeout(90_000);
  for (const path of builtPages()) {
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    const strays = await page.evaluate((systemFontText) => {
      const allowed = new RegExp(systemFontText, 'u');
      const ranges = [...document.fonts].flatMap((face) =>
        face.unicodeRange.split(',').map((range) => {
          const [from, to = from] = range.trim().replace(/^U\+/i, '').split('-');
          return [parseInt(from!, 16), parseInt(to!, 16)] as const;
        }),
      );
      const drawn = (point: number) => ranges.some(([from, to]) => point >= from && point <= to);
      const found = new Set<string>();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
        // Read, never drawn: scripts, styles, and an SVG's title and description.
        acceptNode: (node) => (node.parentElement?.closest('script, style, noscript, template, title, desc') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const character of node.textContent ?? '') {
          if (!/\s/u.test(character) && !allowed.test(character) && !drawn(character.codePointAt(0)!)) found.add(character);
        }
      }
      return [...found];
    }, SYSTEM_FONT_TEXT.source);
    expect(strays, `${path} draws characters the fonts lack`).toEqual([]);
  }
});
