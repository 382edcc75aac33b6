/**
 * The data a reader can take away, as built: one CSV and one JSON file per collection and per
 * chart, each readable and complete, and each chart's states file holding the steps its page shows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/data/readDataset';
import { checkChartStates } from '../quality/chartStates';
import { parseCsv } from '../quality/csv';
import { $$, attr, builtPage, DIST, ROOT } from './built';

const dataset = readDataset(ROOT);
const download = (path: string) => readFileSync(join(DIST, path), 'utf8');

describe('data downloads', () => {
  const expected: Record<string, number> = {
    sources: dataset.sources.length,
    events: dataset.events.length,
    models: dataset.models.length,
    chips: dataset.chips.length,
    series: dataset.series.reduce((sum, series) => sum + series.points.length, 0),
    glossary: dataset.glossary.length,
  };

  it.each(Object.entries(expected))('/data/%s.csv parses and has one row per record (%i), and its JSON matches', (collection, count) => {
    const [header, ...records] = parseCsv(download(`data/${collection}.csv`));
    expect(records).toHaveLength(count);
    expect(header).toContain(collection === 'series' ? 'series' : 'id');
    for (const record of records) expect(record).toHaveLength(header!.length);
    const json = JSON.parse(download(`data/${collection}.json`));
    expect(json.records.length).toBe(collection === 'series' ? dataset.series.length : count);
    expect(json.licence).toContain('CC BY 4.0');
  });

  it('each chart has CSV and JSON data with its "as of" date and sources', () => {
    const chartLinks = $$(builtPage('/data/'), '.data-page__charts a[href$=".csv"]').map((link) => attr(link, 'href')!);
    expect(chartLinks.length).toBeGreaterThan(0);
    for (const href of chartLinks) {
      const rows = parseCsv(download(href));
      expect(rows[0], href).toEqual(expect.arrayContaining(['as_of', 'sources']));
      expect(rows.length, href).toBeGreaterThan(1);
      const json = JSON.parse(download(href.replace(/\.csv$/, '.json')));
      expect(json.rows.length, href).toBe(rows.length - 1);
      expect(json.asOf, href).toMatch(/^\d{4}/);
      expect(json.sources.length, href).toBeGreaterThan(0);
      for (const source of json.sources) expect(source.url, href).toMatch(/^https?:\/\//);
    }
  });

  it('the chapter links each figure to its data', () => {
    expect($$(builtPage('/chapters/chips/'), '[data-scrolly="chip-thresholds"] .chart-footer__downloads a[href="/data/charts/chip-thresholds.csv"]')).toHaveLength(1);
  });
});

it("every chart's states file is built and holds the steps its page shows, in both shapes", () => {
  expect(checkChartStates(DIST)).toEqual([]);
});
