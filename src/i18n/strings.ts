/**
 * Every word the site draws or reads out, other than the story's own text (MDX) and the dataset's
 * records, comes from one dictionary per language (./en/), keyed, so that a translation means adding
 * one dictionary. Components call `t('key')`; charts get `t` from the build as an argument (their
 * contract), so that a page in another language lays them out in its words. `{name}` placeholders
 * are filled from the second argument.
 */
import { en } from './en';

export type StringKey = keyof typeof en;
export type Locale = 'en';

const dictionaries: Record<Locale, Record<StringKey, string>> = { en };

export const DEFAULT_LOCALE: Locale = 'en';

export function useTranslations(locale: Locale = DEFAULT_LOCALE) {
  const dictionary = dictionaries[locale];
  return function t(key: StringKey, params: Record<string, string | number> = {}): string {
    return dictionary[key].replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
  };
}

/** A translator bound to one language: what charts' layouts, tables and keys are given. */
export type Translate = ReturnType<typeof useTranslations>;

export const t: Translate = useTranslations();
