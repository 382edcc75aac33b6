/**
 * Numbers quoted in prose, looked up in the dataset with their unit, so that no figure is typed
 * into a chapter by hand. Used by <Value>, <DateOf> and the glossary's placeholders, and testable
 * without Astro; the words layer (src/i18n) writes them in a reader's language (src/i18n/values.ts).
 */
import type { Dataset, Series } from './schema';

export class ValueError extends Error {}

type SeriesPoint = Series['points'][number];

function pointKey(point: SeriesPoint): string {
  if ('date' in point) return point.date;
  if ('category' in point) return point.category;
  return `${point.from}->${point.to}`;
}

export function findSeriesPoint(dataset: Dataset, seriesId: string, at: string, group?: string): { series: Series; point: SeriesPoint } {
  const series = dataset.series.find((record) => record.id === seriesId);
  if (!series) throw new ValueError(`no series "${seriesId}" in the dataset`);
  const points = (series.points as SeriesPoint[]).filter((point) => pointKey(point) === at && (group === undefined || ('group' in point && point.group === group)));
  if (points.length === 0) {
    const available = (series.points as SeriesPoint[]).map((point) => `${pointKey(point)}${'group' in point && point.group ? ` (${point.group})` : ''}`);
    throw new ValueError(`series "${seriesId}" has no point "${at}"${group ? ` in group "${group}"` : ''}; it has: ${available.join(', ')}`);
  }
  if (points.length > 1) throw new ValueError(`series "${seriesId}" has several points "${at}": name a group`);
  return { series, point: points[0]! };
}

const RECORD_COLLECTIONS = ['chips', 'models', 'events'] as const;
type RecordCollection = (typeof RECORD_COLLECTIONS)[number];

/** The unit a record field is measured in, for the fields prose quotes (a field not listed is a bare number). */
export const FIELD_UNITS = {
  tflopsDense: 'tflops',
  memoryGB: 'gigabytes',
  memoryBandwidthTBs: 'terabytes-per-second',
  interconnectGBs: 'gigabytes-per-second',
  tpp: 'plain',
  dieAreaMm2: 'square-millimetres',
  'parameters.totalB': 'billions',
  'parameters.activeB': 'billions',
  'parameters.smallestB': 'billions',
  trainingComputeFlop: 'flop',
  'threshold.tppMin': 'plain',
  'threshold.interconnectMinGBs': 'gigabytes-per-second',
  'threshold.orTppMin': 'plain',
  'threshold.orDensityMin': 'plain',
  'reviewLimits.tppBelow': 'plain',
  'reviewLimits.memoryBandwidthBelowGBs': 'gigabytes-per-second',
} as const satisfies Record<string, string>;

export type FieldUnit = (typeof FIELD_UNITS)[keyof typeof FIELD_UNITS];

/** A number of a record's field, with the unit it is measured in. */
export function recordValue(dataset: Dataset, record: string, field: string): { value: number; unit: FieldUnit } {
  const [collection, id] = record.split(':') as [RecordCollection, string];
  if (!RECORD_COLLECTIONS.includes(collection) || !id) throw new ValueError(`record "${record}" must look like chips:<id>, models:<id> or events:<id>`);
  const found = (dataset[collection] as { id: string }[]).find((entry) => entry.id === id);
  if (!found) throw new ValueError(`no ${collection} record "${id}"`);
  const value = field.split('.').reduce<unknown>((object, key) => (object && typeof object === 'object' ? (object as Record<string, unknown>)[key] : undefined), found);
  if (typeof value !== 'number') throw new ValueError(`${collection} "${id}" has no number in field "${field}"`);
  return { value, unit: (FIELD_UNITS as Record<string, FieldUnit>)[field] ?? 'plain' };
}

/** What <Value> and a glossary placeholder ({{value ...}}) take: a series point, or a record's field. */
export interface ValueRequest {
  series?: string | undefined;
  at?: string | undefined;
  group?: string | undefined;
  record?: string | undefined;
  field?: string | undefined;
  bare?: boolean | undefined;
  digits?: number | undefined;
}

/**
 * A dataset value that prose quotes, with what a reader needs to write it: the number, its unit,
 * and for a series point whether the source gives it as a floor ("more than"), its label, whether
 * it is an estimate, and the date it describes. It is written for readers above the data layer
 * (src/i18n/values.ts), so that each edition writes the same figure in its own language.
 */
export type QuotedValue =
  | {
      from: 'series';
      value: number;
      unit: Series['unit'];
      /** How the source words a floor; absent for an exact figure. */
      floor?: 'more than' | 'at least';
      bare: boolean;
      digits?: number;
      label: string;
      estimate: boolean;
      asOf: string;
    }
  | { from: 'record'; value: number; unit: FieldUnit; bare: boolean };

/** Looks a value up; a request that names nothing in the dataset throws a ValueError saying what is missing. */
export function quoteValue(dataset: Dataset, request: ValueRequest): QuotedValue {
  const { series: seriesId, at, group, record, field, bare = false, digits } = request;
  if (seriesId) {
    if (!at) throw new ValueError('needs at="..." (a date or category of the series)');
    const { series, point } = findSeriesPoint(dataset, seriesId, at, group);
    return {
      from: 'series',
      value: point.value,
      unit: series.unit,
      ...(point.floor ? { floor: point.floorWords ?? 'more than' } : {}),
      bare,
      ...(digits === undefined ? {} : { digits }),
      label: series.label,
      estimate: point.estimate ?? series.estimate,
      asOf: series.asOf,
    };
  }
  if (record && field) return { from: 'record', ...recordValue(dataset, record, field), bare };
  throw new ValueError('needs series="..." and at="...", or record="..." and field="..."');
}

/** The date of an event, model release or chip release, as the dataset gives it ("2023-10-17", "2024-07"). */
export function recordDate(dataset: Dataset, record: string): string {
  const [collection, id] = record.split(':') as [RecordCollection, string];
  const found = (dataset[collection] as { id: string }[] | undefined)?.find((entry) => entry.id === id) as
    | { date?: string; released?: string }
    | undefined;
  const date = found?.date ?? found?.released;
  if (!date) throw new ValueError(`no dated record "${record}" (use events:<id>, models:<id> or chips:<id>)`);
  return date;
}
