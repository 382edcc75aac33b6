/**
 * Linking and sharing: link previews, step links, embeds, data downloads and citations.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtPages, CHAPTER_SLUGS, DIST, watchPage } from './helpers';
import { readDataset } from '../../src/data/readDataset';

const ROOT = new URL('../..', import.meta.url).pathname;
const dataset = readDataset(ROOT);
const pages = builtPages().filter((path) => !path.startsWith('/embed/') && path !== '/404.html');

/** Minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index++;
    } else field += char;
  }
  if (quoted) throw new Error('unterminated quote');
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

test.describe('link previews', () => {
  for (const path of pages) {
    test(`${path} has complete preview tags and its image is 1200x630`, async ({ page, request }) => {
      await page.goto(path);
      const meta = async (selector: string) => page.locator(selector).getAttribute('content');
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(canonical).toMatch(/^https:\/\//);
      expect(new URL(canonical!).pathname).toBe(path);
      for (const property of ['og:title', 'og:description', 'og:type', 'og:url', 'og:image', 'og:image:alt', 'og:site_name']) {
        expect(await meta(`meta[property="${property}"]`), property).toBeTruthy();
      }
      for (const name of ['twitter:card', 'twitter:title', 'twitter:description', 'twitter:image']) {
        expect(await meta(`meta[name="${name}"]`), name).toBeTruthy();
      }
      expect(await meta('meta[property="og:url"]')).toBe(canonical);
      const image = new URL((await meta('meta[property="og:image"]'))!);
      if (path.startsWith('/chapters/')) expect(image.pathname).toBe(`/og/${path.split('/')[2]}.png`);
      const response = await request.get(image.pathname);
      expect(response.status()).toBe(200);
      const png = await response.body();
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    });
  }
});

test('a sitemap lists every chapter at the configured address', async ({ request }) => {
  const index = await (await request.get('/sitemap-index.xml')).text();
  expect(index).toContain('sitemap-0.xml');
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  for (const slug of CHAPTER_SLUGS) expect(sitemap).toContain(`/chapters/${slug}/</loc>`);
  expect(sitemap).not.toContain('/embed/');
});

test('"Link to this step" copies a URL that restores the step', async ({ page, context, browserName }) => {
  test.skip(browserName !== 'chromium');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/chapters/chips/#oct-2023');
  const link = page.locator('#oct-2023 a[data-copy-link]');
  await link.click();
  await expect(page.locator('#oct-2023 [data-copy-status]')).toHaveText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\/chapters\/chips\/#oct-2023$/);
  const fresh = await context.newPage();
  await fresh.goto(new URL(copied).pathname + new URL(copied).hash);
  await expect(fresh.locator('[data-scrolly="chip-thresholds"]')).toHaveAttribute('data-active-step', 'oct-2023');
  await expect(fresh.locator('[data-scrolly="chip-thresholds"] [data-graphic]')).toHaveAttribute('data-state', 'oct-2023');
});

test('where copying is refused, the step link shows its URL selected to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
  });
  await page.goto('/chapters/chips/#h20');
  await page.locator('#h20 a[data-copy-link]').click();
  const field = page.locator('#h20 input[data-copy-fallback]');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(/\/chapters\/chips\/#h20$/);
});

test.describe('embeds', () => {
  const embeds = builtPages().filter((path) => path.startsWith('/embed/'));

  test('every sequence has an embed page', () => {
    expect(embeds).toContain('/embed/chip-thresholds/');
  });

  for (const path of embeds) {
    test(`${path} renders its chart alone, with caption, source and a link back, and no errors`, async ({ page }) => {
      const watcher = watchPage(page);
      await page.goto(path);
      await expect(page.locator('.site-header')).toHaveCount(0);
      await expect(page.locator('figure[data-embed] .scrolly__svg:visible svg')).toBeVisible();
      expect(await page.locator('figure[data-embed] .scrolly__svg:visible svg [data-key]').count()).toBeGreaterThan(3);
      await expect(page.locator('figcaption')).not.toBeEmpty();
      await expect(page.locator('.chart-footer__source')).toContainText('Source');
      await expect(page.locator('.embed__credit a')).toHaveAttribute('href', /\/chapters\/[a-z-]+\/#/);
      await page.waitForLoadState('networkidle');
      watcher.assertClean();
    });
  }

  test('?step= opens an embed at that step', async ({ page }) => {
    await page.goto('/embed/chip-thresholds/?step=apr-2025');
    await expect(page.locator('figure[data-embed]')).toHaveAttribute('data-state', 'apr-2025');
    await expect(page.locator('figure[data-embed] .scrolly__svg:visible [data-key="chip-nvidia-h20"]')).toHaveClass(/is-controlled/);
  });

  test('each chart offers its embed code, pointing at its embed page', async ({ page }) => {
    await page.goto('/chapters/chips/');
    await page.locator('[data-scrolly="chip-thresholds"] .chart-footer__embed summary').click();
    await expect(page.locator('[data-scrolly="chip-thresholds"] textarea[data-embed-code]')).toHaveValue(/<iframe src="https:\/\/[^"]+\/embed\/chip-thresholds\/"/);
  });
});

test.describe('data downloads', () => {
  const expected: Record<string, number> = {
    sources: dataset.sources.length,
    events: dataset.events.length,
    models: dataset.models.length,
    chips: dataset.chips.length,
    series: dataset.series.reduce((sum, series) => sum + series.points.length, 0),
    glossary: dataset.glossary.length,
  };

  for (const [collection, count] of Object.entries(expected)) {
    test(`/data/${collection}.csv parses and has one row per record (${count})`, async ({ request }) => {
      const rows = parseCsv(await (await request.get(`/data/${collection}.csv`)).text());
      const [header, ...records] = rows;
      expect(records).toHaveLength(count);
      expect(header).toContain(collection === 'series' ? 'series' : 'id');
      for (const record of records) expect(record).toHaveLength(header!.length);
      const json = await (await request.get(`/data/${collection}.json`)).json();
      expect(json.records.length).toBe(collection === 'series' ? dataset.series.length : count);
      expect(json.licence).toContain('CC BY 4.0');
    });
  }

  test('each chart has CSV and JSON data with its "as of" date and sources', async ({ page, request }) => {
    await page.goto('/data/');
    const chartLinks = await page.locator('.data-page__charts a[href$=".csv"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(chartLinks.length).toBeGreaterThan(0);
    for (const href of chartLinks) {
      const rows = parseCsv(await (await request.get(href)).text());
      expect(rows[0]).toEqual(expect.arrayContaining(['as_of', 'sources']));
      expect(rows.length).toBeGreaterThan(1);
      const json = await (await request.get(href.replace(/\.csv$/, '.json'))).json();
      expect(json.rows.length).toBe(rows.length - 1);
      expect(json.asOf).toMatch(/^\d{4}/);
      expect(json.sources.length).toBeGreaterThan(0);
      for (const source of json.sources) expect(source.url).toMatch(/^https?:\/\//);
    }
  });

  test('the chapter links each figure to its data', async ({ page }) => {
    await page.goto('/chapters/chips/');
    await expect(page.locator('[data-scrolly="chip-thresholds"] .chart-footer__downloads a[href="/data/charts/chip-thresholds.csv"]')).toHaveCount(1);
  });
});

for (const slug of CHAPTER_SLUGS) {
  test(`"Cite this chapter" for ${slug} names its title and canonical URL`, async ({ page }) => {
    await page.goto(`/chapters/${slug}/`);
    const title = (await page.locator('h1').textContent())!.trim();
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
    await page.locator('.cite-this summary').click();
    for (const format of ['apa', 'mla', 'bibtex']) {
      const text = (await page.locator(`[data-citation="${format}"]`).textContent())!;
      expect(text.toLowerCase(), format).toContain(title.toLowerCase());
      expect(text, format).toContain(format === 'mla' ? canonical.replace(/^https:\/\//, '') : canonical);
    }
  });
}

test('JSON downloads are valid JSON files in dist', () => {
  for (const name of ['sources', 'series']) expect(() => JSON.parse(readFileSync(`${DIST}/data/${name}.json`, 'utf8'))).not.toThrow();
});
