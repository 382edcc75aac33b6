import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDataFiles } from '../../src/data/readDataset';
import { formatProblem, validateDataset } from '../../src/data/validate';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the real dataset in content/data', () => {
  const { dataset, problems } = validateDataset(readDataFiles(root));

  it('has no problems', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('marks every record (and series point) that rests only on copies of others\' work, and no other (restsOnCopy)', () => {
    // Part of "has no problems"; named on its own so that a failure says which rule.
    expect(problems.filter((problem) => problem.field?.endsWith('restsOnCopy')).map(formatProblem)).toEqual([]);
  });

  it('holds at least 60 sourced records', () => {
    const cited = dataset.events.length + dataset.models.length + dataset.chips.length + dataset.series.length;
    expect(cited + dataset.glossary.length).toBeGreaterThanOrEqual(60);
  });

  it('lists only sources that something cites (an uncited record would still reach /sources/)', () => {
    // Every file under content/ except the source records themselves: chapters, data, guides, quizzes.
    const citing = readdirSync(join(root, 'content'), { recursive: true, encoding: 'utf8' })
      .filter((path) => /\.(mdx|ya?ml)$/.test(path) && !path.startsWith(join('data', 'sources')))
      .map((path) => readFileSync(join(root, 'content', path), 'utf8'))
      .join('\n');
    const uncited = dataset.sources.filter((source) => !new RegExp(`(^|[^\\w-])${source.id}($|[^\\w-])`, 'm').test(citing));
    expect(uncited.map((source) => source.id)).toEqual([]);
  });

});
