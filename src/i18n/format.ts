/**
 * Formatting of dates and numbers for readers, at build time. Dates keep the precision the data
 * has ("July 2024", not "1 July 2024"); numbers use the locale's separators.
 */
import { parsePartialDate } from '../data/dates';
import { DEFAULT_LOCALE, type Locale } from './strings';

const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB' };

export function formatDate(value: string, locale: Locale = DEFAULT_LOCALE): string {
  const parsed = parsePartialDate(value);
  if (!parsed) return value;
  const { year, month, day, precision } = parsed;
  const intl = INTL_LOCALE[locale];
  if (precision === 'year') return String(year);
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    precision === 'month' ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(intl, options).format(date);
}

/** Short form for chart labels: "Jul 2024", "9 Jul 2024". */
export function formatDateShort(value: string, locale: Locale = DEFAULT_LOCALE): string {
  const parsed = parsePartialDate(value);
  if (!parsed) return value;
  const { year, month, day, precision } = parsed;
  if (precision === 'year') return String(year);
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    precision === 'month' ? { month: 'short', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], options).format(date);
}

export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}, locale: Locale = DEFAULT_LOCALE): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 2, ...options }).format(value);
}
