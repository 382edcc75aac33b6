/**
 * Numbers quoted in prose, looked up in the dataset and formatted with their unit, so that no
 * figure is typed into a chapter by hand. Used by <Value> and <DateOf>, and testable without Astro.
 */
import type { Dataset, Series } from './schema';
import { formatDate, formatNumber, formatScientific } from './format';

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

/** A series value written as a reader expects it: "47%", "RMB 344 billion", "more than 90,000". */
export function formatSeriesValue(series: Series, point: SeriesPoint, { bare = false, digits }: { bare?: boolean; digits?: number } = {}): string {
  // `digits` fixes the decimals, to round as a source does ("8.0%" beside "1.7%").
  const number = formatNumber(point.value, digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits });
  let text: string;
  switch (series.unit) {
    case 'percent':
      text = `${number}%`;
      break;
    case 'percentage-points':
      text = bare ? number : `${number} percentage points`;
      break;
    case 'usd-billions':
      text = bare ? number : `$${number} billion`;
      break;
    case 'rmb':
      text = bare ? number : `RMB ${number}`;
      break;
    case 'rmb-billions':
      text = bare ? number : `RMB ${number} billion`;
      break;
    case 'millions':
      text = bare ? number : `${number} million`;
      break;
    case 'usd-millions':
      text = bare ? number : `$${number} million`;
      break;
    case 'usd':
      text = bare ? number : `$${number}`;
      break;
    case 'months':
      text = bare ? number : `${number} ${point.value === 1 ? 'month' : 'months'}`;
      break;
    case 'flop':
      text = formatScientific(point.value);
      break;
    default:
      text = number;
  }
  return point.floor && !bare ? `${point.floorWords ?? 'more than'} ${text}` : text;
}

const RECORD_COLLECTIONS = ['chips', 'models', 'events'] as const;
type RecordCollection = (typeof RECORD_COLLECTIONS)[number];

/** Units of record fields quoted in prose. */
const FIELD_UNITS: Record<string, (value: number) => string> = {
  tflopsDense: (value) => `${formatNumber(value)} TFLOPS`,
  memoryGB: (value) => `${formatNumber(value)} GB`,
  memoryBandwidthTBs: (value) => `${formatNumber(value)} TB/s`,
  interconnectGBs: (value) => `${formatNumber(value)} GB/s`,
  tpp: (value) => formatNumber(value),
  dieAreaMm2: (value) => `${formatNumber(value)} mm²`,
  'parameters.totalB': (value) => `${formatNumber(value)} billion`,
  'parameters.activeB': (value) => `${formatNumber(value)} billion`,
  'parameters.smallestB': (value) => `${formatNumber(value)} billion`,
  trainingComputeFlop: (value) => `${formatScientific(value)} FLOP`,
  'threshold.tppMin': (value) => formatNumber(value),
  'threshold.interconnectMinGBs': (value) => `${formatNumber(value)} GB/s`,
  'threshold.orTppMin': (value) => formatNumber(value),
  'threshold.orDensityMin': (value) => formatNumber(value),
  'reviewLimits.tppBelow': (value) => formatNumber(value),
  'reviewLimits.memoryBandwidthBelowGBs': (value) => `${formatNumber(value)} GB/s`,
};

/** A numeric field of a chip, model or event: `record="chips:nvidia-h100" field="tflopsDense"`. */
export function recordValue(dataset: Dataset, record: string, field: string, { bare = false }: { bare?: boolean } = {}): string {
  const [collection, id] = record.split(':') as [RecordCollection, string];
  if (!RECORD_COLLECTIONS.includes(collection) || !id) throw new ValueError(`record "${record}" must look like chips:<id>, models:<id> or events:<id>`);
  const found = (dataset[collection] as { id: string }[]).find((entry) => entry.id === id);
  if (!found) throw new ValueError(`no ${collection} record "${id}"`);
  const value = field.split('.').reduce<unknown>((object, key) => (object && typeof object === 'object' ? (object as Record<string, unknown>)[key] : undefined), found);
  if (typeof value !== 'number') throw new ValueError(`${collection} "${id}" has no number in field "${field}"`);
  return bare ? formatNumber(value) : (FIELD_UNITS[field] ?? formatNumber)(value);
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
 * The text of a dataset value as the prose shows it, and for a series point a description of it
 * (its label, whether it is an estimate, its date). One formatter for <Value> and the glossary.
 */
export function valueText(dataset: Dataset, request: ValueRequest): { text: string; title?: string } {
  const { series: seriesId, at, group, record, field, bare = false, digits } = request;
  if (seriesId) {
    if (!at) throw new ValueError('needs at="..." (a date or category of the series)');
    const { series, point } = findSeriesPoint(dataset, seriesId, at, group);
    const estimate = point.estimate ?? series.estimate;
    return {
      text: formatSeriesValue(series, point, { bare, ...(digits === undefined ? {} : { digits }) }),
      title: `${series.label}${estimate ? ' (estimate)' : ''}, as of ${series.asOf}`,
    };
  }
  if (record && field) return { text: recordValue(dataset, record, field, { bare }) };
  throw new ValueError('needs series="..." and at="...", or record="..." and field="..."');
}

/** The date of an event, model release or chip release, as written in the dataset and for readers. */
export function recordDate(dataset: Dataset, record: string): { raw: string; text: string } {
  const [collection, id] = record.split(':') as [RecordCollection, string];
  const found = (dataset[collection] as { id: string }[] | undefined)?.find((entry) => entry.id === id) as
    | { date?: string; released?: string }
    | undefined;
  const date = found?.date ?? found?.released;
  if (!date) throw new ValueError(`no dated record "${record}" (use events:<id>, models:<id> or chips:<id>)`);
  return { raw: date, text: formatDate(date) };
}
