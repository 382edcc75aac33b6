/**
 * Validates the whole dataset and reports every problem with the file, the record and the field,
 * so that a bad value stops the build with a message an editor can act on without reading code.
 *
 * Pure: takes file texts, returns records and problems. `readDataset.ts` feeds it from disk; the
 * unit tests feed it malformed records directly (the real data is never broken to test this).
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'astro/zod';
import { checkValuePlaceholders } from './placeholders';
import {
  COLLECTION_NAMES,
  datasetSchemas,
  type CollectionName,
  type Dataset,
} from './schema';

export interface RawDataFile {
  /** Path shown in messages, relative to the project root (e.g. content/data/chips/nvidia.yaml). */
  path: string;
  collection: CollectionName;
  text: string;
}

export interface DatasetProblem {
  file: string;
  /** The record's id, or its position when it has no usable id. */
  record?: string | undefined;
  /** Dotted path to the field, e.g. "parameters.activeB" or "points[2].value". */
  field?: string | undefined;
  message: string;
}

export function formatProblem(problem: DatasetProblem): string {
  const where = [problem.file, problem.record && `record "${problem.record}"`, problem.field && `field "${problem.field}"`]
    .filter(Boolean)
    .join(' › ');
  return `${where}: ${problem.message}`;
}

export class DatasetError extends Error {
  /** `subject` names what was checked: the dataset, or the corrections log. */
  constructor(
    readonly problems: DatasetProblem[],
    subject = 'The dataset',
  ) {
    super(
      `${subject} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((problem) => `  - ${formatProblem(problem)}`).join('\n'),
    );
    this.name = 'DatasetError';
  }
}

interface Located<T> {
  file: string;
  record: T;
}

type ParsedCollections = { [K in CollectionName]: Located<Dataset[K][number]>[] };

/** Zod's issue path as shown in messages: "parameters.activeB", "points[2].value". */
export function fieldPath(path: readonly PropertyKey[]): string | undefined {
  if (path.length === 0) return undefined;
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

function parseFileText(file: RawDataFile): unknown {
  if (file.path.endsWith('.json')) return JSON.parse(file.text);
  return parseYaml(file.text);
}

function recordLabel(raw: unknown, index: number): string {
  if (raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string' && raw.id) return raw.id;
  return `#${index + 1} (no id)`;
}

export function validateDataset(files: RawDataFile[]): { dataset: Dataset; problems: DatasetProblem[] } {
  const problems: DatasetProblem[] = [];
  const parsed = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, []])) as unknown as ParsedCollections;

  for (const file of files) {
    let content: unknown;
    try {
      content = parseFileText(file);
    } catch (error) {
      const detail = error instanceof YAMLParseError || error instanceof SyntaxError ? error.message.split('\n')[0] : String(error);
      problems.push({ file: file.path, message: `cannot be read: ${detail}` });
      continue;
    }
    if (content === null || content === undefined) continue; // an empty file holds no records
    if (!Array.isArray(content)) {
      problems.push({ file: file.path, message: 'must hold a list of records (each starting with "- id: ...")' });
      continue;
    }
    const schema: z.ZodType = datasetSchemas[file.collection];
    content.forEach((raw, index) => {
      const record = recordLabel(raw, index);
      if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
        problems.push({ file: file.path, record, message: 'must be a record with fields' });
        return;
      }
      const result = schema.safeParse(raw);
      if (!result.success) {
        for (const issue of result.error.issues) {
          problems.push({ file: file.path, record, field: fieldPath(issue.path), message: issue.message });
        }
        return;
      }
      (parsed[file.collection] as Located<unknown>[]).push({ file: file.path, record: result.data });
    });
  }

  problems.push(...checkUniqueIds(parsed), ...checkUniqueSources(parsed), ...checkReferences(parsed), ...checkCopies(parsed));

  const dataset = Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, parsed[name].map((located) => located.record)]),
  ) as unknown as Dataset;
  problems.push(...checkGlossaryFigures(parsed, dataset));
  return { dataset, problems };
}

function checkUniqueIds(parsed: ParsedCollections): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  for (const name of COLLECTION_NAMES) {
    const firstSeen = new Map<string, string>();
    for (const { file, record } of parsed[name] as Located<{ id: string }>[]) {
      const earlier = firstSeen.get(record.id);
      if (earlier) {
        problems.push({ file, record: record.id, field: 'id', message: `duplicate id in ${name}: already used in ${earlier}` });
      } else {
        firstSeen.set(record.id, file);
      }
    }
  }
  return problems;
}

/**
 * One record per source: a second record with the same address and title splits its citations
 * and its bibliography entry in two. (Two editions of a report may share an address; their
 * titles differ.)
 */
