/**
 * Figures in dataset text (the glossary's definitions), taken from the dataset as <Value> takes
 * them in a chapter, so that no number is typed there by hand:
 *   {{value series="qwen-derivatives-alibaba" at="2025-02"}}              a series point
 *   {{value series="..." at="2024" group="cn" bare="true"}}               in a group, without its unit
 *   {{value record="chips:nvidia-h100" field="tflopsDense"}}              a field of a record
 * (`digits="1"` fixes the decimals, as <Value digits={1}> does.) The validator checks them when the
 * dataset is read, so an unknown series, point, record or field stops the build with the term; the
 * text keeps them, and each page writes the figures in its reader's language (src/i18n/values.ts).
 */
import type { Dataset } from './schema';
import { quoteValue, ValueError, type QuotedValue, type ValueRequest } from './values';

/** A whole placeholder: `{{value` and its attributes, `key="value"` each, then `}}`. */
export const VALUE_PLACEHOLDER = /\{\{\s*value((?:\s+[A-Za-z]+="[^"]*")*)\s*\}\}/g;

const ATTRIBUTE = /([A-Za-z]+)="([^"]*)"/g;
const KEYS = new Set(['series', 'at', 'group', 'record', 'field', 'bare', 'digits']);

function request(attributes: string): ValueRequest {
  const found: Record<string, string> = {};
  for (const [, key, value] of attributes.matchAll(ATTRIBUTE)) {
    if (!KEYS.has(key!)) throw new ValueError(`unknown attribute ${key}="${value}" (use ${[...KEYS].join(', ')})`);
    found[key!] = value!;
  }
  if (found.bare !== undefined && found.bare !== 'true' && found.bare !== 'false') throw new ValueError(`bare="${found.bare}" must be "true" or "false"`);
  if (found.digits !== undefined && !/^\d$/.test(found.digits)) throw new ValueError(`digits="${found.digits}" must be a number of decimals (0-9)`);
  return {
    series: found.series,
    at: found.at,
    group: found.group,
    record: found.record,
    field: found.field,
    bare: found.bare === 'true',
    digits: found.digits === undefined ? undefined : Number(found.digits),
  };
}

/** The text with each placeholder replaced by its figure as `write` writes it; a placeholder that fails throws, naming it. */
export function resolveValuePlaceholders(text: string, dataset: Dataset, write: (quoted: QuotedValue) => string): string {
  const resolved = text.replace(VALUE_PLACEHOLDER, (whole, attributes: string) => {
    try {
      return write(quoteValue(dataset, request(attributes)));
    } catch (error) {
      throw new ValueError(`${whole}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  // Anything left between braces is a placeholder written wrong, which would reach readers as is.
  const broken = /\{\{[^}]*\}?\}?/.exec(resolved);
  if (broken) throw new ValueError(`"${broken[0]}" is not a placeholder like {{value series="..." at="..."}} or {{value record="chips:<id>" field="..."}}`);
  return resolved;
}

/** Throws, naming the placeholder, if one of the text's placeholders is written wrong or names nothing in the dataset. */
export function checkValuePlaceholders(text: string, dataset: Dataset): void {
  resolveValuePlaceholders(text, dataset, () => '');
}
