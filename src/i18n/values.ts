/**
 * A figure quoted from the dataset (src/data/values.ts `quoteValue`), written in a reader's
 * language: the number the language's way, its unit and a floor from the dictionary
 * (src/i18n/en/values.ts), and for a series point the hover text naming what it measures.
 * One writer for <Value> in the chapters and {{value}} in the glossary.
 */
import { resolveValuePlaceholders } from '../data/placeholders';
import type { Dataset, GlossaryTerm } from '../data/schema';
import type { QuotedValue } from '../data/values';
import type { Words } from './words';

/** Units a bare figure keeps: "47%" is read as a share, "3.4 × 10²⁴" is a number already. */
const KEPT_WHEN_BARE: readonly string[] = ['percent', 'flop'];

export function writeValue(quoted: QuotedValue, words: Words): { text: string; title?: string } {
  const { t } = words;
  const isPower = quoted.unit === 'flop';
  // `digits` fixes the decimals, to round as a source does ("8.0%" beside "1.7%").
  const digits = quoted.from === 'series' ? quoted.digits : undefined;
  const number = isPower ? words.scientific(quoted.value) : words.number(quoted.value, digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits });
  if (quoted.from === 'record') return { text: quoted.bare ? words.number(quoted.value) : t(`value.field.${quoted.unit}`, { value: number }) };

  const unitKey = quoted.unit === 'months' ? (`value.unit.months.${quoted.value === 1 ? 'one' : 'other'}` as const) : (`value.unit.${quoted.unit}` as const);
  const withUnit = quoted.bare && !KEPT_WHEN_BARE.includes(quoted.unit) ? number : t(unitKey, { value: number });
  const text = quoted.floor && !quoted.bare ? t(`value.floor.${quoted.floor}`, { value: withUnit }) : withUnit;
  return { text, title: t(quoted.estimate ? 'value.title.estimate' : 'value.title', { label: quoted.label, date: words.date(quoted.asOf) }) };
}

/** Dataset text with its {{value}} placeholders (src/data/placeholders.ts) written in the reader's language. */
export function writeValuePlaceholders(text: string, dataset: Dataset, words: Words): string {
  return resolveValuePlaceholders(text, dataset, (quoted) => writeValue(quoted, words).text);
}

/** The glossary with each definition's figures written in the reader's language. */
export function writtenGlossary(dataset: Dataset, words: Words): GlossaryTerm[] {
  return dataset.glossary.map((term) => {
    const write = (text: string) => {
      if (!text.includes('{{')) return text;
      try {
        return writeValuePlaceholders(text, dataset, words);
      } catch (error) {
        throw new Error(`glossary term "${term.id}": ${error instanceof Error ? error.message : String(error)}`);
      }
    };
    return { ...term, short: write(term.short), ...(term.long === undefined ? {} : { long: write(term.long) }) };
  });
}