function checkUniqueSources(parsed: ParsedCollections): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const firstSeen = new Map<string, { id: string; file: string }>();
  for (const { file, record } of parsed.sources) {
    const identity = `${record.url} ${record.title.trim().toLowerCase()}`;
    const earlier = firstSeen.get(identity);
    if (earlier) {
      problems.push({ file, record: record.id, field: 'url', message: `same source as "${earlier.id}" (${earlier.file}): cite that record instead` });
    } else {
      firstSeen.set(identity, { id: record.id, file });
    }
  }
  return problems;
}

function checkReferences(parsed: ParsedCollections): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const sourceIds = new Set(parsed.sources.map(({ record }) => record.id));
  const exportRuleIds = new Set(parsed.events.filter(({ record }) => record.kind === 'export-control').map(({ record }) => record.id));
  const glossaryIds = new Set(parsed.glossary.map(({ record }) => record.id));

  const requireSources = (file: string, record: string, field: string, ids: readonly string[] | undefined) => {
    ids?.forEach((id, index) => {
      if (!sourceIds.has(id)) {
        problems.push({ file, record, field: `${field}[${index}]`, message: `cites source "${id}", which the sources collection does not hold` });
      }
    });
  };

  for (const name of ['events', 'models', 'chips', 'glossary'] as const) {
    for (const { file, record } of parsed[name]) requireSources(file, record.id, 'sources', record.sources);
  }
  for (const { file, record } of parsed.series) {
    requireSources(file, record.id, 'sources', record.sources);
    record.points.forEach((point, index) => requireSources(file, record.id, `points[${index}].sources`, point.sources));
  }
  for (const { file, record } of parsed.chips) {
    record.coveredBy.forEach((ruleId, index) => {
      if (!exportRuleIds.has(ruleId)) {
        problems.push({ file, record: record.id, field: `coveredBy[${index}]`, message: `"${ruleId}" is not an export-control event` });
      }
    });
    if (record.designedToFit && !exportRuleIds.has(record.designedToFit)) {
      problems.push({ file, record: record.id, field: 'designedToFit', message: `"${record.designedToFit}" is not an export-control event` });
    }
  }
  for (const { file, record } of parsed.glossary) {
    record.related?.forEach((termId, index) => {
      if (!glossaryIds.has(termId)) {
        problems.push({ file, record: record.id, field: `related[${index}]`, message: `"${termId}" is not a glossary term` });
      }
    });
  }
  return problems;
}

/**
 * A record (or a series point with its own sources) whose every source is a copy of someone else's
 * work (`copyOf`) must say so with `restsOnCopy: true`; a record that says so while one of its
 * sources is not a copy is wrong too, so the mark always means what it says. A source the
 * collection does not hold is reported by checkReferences, not here.
 */
function checkCopies(parsed: ParsedCollections): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const byId = new Map(parsed.sources.map(({ record }) => [record.id, record]));
  const check = (file: string, record: string, prefix: string, sourceIds: readonly string[], restsOnCopy: true | undefined) => {
    const sources = sourceIds.map((id) => byId.get(id));
    if (sources.some((source) => source === undefined)) return;
    const originals = sources.filter((source) => !source!.copyOf).map((source) => source!.id);
    const field = `${prefix}restsOnCopy`;
    if (originals.length === 0 && !restsOnCopy) {
      problems.push({ file, record, field, message: `every source it cites is a copy (copyOf on ${sourceIds.map((id) => `"${id}"`).join(', ')}): add restsOnCopy: true` });
    } else if (originals.length > 0 && restsOnCopy) {
      problems.push({ file, record, field, message: `restsOnCopy is true, but ${originals.map((id) => `"${id}"`).join(', ')} ${originals.length === 1 ? 'is not a copy' : 'are not copies'} (no copyOf): remove restsOnCopy, or mark the source` });
    }
  };
  for (const name of ['events', 'models', 'chips', 'series'] as const) {
    for (const { file, record } of parsed[name]) check(file, record.id, '', record.sources, record.restsOnCopy);
  }
  for (const { file, record } of parsed.series) {
    record.points.forEach((point, index) => {
      if (point.sources) check(file, record.id, `points[${index}].`, point.sources, point.restsOnCopy);
      else if (point.restsOnCopy) problems.push({ file, record: record.id, field: `points[${index}].restsOnCopy`, message: 'only a point that cites its own sources carries restsOnCopy (the series carries it for the rest)' });
    });
  }
  return problems;
}

/**
 * Glossary definitions take their figures from the dataset ({{value ...}}, placeholders.ts): each
 * is checked here, so a wrong one stops the build naming its term; the pages write them in their
 * reader's language (src/story/glossary.ts).
 */
function checkGlossaryFigures(parsed: ParsedCollections, dataset: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  for (const { file, record } of parsed.glossary) {
    for (const field of ['short', 'long'] as const) {
      const text = record[field];
      if (text === undefined || !text.includes('{')) continue;
      try {
        checkValuePlaceholders(text, dataset);
      } catch (error) {
        problems.push({ file, record: record.id, field, message: error instanceof Error ? error.message : String(error) });
      }
    }
  }
  return problems;
}
