/** /data/<collection>.json: one dataset collection as JSON, records as typed in the dataset. */
import type { APIRoute } from 'astro';
import { getDownloadedDataset } from '../../story/glossary';
import { collectionTables, DATA_LICENCE } from '../../data/downloads';
import { COLLECTION_NAMES } from '../../data/schema';
import { STORY_AS_OF } from '../../story/edition';

export function getStaticPaths() {
  return COLLECTION_NAMES.map((collection) => ({ params: { collection } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const dataset = await getDownloadedDataset();
  const name = params.collection as keyof typeof dataset;
  const body = {
    collection: name,
    description: collectionTables(dataset)[name].description,
    licence: DATA_LICENCE,
    storyAsOf: STORY_AS_OF,
    source: new URL('/data/', site).href,
    records: dataset[name],
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
