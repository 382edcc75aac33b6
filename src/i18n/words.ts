/**
 * What a chart writes with, in one language: that language's dictionary and its way of writing
 * dates and numbers. The build hands a chart its `Words` (the chart contract's last argument), so a
 * chart names no language and imports no dictionary: a page in another language lays the same chart
 * out in its own words.
 */
import { formatDate, formatDateShort, formatDateShortWithoutYear, formatNumber } from './format';
import { DEFAULT_LOCALE, useTranslations, type Locale, type Translate } from './strings';

export interface Words {
  locale: Locale;
  t: Translate;
  date: typeof formatDate;
  dateShort: typeof formatDateShort;
  /** "Jul", "9 Jul": where the year is said beside it. */
  dateShortWithoutYear: typeof formatDateShortWithoutYear;
  number: typeof formatNumber;
}

export function wordsFor(locale: Locale = DEFAULT_LOCALE): Words {
  return { locale, t: useTranslations(locale), date: formatDate, dateShort: formatDateShort, dateShortWithoutYear: formatDateShortWithoutYear, number: formatNumber };
}

/** The site's language until a second edition exists: what the build and the tests lay charts out with. */
export const defaultWords: Words = wordsFor();
