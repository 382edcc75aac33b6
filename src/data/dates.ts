/**
 * Dates in the dataset are strings with the precision the source gives: "2024", "2024-07" or
 * "2024-07-09". Keeping the precision (instead of inventing a day) lets charts and prose say
 * "July 2024" when that is all a source supports.
 */
export type DatePrecision = 'year' | 'month' | 'day';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface ParsedDate {
  year: number;
  month?: number | undefined;
  day?: number | undefined;
  precision: DatePrecision;
}

export function parsePartialDate(value: string): ParsedDate | undefined {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && month !== undefined) {
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) return undefined;
  }
  const precision: DatePrecision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  return { year, month, day, precision };
}

export function isPartialDate(value: string): boolean {
  return parsePartialDate(value) !== undefined;
}

/**
 * A point in time for placing a partial date on a time scale: the middle of the period it names,
 * so "2024" sits mid-year rather than pretending to be 1 January.
 */
export function partialDateToUTC(value: string): Date {
  const parsed = parsePartialDate(value);
  if (!parsed) throw new Error(`Not a date: "${value}"`);
  const { year, month, day, precision } = parsed;
  if (precision === 'day') return new Date(Date.UTC(year, month! - 1, day!));
  if (precision === 'month') return new Date(Date.UTC(year, month! - 1, 15));
  return new Date(Date.UTC(year, 6, 1));
}

/** Sort key that keeps partial dates in order (a year sorts before its months). */
export function compareDates(a: string, b: string): number {
  return partialDateToUTC(a).getTime() - partialDateToUTC(b).getTime() || a.localeCompare(b);
}
