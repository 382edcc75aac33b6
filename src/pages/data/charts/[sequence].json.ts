/** /data/charts/<sequence-id>.json: one chart's data with its caption, columns, sources and date. */
import type { APIRoute } from 'astro';
import { chapterHref } from '../../../data/chapters';
import { getSourcesById } from '../../../data/dataset';
import { getStory } from '../../../story/story';
import { getBuiltSequence, getChartDownload } from '../../../story/sequences';
import { t } from '../../../i18n/strings';

export async function getStaticPaths() {
  return (await getStory()).sequences.map(({ definition }) => ({ params: { sequence: definition.id } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const sequence = await getBuiltSequence(params.sequence!);
  const { table, asOf, sources, estimate } = await getChartDownload(sequence.id);
  const byId = await getSourcesById();
  const body = {
    chart: sequence.id,
    caption: sequence.caption,
    chapter: new URL(`${chapterHref(sequence.chapter.id)}#${sequence.id}`, site).href,
    asOf,
    estimate,
    licence: t('data.licenceText'),
    sources: sources.map((id) => {
      const source = byId.get(id)!;
      return { id, title: source.title, publisher: source.publisher, url: source.url, published: source.published };
    }),
    columns: table.columns,
    rows: table.rows,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
