/**
 * An Astro content loader for one dataset collection. It validates the whole dataset (cross-
 * collection references need every collection) and fails the build with the validator's
 * message, which names the file, record and field. Astro's own `file()` loader only logs a YAML
 * error and carries on, which would let a broken file ship as an empty collection.
 */
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { readDataset } from './readDataset';
import type { CollectionName } from './schema';

export function datasetLoader(collection: CollectionName): Loader {
  return {
    name: `dataset:${collection}`,
    load: async ({ config, store, parseData, generateDigest, watcher }) => {
      const root = fileURLToPath(config.root);
      const dataset = readDataset(root);
      store.clear();
      for (const record of dataset[collection]) {
        const data = await parseData({ id: record.id, data: record as unknown as Record<string, unknown> });
        store.set({ id: record.id, data, digest: generateDigest(data) });
      }
      watcher?.add(`${root}content/data`);
    },
  };
}
