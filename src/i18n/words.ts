/**
 * What a chart writes with, in one language: that language's dictionary and its way of writing
 * dates and numbers. The build hands a chart its `Words` (the chart contract's last argument), so a
 * chart names no language and imports no dictionary: a page in another language lays the same chart
 * out in its own words.
 */
import { formatDate, formatDateShort, formatDateShortWithoutYear, formatNumber, formatScientific } from './format';
import { DEFAULT_LOCALE, useTranslations, type Locale, type Translate } from './strings';

/**
 * How a list is joined: `items` ("a, b, c"), `clauses` that hold lists of their own ("a: 1, 2; b: 3"),
 * and the alternatives joined by a word (`and`, `or`).
 */
export type ListKind = 'items' | 'clauses' | 'and' | 'or';

export interface Words {
  locale: Locale;
  t: Translate;
  date: typeof formatDate;
  dateShort: typeof formatDateShort;
  /** "Jul", "9 Jul": where the year is said beside it. */
  dateShortWithoutYear: typeof formatDateShortWithoutYear;
  number: typeof formatNumber;
  /** A power of ten: "3.4 × 10²⁴". */
  scientific: typeof formatScientific;
  /** Items written as one list, joined the language's way (the separators are the dictionary's). */
  list: (items: readonly string[], kind: ListKind) => string;
}

export function wordsFor(locale: Locale = DEFAULT_LOCALE): Words {
  const t = useTranslations(locale);
  return {
    locale,
    t,
    date: formatDate,
    dateShort: formatDateShort,
    dateShortWithoutYear: formatDateShortWithoutYear,
    number: formatNumber,
    scientific: formatScientific,
    list: (items, kind) => items.join(t(`list.${kind}`)),
  };
}

/** The site's language until a second edition exists: what the build and the tests lay charts out with. */
export const defaultWords: Words = wordsFor();
