/** /data/charts/<sequence-id>.csv: the data behind one chart, with its "as of" date and sources. */
import type { APIRoute } from 'astro';
import { getChart } from '../../../charts/registry';
import { getDataset } from '../../../data/dataset';
import { chartTable } from '../../../site/chartTable';
import { toCsv } from '../../../data/csv';
import { getSequences } from '../../../data/sequences';

export async function getStaticPaths() {
  return (await getSequences()).map(({ sequence }) => ({ params: { sequence: sequence.id }, props: { chart: sequence.chart } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { columns, rows } = chartTable(getChart(props.chart as string), await getDataset());
  return new Response(toCsv(columns, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
