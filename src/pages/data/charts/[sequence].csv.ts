/** /data/charts/<sequence-id>.csv: the data behind one chart, with its "as of" date and sources. */
import type { APIRoute } from 'astro';
import { toCsv } from '../../../data/csv';
import { getStory } from '../../../story/story';
import { getChartDownload } from '../../../story/sequences';

export async function getStaticPaths() {
  return (await getStory()).sequences.map(({ definition }) => ({ params: { sequence: definition.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const { columns, rows } = await getChartDownload(params.sequence!);
  return new Response(toCsv(columns, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
