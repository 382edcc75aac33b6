import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readDataFiles } from '../../src/data/readDataset';
import { formatProblem, validateDataset } from '../../src/data/validate';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the real dataset in content/data', () => {
  const { dataset, problems } = validateDataset(readDataFiles(root));

  it('has no problems', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('holds at least 60 sourced records', () => {
    const cited = dataset.events.length + dataset.models.length + dataset.chips.length + dataset.series.length;
    expect(cited + dataset.glossary.length).toBeGreaterThanOrEqual(60);
  });

});
