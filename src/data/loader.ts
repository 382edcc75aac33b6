/**
 * An Astro content loader for one dataset collection. It validates the whole dataset (cross-
 * collection references need every collection) and fails the build with the validator's
 * message, which names the file, record and field. Astro's own `file()` loader only logs a YAML
 * error and carries on, which would let a broken file ship as an empty collection.
 */
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { readDataset } from './readDataset';
import { CORRECTIONS_FOLDER, readCorrectionFiles } from './readCorrections';
import type { CollectionName } from './schema';
import { DatasetError } from './validate';
import { parseCorrections } from './validateCorrections';

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

/**
 * The corrections log: each entry checked on its own and for a unique id, failing the build with
 * the file, the entry and the field. The checks against the chapters' ids need the rendered
 * chapters, so they run when the pages ask for the log (src/story/validateStory.ts).
 */
export function correctionsLoader(): Loader {
  return {
    name: 'corrections',
    load: async ({ config, store, parseData, generateDigest, watcher }) => {
      const root = fileURLToPath(config.root);
      const { entries, problems } = parseCorrections(readCorrectionFiles(root));
      if (problems.length > 0) throw new DatasetError(problems, 'The corrections log');
      store.clear();
      for (const { file, entry } of entries) {
        const data = await parseData({ id: entry.id, data: entry as unknown as Record<string, unknown>, filePath: file });
        store.set({ id: entry.id, data, filePath: file, digest: generateDigest(data) });
      }
      watcher?.add(`${root}${CORRECTIONS_FOLDER}`);
    },
  };
}
