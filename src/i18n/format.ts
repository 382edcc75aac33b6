/**
 * How a value of the dataset is written for readers: a date at the precision its source gives
 * ("July 2024", never an invented "1 July 2024"), a number with the separators of the site's
 * language, a power of ten with superscript digits ("10²⁴"). Charts take these through their
 * `Words` (words.ts), components directly; the data layer writes no figure for readers, so
 * nothing under src/data imports them (tests/unit/layers.test.ts).
 */
import { parsePartialDate } from '../data/dates';

/** The site is written in British English: "9 July 2024", "1,234.5". */
const INTL_LOCALE = 'en-GB';

function formatPartialDate(value: string, month: 'long' | 'short', withYear = true): string {
  const parsed = parsePartialDate(value);
  if (!parsed) return value;
  const { year, month: monthNumber, day, precision } = parsed;
  if (precision === 'year') return String(year);
  const date = new Date(Date.UTC(year, (monthNumber ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = { ...(precision === 'day' ? { day: 'numeric' } : {}), month, ...(withYear ? { year: 'numeric' } : {}), timeZone: 'UTC' };
  return new Intl.DateTimeFormat(INTL_LOCALE, options).format(date);
}

/** For prose and tables: "2024", "July 2024", "9 July 2024". */
export function formatDate(value: string): string {
  return formatPartialDate(value, 'long');
}

/** Short form for chart labels: "Jul 2024", "9 Jul 2024". */
export function formatDateShort(value: string): string {
  return formatPartialDate(value, 'short');
}

/** A chart label whose year is said beside it (an axis's year, a window within one year): "Jul", "9 Jul"; a year alone stays. */
export function formatDateShortWithoutYear(value: string): string {
  return formatPartialDate(value, 'short', false);
}

export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(INTL_LOCALE, { maximumFractionDigits: 2, ...options }).format(value);
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹⁻';
const PLAIN = '0123456789-';

/** 24 -> "²⁴", -3 -> "⁻³". */
export function superscript(exponent: number): string {
  return String(exponent).replace(/[-0-9]/g, (character) => SUPERSCRIPT[PLAIN.indexOf(character)]!);
}

/** 3.4e24 -> "3.4 × 10²⁴" */
export function formatScientific(value: number): string {
  const exponent = Math.floor(Math.log10(value));
  const mantissa = value / 10 ** exponent;
  return `${formatNumber(mantissa, { maximumFractionDigits: 2 })} × 10${superscript(exponent)}`;
}
