/**
 * Reads the corrections log, content/corrections/*.yaml, from disk: for the content loader, and for
 * the tests that check the real entries and the built site against them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawCorrectionsFile } from './validateCorrections';

export const CORRECTIONS_FOLDER = 'content/corrections';

export function readCorrectionFiles(projectRoot: string): RawCorrectionsFile[] {
  const folder = join(projectRoot, CORRECTIONS_FOLDER);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => ({ path: `${CORRECTIONS_FOLDER}/${name}`, text: readFileSync(join(folder, name), 'utf8') }));
}
