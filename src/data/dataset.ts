/**
 * The typed dataset as one object, read from the content collections. Charts and pages take it
 * from here; the records were validated (with file, record and field in any error) when loaded.
 */
import { getCollection } from 'astro:content';
import type { Dataset } from './schema';

let cached: Promise<Dataset> | undefined;

async function load(): Promise<Dataset> {
  const [sources, events, models, chips, series, glossary] = await Promise.all([
    getCollection('sources'),
    getCollection('events'),
    getCollection('models'),
    getCollection('chips'),
    getCollection('series'),
    getCollection('glossary'),
  ]);
  return {
    sources: sources.map((entry) => entry.data),
    events: events.map((entry) => entry.data),
    models: models.map((entry) => entry.data),
    chips: chips.map((entry) => entry.data),
    series: series.map((entry) => entry.data),
    glossary: glossary.map((entry) => entry.data),
  };
}

/** One read per build; in development, every call reads afresh so edits show up. */
export function getDataset(): Promise<Dataset> {
  if (import.meta.env.DEV) return load();
  return (cached ??= load());
}

export async function getSourcesById(): Promise<Map<string, Dataset['sources'][number]>> {
  const dataset = await getDataset();
  return new Map(dataset.sources.map((source) => [source.id, source]));
}
