/** /data/<collection>.json: one dataset collection as JSON, records as typed in the dataset. */
import type { APIRoute } from 'astro';
import { getDownloadedDataset } from '../../story/glossary';
import { COLLECTION_NAMES } from '../../data/schema';
import { STORY_AS_OF } from '../../story/edition';
import { t } from '../../i18n/strings';

export function getStaticPaths() {
  return COLLECTION_NAMES.map((collection) => ({ params: { collection } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const dataset = await getDownloadedDataset();
  const name = params.collection as keyof typeof dataset;
  const body = {
    collection: name,
    description: t(`data.collection.${name}`),
    licence: t('data.licenceText'),
    storyAsOf: STORY_AS_OF,
    source: new URL('/data/', site).href,
    records: dataset[name],
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
