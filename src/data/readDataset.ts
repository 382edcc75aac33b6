/**
 * Reads `content/data/<collection>/*.{yaml,yml,json}` from disk and validates it. Each collection
 * is a folder so that chapters can keep their records in their own files without colliding.
 * Used by the content loader at build time and by unit tests that need the real records.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTION_NAMES, type Dataset } from './schema';
import { DatasetError, validateDataset, type RawDataFile } from './validate';

const DATA_FILE = /\.(ya?ml|json)$/;

export function readDataFiles(projectRoot: string): RawDataFile[] {
  const dataRoot = join(projectRoot, 'content', 'data');
  return COLLECTION_NAMES.flatMap((collection) => {
    const folder = join(dataRoot, collection);
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((name) => DATA_FILE.test(name))
      .sort()
      .map((name) => {
        const path = join(folder, name);
        return { path: relative(projectRoot, path).split('\\').join('/'), collection, text: readFileSync(path, 'utf8') };
      });
  });
}

/** The validated dataset, or a DatasetError that lists every problem. */
export function readDataset(projectRoot: string): Dataset {
  const { dataset, problems } = validateDataset(readDataFiles(projectRoot));
  if (problems.length > 0) throw new DatasetError(problems);
  return dataset;
}
