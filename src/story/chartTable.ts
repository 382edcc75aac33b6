/**
 * A chart's data as a download (/data/charts/<sequence>.csv and .json): its table, with its
 * "as of" date and sources on every row, since a CSV has no header notes. The collections'
 * downloads, and the licence both carry, are the data layer's (src/data/downloads.ts).
 */
import type { AnyChart } from '../charts/contract';
import type { Row } from '../data/downloads';
import type { Words } from '../i18n/words';

/** A row's `sources` are its own where the chart's table gives them (a `sources` column), else every source behind the chart. */
export function chartTable(chart: AnyChart, data: unknown, words: Words) {
  const table = chart.table(data, words);
  const asOf = chart.asOf(data);
  const sources = chart.sources(data);
  const ownSources = table.columns.some((column) => column.key === 'sources');
  const columns = [...table.columns.map((column) => column.key).filter((key) => key !== 'sources'), 'as_of', 'sources'];
  const rows: Row[] = table.rows.map((row) => ({ ...row, as_of: asOf, sources: ownSources ? row.sources : sources.join('; ') }));
  return { table, asOf, sources, estimate: chart.estimate?.(data) ?? false, columns, rows };
}
