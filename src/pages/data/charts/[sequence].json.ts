/** /data/charts/<sequence-id>.json: one chart's data with its caption, columns, sources and date. */
import type { APIRoute } from 'astro';
import { getChart } from '../../../charts/registry';
import { getDataset } from '../../../data/dataset';
import { DATA_LICENCE } from '../../../data/downloads';
import { chartTable } from '../../../site/chartTable';
import { chapterHref } from '../../../data/chapters';
import { getSequences } from '../../../data/sequences';

export async function getStaticPaths() {
  return (await getSequences()).map(({ chapter, sequence }) => ({ params: { sequence: sequence.id }, props: { sequence, chapterId: chapter.id } }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const { sequence, chapterId } = props as { sequence: { id: string; chart: string; caption: string }; chapterId: string };
  const dataset = await getDataset();
  const { table, asOf, sources, estimate } = chartTable(getChart(sequence.chart), dataset);
  const byId = new Map(dataset.sources.map((source) => [source.id, source]));
  const body = {
    chart: sequence.id,
    caption: sequence.caption,
    chapter: new URL(`${chapterHref(chapterId)}#${sequence.id}`, site).href,
    asOf,
    estimate,
    licence: DATA_LICENCE,
    sources: sources.map((id) => {
      const source = byId.get(id)!;
      return { id, title: source.title, publisher: source.publisher, url: source.url, published: source.published };
    }),
    columns: table.columns,
    rows: table.rows,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
