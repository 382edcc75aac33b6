/** /data/<collection>.csv: one dataset collection as CSV (series: one row per point). */
import type { APIRoute } from 'astro';
import { getDownloadedDataset } from '../../story/glossary';
import { collectionTables } from '../../data/downloads';
import { toCsv } from '../../data/csv';
import { COLLECTION_NAMES } from '../../data/schema';

export function getStaticPaths() {
  return COLLECTION_NAMES.map((collection) => ({ params: { collection } }));
}

export const GET: APIRoute = async ({ params }) => {
  const tables = collectionTables(await getDownloadedDataset());
  const table = tables[params.collection as keyof typeof tables];
  return new Response(toCsv(table.columns, table.rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
