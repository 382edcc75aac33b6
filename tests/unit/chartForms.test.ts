/**
 * The chapter standard: across the site, no two chapters lead with the same chart form. A
 * chapter's main sequence is its first <Scrolly> (the one its link-preview image draws).
 */
import { describe, expect, it } from 'vitest';
import { getChart } from '../../src/charts/registry';
import { readChapters } from './chapterText';

const mainCharts = readChapters().map(({ slug, body }) => {
  const chart = /<Scrolly\b[^>]*\bchart="([^"]+)"/.exec(body)?.[1];
  return { slug, chart };
});

describe('main sequences', () => {
  it('every chapter has one', () => {
    expect(mainCharts.filter(({ chart }) => !chart).map(({ slug }) => slug)).toEqual([]);
  });

  it('no two chapters lead with the same chart form', () => {
    const byForm = new Map<string, string[]>();
    for (const { slug, chart } of mainCharts) {
      const form = getChart(chart!).form;
      byForm.set(form, [...(byForm.get(form) ?? []), `${slug} (${chart})`]);
    }
    const shared = [...byForm.entries()].filter(([, chapters]) => chapters.length > 1).map(([form, chapters]) => `${form}: ${chapters.join(', ')}`);
    expect(shared).toEqual([]);
  });
});
