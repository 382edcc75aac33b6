/**
 * What a chart's index.ts says about its records (sources, date, table columns), built from the
 * records themselves: a series cites its own sources and may cite more per point.
 */
import { compareDates } from '../../data/dates';
import type { TableColumn } from '../contract';

interface Sourced {
  sources?: readonly string[] | undefined;
}

/** Source ids of records in first-seen order; a record with points adds its points' own sources after its own. */
export function sourcesOf(...groups: Iterable<Sourced & { points?: readonly Sourced[] }>[]): string[] {
  const ids = new Set<string>();
  for (const group of groups) {
    for (const record of group) {
      record.sources?.forEach((id) => ids.add(id));
      for (const point of record.points ?? []) point.sources?.forEach((id) => ids.add(id));
    }
  }
  return [...ids];
}

/** The latest of some partial dates ("2024", "2024-07", "2024-07-09"): what a chart's data are as of. */
export function latestAsOf(dates: Iterable<string>): string {
  return [...dates].sort(compareDates).at(-1)!;
}

/** A table column: `column('value', 'Value', { numeric: true })`. */
export function column(key: string, label: string, options: { numeric?: boolean } = {}): TableColumn {
  return { key, label, ...(options.numeric ? { numeric: true } : {}) };
}
