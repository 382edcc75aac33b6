/**
 * The sources a chapter page lists: first those its prose cites (numbered in reading order by
 * the remark plugin), then those behind its charts that the prose did not cite. Every id is
 * checked, so a citation of a source the dataset does not hold stops the build. It asks each chart
 * for its sources, so it sits above both the data and the charts.
 */
import { getChart } from '../charts/registry';
import type { Dataset, Source } from '../data/schema';

export interface ChapterNote {
  number: number;
  source: Source;
  /** Cited in the prose (has a back-link), or only behind a chart. */
  citedInText: boolean;
}

export function chapterNotes(options: { chapterFile: string; citations: string[]; charts: string[]; dataset: Dataset }): ChapterNote[] {
  const { chapterFile, citations, charts, dataset } = options;
  const byId = new Map(dataset.sources.map((source) => [source.id, source]));
  const notes: ChapterNote[] = citations.map((id, index) => {
    const source = byId.get(id);
    if (!source) throw new Error(`${chapterFile} cites source "${id}", which content/data/sources does not hold.`);
    return { number: index + 1, source, citedInText: true };
  });
  const listed = new Set(citations);
  for (const name of charts) {
    const chart = getChart(name);
    for (const id of chart.sources(chart.select(dataset))) {
      if (listed.has(id)) continue;
      const source = byId.get(id);
      if (!source) throw new Error(`Chart ${name} (in ${chapterFile}) cites source "${id}", which content/data/sources does not hold.`);
      listed.add(id);
      notes.push({ number: notes.length + 1, source, citedInText: false });
    }
  }
  return notes;
}
